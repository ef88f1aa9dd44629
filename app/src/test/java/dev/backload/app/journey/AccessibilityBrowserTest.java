package dev.backload.app.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backload.app.support.Accessibility;
import dev.backload.app.support.BrowserPage;
import dev.backload.app.support.OnH2;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * axe-core on the pages the other browser tests do not look at (every screenshot a browser test
 * takes runs it too, see {@link Accessibility}): the anonymous home and sign-in pages, the account,
 * assessments and monitoring pages, a workout's edit form and the page for an unknown address (the
 * site's own error page: Boot's default one has no language or title); and a check that the harness
 * does report a violation when a page has one.
 */
@OnH2
@Tag("browser")
class AccessibilityBrowserTest {
  @RegisterExtension final BrowserPage page = new BrowserPage();

  private void check(String path, String name) {
    page.open(path);
    page.assertAccessible("a11y-" + name);
  }

  @Test
  void theHarnessReportsAViolationWithItsRuleAndElement() {
    page.driver().get("data:text/html,<html><title>t</title><main><img src='x.png'></main></html>");
    assertThat(Accessibility.violations(page.driver()))
        .anySatisfy(v -> assertThat(v).startsWith("image-alt (critical)").contains("img"))
        .anySatisfy(v -> assertThat(v).startsWith("html-has-lang"));
    assertThatThrownBy(() -> page.assertAccessible("a11y-self-test"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("image-alt");
  }

  @Test
  void anonymousPages() {
    check("/", "home-anonymous");
    check("/login", "login");
    check("/login?error", "login-error");
    check("/signup", "signup");
  }

  @Test
  void signedInPagesTheOtherBrowserTestsDoNotVisit() {
    page.logInAsNewLifter();
    check("/account", "account");
    check("/assessments", "assessments");
    page.go("form.assessment-form button[type=submit]");
    assertThat(page.text("form-error")).isNotBlank();
    page.assertAccessible("a11y-assessments-error");
    check("/monitoring", "monitoring-overview");
    check("/check-ins", "check-ins-empty");
    check("/workouts/new", "workout-new");
    page.go("#save-workout");
    String workout = page.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");
    assertThat(workout).matches("/workouts/\\d+");
    check(workout + "/edit", "workout-edit");
    check("/no-such-page", "not-found");
    assertThat(page.text("error-heading")).isEqualTo("This page does not exist");
  }
}
