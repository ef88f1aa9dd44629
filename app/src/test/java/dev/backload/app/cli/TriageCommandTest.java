package dev.backload.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backload triage}: JSON and JSON Lines in, results out; bad input fails as a whole. */
class TriageCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String stdin, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "triage";
    System.arraycopy(args, 0, all, 1, args.length);
    return BackloadCommand.run(
        all,
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void oneCheckInFromStandardInput() {
    assertThat(run("{\"painNow\":2,\"saddleNumbness\":true}")).isZero();
    assertThat(out()).contains("\"disposition\" : \"EMERGENCY\"").contains("\"rule\" : \"E3\"");
    assertThat(err()).isEmpty();
  }

  @Test
  void aPrettyPrintedCheckInOverSeveralLinesIsOneDocument() {
    assertThat(run("{\n  \"painNow\": 3,\n  \"onset\": \"NEXT_DAY\"\n}\n")).isZero();
    assertThat(out()).contains("\"disposition\" : \"TRAIN\"");
  }

  @Test
  void jsonLinesGiveOneResultLinePerInputLine() {
    String input =
        """
        {"painNow":3,"onset":"NEXT_DAY","quality":["DULL_ACHE"],"location":"BOTH_SIDES","movementEffect":"EASES"}
        {"painNow":4,"onset":"DURING_LIFT","quality":["SHARP"],"stoppedSet":true}

        {"painNow":5,"leg":"ONE_LEG_BELOW_KNEE","quality":["SHOOTING"]}
        """;
    assertThat(run(input)).isZero();
    String[] lines = out().strip().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).contains("\"disposition\":\"TRAIN\"");
    assertThat(lines[1])
        .contains("\"disposition\":\"SEE_PHYSIO\"")
        .contains("\"P3\"")
        .contains("\"M4\"");
    assertThat(lines[2]).contains("\"disposition\":\"SEE_PHYSIO\"").contains("\"P2\"");
  }

  @Test
  void anInvalidLineFailsTheWholeRunNamingLineAndFieldWithNoOutput() {
    String input = "{\"painNow\":3}\n{\"painNow\":2}\n{\"painNow\":2,\"painPeak\":1}\n";
    assertThat(run(input)).isEqualTo(2);
    assertThat(out()).isEmpty();
    assertThat(err()).contains("line 3").contains("painPeak");
  }

  @Test
  void malformedJsonNamesTheLine() {
    assertThat(run("{\"painNow\":3}\n{\"painNow\":\n")).isEqualTo(2);
    assertThat(out()).isEmpty();
    assertThat(err()).contains("line 2");
  }

  @Test
  void aFieldErrorInAPrettyDocumentNamesTheLineOfTheField() {
    assertThat(run("{\n  \"painNow\": 3,\n  \"onset\": \"YESTERDAY\"\n}")).isEqualTo(2);
    assertThat(err()).contains("line 3").contains("onset");
  }

  @Test
  void emptyInputIsAnError() {
    assertThat(run("  \n")).isEqualTo(2);
    assertThat(err()).contains("no check-in");
  }

  @Test
  void readsAFileArgument(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("checkins.jsonl");
    Files.writeString(file, "{\"painNow\":1}\n{\"painNow\":7}\n");
    assertThat(run("", file.toString())).isZero();
    assertThat(out().strip().split("\n")).hasSize(2);
    assertThat(out()).contains("\"M7\"");
  }

  @Test
  void aMissingFileIsAnError() {
    assertThat(run("", "/nonexistent/checkin.json")).isEqualTo(2);
    assertThat(err()).contains("no such file");
  }

  @Test
  void helpListsTheCommands() {
    int status =
        BackloadCommand.run(
            new String[] {"--help"},
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).isZero();
    assertThat(out())
        .contains("serve [--demo] [--port N] [--data-dir DIR]")
        .contains("triage [FILE]");
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    int status =
        BackloadCommand.run(
            new String[] {"dance"},
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).isEqualTo(2);
    assertThat(err()).contains("unknown command 'dance'");
  }
}
