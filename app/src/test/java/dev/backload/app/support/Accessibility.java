package dev.backload.app.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The accessibility check of the browser tests: Deque's axe-core (the script bundled in {@code
 * com.deque.html.axe-core:selenium}, version pinned in the parent POM) run on the page the browser
 * shows, with the WCAG 2.0 and 2.1 level A and AA rules. Any violation fails the test, listed by
 * rule, impact and the CSS selector of each element.
 *
 * <p>The script is injected through WebDriver ({@code executeScript}), which Chromium evaluates
 * through the DevTools protocol and not as a page script: the page's Content-Security-Policy (no
 * inline scripts) does not apply to it, and the check asserts that the injection left no CSP
 * violation in the console. Each page checked leaves a line in {@code
 * target/accessibility/<page>.txt}.
 */
public final class Accessibility {
  /** The axe-core tags run: WCAG 2.0 and 2.1, levels A and AA. */
  public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  public static final Path REPORTS = Path.of("target", "accessibility");
  private static final String AXE = loadAxe();

  private static final String RUN =
      """
      var done = arguments[arguments.length - 1];
      axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
        .then(function (r) {
          done({version: axe.version, violations: r.violations.map(function (v) {
            return {id: v.id, impact: v.impact || '', help: v.help,
              targets: v.nodes.map(function (n) {
                var checks = n.any.concat(n.all, n.none);
                return n.target.join(' ') + (checks.length ? ' (' + checks[0].message + ')' : '');
              })};
          })});
        })
        .catch(function (e) { done({error: String(e)}); });
      """;

  private Accessibility() {}

  private static String loadAxe() {
    try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream("axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException(
            "axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The WCAG 2.1 A/AA violations axe-core finds on the current page, one line each: rule id,
   * impact, what the rule asks, and the selectors of the elements that break it.
   */
  public static List<String> violations(ChromeDriver driver) {
    if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object'"))) {
      driver.executeScript(AXE);
    }
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    @SuppressWarnings("unchecked")
    Map<String, Object> result = (Map<String, Object>) driver.executeAsyncScript(RUN, WCAG_21_AA);
    if (result.containsKey("error")) {
      throw new IllegalStateException("axe-core failed: " + result.get("error"));
    }
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> found = (List<Map<String, Object>>) result.get("violations");
    return found.stream()
        .map(
            v ->
                v.get("id")
                    + " ("
                    + v.get("impact")
                    + "): "
                    + v.get("help")
                    + " at "
                    + v.get("targets"))
        .toList();
  }

  /**
   * Fails when axe-core finds a WCAG 2.1 A/AA violation on the current page, or when injecting it
   * was refused by the page's Content-Security-Policy; otherwise records the page as checked.
   */
  public static void assertAccessible(ChromeDriver driver, String pageName) {
    List<String> violations = violations(driver);
    if (!violations.isEmpty()) {
      throw new AssertionError(
          "axe-core found "
              + violations.size()
              + " accessibility violation(s) on "
              + pageName
              + " ("
              + driver.getCurrentUrl()
              + "):\n  "
              + String.join("\n  ", violations));
    }
    List<String> csp = Browser.cspViolations(driver);
    if (!csp.isEmpty()) {
      throw new AssertionError("running axe-core on " + pageName + " broke the CSP: " + csp);
    }
    record(pageName, driver.getCurrentUrl());
  }

  private static void record(String pageName, String url) {
    try {
      Files.createDirectories(REPORTS);
      Files.writeString(
          REPORTS.resolve(pageName + ".txt"),
          "axe-core, tags "
              + String.join(",", WCAG_21_AA)
              + ": no violation on "
              + url.replaceFirst("^https?://[^/]+", "")
              + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
