package dev.backload.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.config.Json;
import dev.backload.app.support.TestClock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backload plan}: the fixture lifter (src/test/resources/plan: a Backload CSV export with a
 * spike week and a flare on 2026-03-05, check-ins with planner context, pain answers and a screen)
 * planned offline on 2026-03-20, as text and as JSON; bad lines fail naming the file, line and
 * field, with nothing on standard output.
 */
@SuppressWarnings("unchecked")
class PlanCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  @TempDir Path dir;

  static String fixture(String name) {
    try {
      return Path.of(PlanCommandTest.class.getResource("/plan/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private int run(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "plan";
    System.arraycopy(args, 0, all, 1, args.length);
    return BackloadCommand.run(
        all,
        new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        TestClock.fixed());
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private String[] full(String... extra) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                fixture("export.csv"),
                "--checkins",
                fixture("checkins.jsonl"),
                "--monitoring",
                fixture("monitoring.jsonl"),
                "--screen",
                fixture("screen.json"),
                "--today",
                "2026-03-20"));
    args.addAll(List.of(extra));
    return args.toArray(String[]::new);
  }

  private Path file(String name, String content) throws Exception {
    Path path = dir.resolve(name);
    Files.writeString(path, content, StandardCharsets.UTF_8);
    return path;
  }

  @Test
  void theJsonIsThePlanOfTheApi() {
    assertThat(run(full("--json"))).as(err()).isZero();
    assertThat(err()).isEmpty();
    Map<String, Object> plan = Json.mapper().readValue(out(), Map.class);
    assertThat(plan.keySet())
        .containsSubsequence("stage", "prescription", "zoneHistory", "attribution")
        .contains("mode", "stageProgress", "recommendations", "triage", "unit");
    assertThat(plan).containsEntry("date", "2026-03-20").containsEntry("mode", "STAGED_RETURN");
    assertThat((Map<String, Object>) plan.get("stage")).containsEntry("number", 2);
    Map<String, Object> session = (Map<String, Object>) plan.get("prescription");
    assertThat(session.keySet())
        .contains(
            "variation",
            "loadKg",
            "sets",
            "reps",
            "tempo",
            "range",
            "rpeCap",
            "accessories",
            "reasons");
    assertThat(session).containsEntry("variation", "TRAP_BAR");
    assertThat(((Number) session.get("loadKg")).doubleValue() % 2.5).isZero();
    assertThat((List<String>) session.get("checklist")).hasSize(5);
    assertThat((Map<String, Object>) session.get("warmUp")).containsKeys("steps", "rampSets");
    // The screen's short knee-to-wall on the left adds the ankle drill, marked weak evidence.
    assertThat((List<Map<String, Object>>) session.get("accessories"))
        .anySatisfy(a -> assertThat(a).containsEntry("weakEvidence", true));
    List<Map<String, Object>> zones = (List<Map<String, Object>>) plan.get("zoneHistory");
    assertThat(zones)
        .extracting(z -> z.get("date") + " " + z.get("zone"))
        .containsExactly(
            "2026-03-02 green", "2026-03-05 red", "2026-03-16 green", "2026-03-18 pending");
    assertThat(zones).allSatisfy(z -> assertThat(z).containsEntry("workoutId", null));
    assertThat((List<Map<String, Object>>) plan.get("attribution"))
        .extracting(a -> a.get("factor"))
        .contains("LOAD_SPIKE", "SESSION_FATIGUE", "MOBILITY");
  }

  @Test
  void theTextIsReadable() {
    assertThat(run(full())).as(err()).isZero();
    assertThat(out())
        .startsWith("Plan for 2026-03-20: Step-by-step return to deadlifts\n")
        .contains("Stage 2 of 4, Re-pattern")
        .contains("  Where you stand: 0 of 2 so far.")
        .contains("Next deadlift session\n  Trap bar deadlift, ")
        .contains("  Warm-up:\n    - General warm-up: 5 minutes of easy cardio")
        .containsPattern(
            "    - Ramp-up sets: 8 x 20 kg, (\\d+ x [\\d.]+ kg, )*\\d+ x [\\d.]+ kg, then the"
                + " working sets\n")
        .contains("  Before the first working set:\n    - Bar close: ")
        .contains("    - Push the floor away: ")
        .contains("2026-03-05  red     Deadlift")
        .contains("What may be driving it\n  - ")
        .contains("none of them is a certain cause")
        .doesNotContain("null");
  }

  @Test
  void poundsShowTheLoadInFivePoundSteps() {
    assertThat(run(full("--unit", "lb", "--json"))).as(err()).isZero();
    Map<String, Object> plan = Json.mapper().readValue(out(), Map.class);
    assertThat(plan).containsEntry("unit", "lb").containsEntry("loadIncrement", 5);
    Map<String, Object> session = (Map<String, Object>) plan.get("prescription");
    assertThat(((Number) session.get("load")).doubleValue() % 5).isZero();
    List<Map<String, Object>> ramp =
        (List<Map<String, Object>>) ((Map<String, Object>) session.get("warmUp")).get("rampSets");
    assertThat(ramp)
        .isNotEmpty()
        .allSatisfy(r -> assertThat(((Number) r.get("load")).doubleValue() % 5).isZero());
    assertThat(run(full("--unit", "lb"))).isZero();
    assertThat(out()).contains("    - Ramp-up sets: 8 x 45 lb, ");
  }

  @Test
  void aRedFlagCheckInStopsThePlan() throws Exception {
    Path checkIns =
        file(
            "stop.jsonl",
            Files.readString(Path.of(fixture("checkins.jsonl")))
                + "{\"date\":\"2026-03-19\",\"painNow\":4,\"saddleNumbness\":true}\n");
    assertThat(
            run(fixture("export.csv"), "--checkins", checkIns.toString(), "--today", "2026-03-20"))
        .as(err())
        .isZero();
    assertThat(out())
        .contains("EMERGENCY: Get emergency care now")
        .contains("What to do now")
        .contains("If things change")
        .doesNotContain("Next deadlift session");
  }

  @Test
  void badLinesFailNamingTheFileLineAndField() throws Exception {
    assertFails(
        "{\"date\":\"2026-03-05\",\"painNow\":4}\n\n{\"date\":\"2026-03-06\",\"painNow\":12}\n",
        null,
        "bad.jsonl, line 3, field painNow: must be");
    assertFails(
        "{\"date\":\"2026-03-05\",\"painNow\":4,\"plannerContext\":{\"stress\":\"high\"}}\n",
        null,
        "bad.jsonl, line 1, field plannerContext.stress: must be a whole number between 0 and 10");
    assertFails("{\"painNow\":4}\n", null, "bad.jsonl, line 1, field date: is required");
    assertFails(
        "{\"date\":\"2026-03-06\",\"painNow\":4}\n{\"date\":\"2026-03-05\",\"painNow\":3}\n",
        null,
        "bad.jsonl, line 2, field date: must not be before the previous check-in (2026-03-06)");
    assertFails(
        "{\"date\":\"2026-03-06\",\"painNow\":4,\"mood\":2}\n",
        null,
        "line 1, field mood: unknown field");
    assertFails(
        "{\"date\":\"2026-03-06\",\"painNow\":4\n", null, "bad.jsonl, line 1: not valid JSON");
    assertFails("[1]\n", null, "bad.jsonl, line 1: expected a JSON object");

    String fine = "{\"date\":\"2026-03-05\",\"painNow\":4}\n";
    assertFails(
        fine,
        "{\"date\":\"2026-03-05\",\"baseline\":1}\n",
        "answers.jsonl, line 1, field during: is required");
    assertFails(
        fine,
        "{\"date\":\"2026-03-05\",\"baseline\":1,\"during\":11}\n",
        "answers.jsonl, line 1, field during: must be a whole number between 0 and 10");
    assertFails(
        fine,
        "{\"date\":\"2026-03-07\",\"baseline\":1,\"during\":2}\n",
        "answers.jsonl, line 1, field date: the log has no working deadlift-family set on 2026-03-07");
    assertFails(
        fine,
        "{\"date\":\"2026-03-05\",\"baseline\":1,\"during\":2}\n{\"date\":\"2026-03-05\",\"baseline\":1,\"during\":2}\n",
        "answers.jsonl, line 2, field date: line 1 already answers 2026-03-05");
    assertFails(
        fine,
        "{\"date\":\"2026-03-05\",\"baseline\":1,\"during\":2,\"rpe\":7}\n",
        "answers.jsonl, line 1, field rpe: unknown field");
  }

  private void assertFails(String checkIns, String answers, String message) throws Exception {
    out.reset();
    err.reset();
    Path c = file("bad.jsonl", checkIns);
    List<String> args =
        new java.util.ArrayList<>(
            List.of(fixture("export.csv"), "--checkins", c.toString(), "--today", "2026-03-20"));
    if (answers != null) {
      args.addAll(List.of("--monitoring", file("answers.jsonl", answers).toString()));
    }
    assertThat(run(args.toArray(String[]::new))).as(out()).isEqualTo(2);
    assertThat(err()).contains(message);
    assertThat(out()).isEmpty();
  }

  @Test
  void aBadScreenOrExportOrCommandLineFailsWithStatusTwo() throws Exception {
    Path screen = file("screen.json", "{\"kneeToWallLeftCm\":40}");
    assertThat(run(full("--screen", screen.toString()))).isEqualTo(2);
    assertThat(err())
        .contains("screen.json, field kneeToWallLeftCm: must be a number between 0 and 30");
    assertThat(out()).isEmpty();

    err.reset();
    Path export = file("export.csv", "Date,Something\n2026-01-01,1\n");
    assertThat(run(export.toString(), "--checkins", fixture("checkins.jsonl"))).isEqualTo(2);
    assertThat(err()).contains("export.csv, ");

    err.reset();
    assertThat(run(fixture("export.csv"))).isEqualTo(2);
    assertThat(err())
        .contains("--checkins CHECKINS.jsonl is required")
        .contains("usage: backload plan");
    err.reset();
    assertThat(run(full("--unit", "stone"))).isEqualTo(2);
    assertThat(err()).contains("--unit must be kg or lb");
    err.reset();
    assertThat(run(full("--today", "tomorrow"))).isEqualTo(2);
    err.reset();
    assertThat(run(dir.resolve("missing.csv").toString(), "--checkins", fixture("checkins.jsonl")))
        .isEqualTo(2);
    assertThat(err()).contains("no such file");
    assertThat(out()).isEmpty();
    assertThat(run("--help")).isZero();
    assertThat(out()).contains("usage: backload plan");
  }

  @Test
  void aRedFlagCheckInHoldsThePlanUntilAnAssessmentClearsIt() throws Exception {
    String checkIns =
        Files.readString(Path.of(fixture("checkins.jsonl")), StandardCharsets.UTF_8)
            + "{\"date\":\"2026-03-19\",\"painNow\":0,\"saddleNumbness\":true}\n"
            + "{\"date\":\"2026-03-20\",\"painNow\":0}\n";
    Path lines = file("checkins.jsonl", checkIns);
    String[] args = {
      fixture("export.csv"), "--checkins", lines.toString(), "--today", "2026-03-20", "--json"
    };
    assertThat(run(args)).as(err()).isZero();
    Map<String, Object> plan = Json.mapper().readValue(out(), Map.class);
    assertThat(plan).containsEntry("mode", "STOP").containsEntry("prescription", null);
    Map<String, Object> hold = (Map<String, Object>) plan.get("hold");
    assertThat(hold).containsEntry("since", "2026-03-19").containsEntry("disposition", "EMERGENCY");
    long lineOfRedFlag = checkIns.lines().count() - 1;
    assertThat(((Number) hold.get("checkInId")).longValue()).isEqualTo(lineOfRedFlag);
    assertThat((List<String>) hold.get("rules")).containsExactly("E3");

    out.reset();
    assertThat(run(fixture("export.csv"), "--checkins", lines.toString(), "--today", "2026-03-20"))
        .isZero();
    assertThat(out())
        .contains("Training is on hold since 2026-03-19 (rules E3)")
        .doesNotContain("Next deadlift session");

    Path cleared =
        file(
            "assessments.jsonl",
            "{\"date\":\"2026-03-20\",\"assessedBy\":\"GP\",\"outcome\":\"CLEARED_WITH_LIMITS\","
                + "\"limits\":\"Nothing above 100 kg\"}\n");
    out.reset();
    String[] withAssessment = {
      fixture("export.csv"),
      "--checkins",
      lines.toString(),
      "--assessments",
      cleared.toString(),
      "--today",
      "2026-03-20",
      "--json"
    };
    assertThat(run(withAssessment)).as(err()).isZero();
    plan = Json.mapper().readValue(out(), Map.class);
    // Cleared on the day of the last check-in, after it: the plan waits for the next check-in.
    assertThat(plan).containsEntry("hold", null).containsEntry("prescription", null);
    assertThat(plan).containsEntry("limits", "Nothing above 100 kg");

    Path bad = file("bad.jsonl", "{\"assessedBy\":\"GP\",\"outcome\":\"SORT_OF\"}\n");
    out.reset();
    withAssessment[4] = bad.toString();
    assertThat(run(withAssessment)).isEqualTo(2);
    assertThat(err()).contains("bad.jsonl, line 1, field outcome");
    assertThat(out()).isEmpty();
  }

  @Test
  void theHelpListsThePlanCommand() {
    assertThat(
            BackloadCommand.run(
                new String[] {"--help"},
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)))
        .isZero();
    assertThat(out()).contains("plan FILE --checkins CHECKINS.jsonl");
  }
}
