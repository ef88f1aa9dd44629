package dev.backload.app.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and every page under {@code docs/}: each link resolves inside the repository (a file
 * that exists and, with {@code #anchor}, a heading of that file), and none leaves it, except the
 * app's own address on this machine. A user's clone has nothing beside it to link to.
 */
class DocumentationLinksTest {
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)|<(https?://[^>]+)>");
  private static final Pattern HEADING = Pattern.compile("(?m)^#+ (.+)$");

  private static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    return dir;
  }

  private static List<Path> pages(Path root) throws IOException {
    List<Path> pages = new ArrayList<>(List.of(root.resolve("README.md")));
    try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  /** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
  static String anchor(String heading) {
    return heading
        .toLowerCase(Locale.ROOT)
        .replaceAll("[`*_]", "")
        .replaceAll("[^a-z0-9 \\-]", "")
        .replace(' ', '-');
  }

  private static List<String> anchors(Path page) throws IOException {
    Matcher m = HEADING.matcher(Files.readString(page, StandardCharsets.UTF_8));
    List<String> anchors = new ArrayList<>();
    while (m.find()) {
      anchors.add(anchor(m.group(1).trim()));
    }
    return anchors;
  }

  @Test
  void everyLinkResolvesInsideTheRepository() throws IOException {
    Path root = root();
    List<String> broken = new ArrayList<>();
    for (Path page : pages(root)) {
      Matcher m = LINK.matcher(Files.readString(page, StandardCharsets.UTF_8));
      while (m.find()) {
        String target = m.group(1) != null ? m.group(1) : m.group(2);
        String where = root.relativize(page) + ": " + target;
        if (target.startsWith("http://127.0.0.1:") || target.startsWith("http://localhost:")) {
          continue;
        }
        if (target.contains("://") || target.startsWith("mailto:")) {
          broken.add(where + " (leaves the repository)");
          continue;
        }
        String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
        String fragment = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
        Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        if (!resolved.startsWith(root)) {
          broken.add(where + " (leaves the repository)");
        } else if (!Files.exists(resolved)) {
          broken.add(where + " (no such file)");
        } else if (fragment != null
            && resolved.toString().endsWith(".md")
            && !anchors(resolved).contains(fragment)) {
          broken.add(where + " (no such heading)");
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void theReadmeIsAPageANewcomerFinishes() throws IOException {
    long lines = Files.readAllLines(root().resolve("README.md"), StandardCharsets.UTF_8).size();
    assertThat(lines).isBetween(80L, 140L);
  }

  @Test
  void anchorsAreWrittenTheWayTheHeadingsMakeThem() {
    assertThat(anchor("The red-flag hold")).isEqualTo("the-red-flag-hold");
    assertThat(anchor("What `analyze` reads, and why")).isEqualTo("what-analyze-reads-and-why");
  }
}
