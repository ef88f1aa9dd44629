package dev.backload.app.cli;

import dev.backload.app.checkins.AssessmentInput;
import dev.backload.app.checkins.PlannerContext;
import dev.backload.app.config.Json;
import dev.backload.app.planning.DatedScreen;
import dev.backload.app.planning.OfflinePlanInput;
import dev.backload.app.planning.OfflinePlanInput.AnswerLine;
import dev.backload.app.planning.OfflinePlanInput.CheckInLine;
import dev.backload.app.planning.OfflinePlanInput.LineError;
import dev.backload.app.planning.PlanText;
import dev.backload.app.planning.PlanView;
import dev.backload.app.planning.ScreenInput;
import dev.backload.app.web.JsonValues;
import dev.backload.core.importing.ExportImporter;
import dev.backload.core.importing.ImportException;
import dev.backload.core.importing.ImportOptions;
import dev.backload.core.importing.ImportResult;
import dev.backload.core.importing.WeightUnit;
import dev.backload.core.planning.Plan;
import dev.backload.core.planning.Planner;
import dev.backload.core.planning.PlannerInput;
import dev.backload.core.planning.PlannerThresholds;
import dev.backload.core.planning.Screen;
import dev.backload.core.triage.InvalidCheckInException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;

/**
 * {@code backload plan FILE --checkins CHECKINS.jsonl [--unit kg|lb] [--monitoring
 * MONITORING.jsonl] [--assessments ASSESSMENTS.jsonl] [--screen SCREEN.json] [--today YYYY-MM-DD]
 * [--increment N] [--json]}: the plan for an exported log and check-ins, offline and without an
 * account, as readable text or (with {@code --json}) the structure of {@code GET /api/v1/plan}.
 * Runs without the web framework. Any unusable input exits with status 2 and a message naming the
 * file, the line and the field, and nothing is written to standard output.
 *
 * <p>Check-in lines: the triage check-in's fields, plus {@code date} (required) and an optional
 * {@code plannerContext}, in date order. Pain-answer lines: {@code {"date", "baseline", "during",
 * "nextMorning"}}, matched to the deadlift-family session on that date. The screen: the body of
 * {@code PUT /api/v1/screen}.
 */
@Command(
    name = "plan",
    synopsisHeading = "usage: ",
    customSynopsis = PlanCommand.SYNOPSIS,
    descriptionHeading = "%n",
    description =
        "The plan for an exported log and check-ins (JSON Lines), offline: the next deadlift"
            + " session, the stage, the zones and what may be driving the pain; readable text, or"
            + " the JSON of GET /api/v1/plan (--json). An urgent or emergency check-in holds the"
            + " plan until an assessment clears it.",
    parameterListHeading = "%n",
    optionListHeading = "%nOptions:%n",
    footerHeading = "%n",
    footer = Usage.EXIT_STATUS,
    sortOptions = false)
final class PlanCommand implements Callable<Integer> {
  static final String SYNOPSIS =
      "backload plan FILE --checkins CHECKINS.jsonl [--unit kg|lb]"
          + " [--monitoring MONITORING.jsonl] [--assessments ASSESSMENTS.jsonl]"
          + " [--screen SCREEN.json] [--today YYYY-MM-DD]"
          + " [--increment N] [--json]";

  /** The usage line after bad usage (the help wraps the synopsis to 80 columns instead). */
  static final String USAGE = "usage: " + SYNOPSIS;

  private static final TypeReference<Object> ANY = new TypeReference<>() {};
  private static final Set<String> ANSWER_MEMBERS =
      Set.of("date", "baseline", "during", "nextMorning");

  private final PrintStream out;
  private final PrintStream err;
  private final Clock clock;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The exported training log: Strong, Hevy, FitNotes or Backload CSV.")
  @Usage.IfMissing("FILE (an exported training log) is required")
  private Path file;

  @Parameters(index = "1..*", hidden = true)
  private List<String> more = new ArrayList<>();

  @Option(
      names = "--checkins",
      paramLabel = "CHECKINS.jsonl",
      description = "The check-ins, one a line in date order, each with its date (required).")
  private Path checkIns;

  @Option(
      names = "--unit",
      paramLabel = "kg|lb",
      converter = WeightUnitConverter.class,
      description = "The unit of a file that states none, and of the plan (default: the file's).")
  @Usage.IfMissing("--unit needs kg or lb")
  private WeightUnit unit;

  @Option(
      names = "--monitoring",
      paramLabel = "MONITORING.jsonl",
      description = "Pain answers, one a line: date, baseline, during, nextMorning.")
  private Path monitoring;

  @Option(
      names = "--assessments",
      paramLabel = "ASSESSMENTS.jsonl",
      description =
          "Assessments by a clinician, one a line (the body of POST /api/v1/assessments).")
  private Path assessments;

  @Option(
      names = "--screen",
      paramLabel = "SCREEN.json",
      description = "The movement screen (the body of PUT /api/v1/screen).")
  private Path screen;

  @Option(
      names = "--today",
      paramLabel = "YYYY-MM-DD",
      converter = DateConverter.class,
      description = "The day to plan for (default: the computer's date).")
  private LocalDate today;

  @Option(
      names = "--increment",
      paramLabel = "N",
      converter = NumberConverter.class,
      description = "The smallest load step in the plan's unit (default 2.5 kg, or 5 lb).")
  private Double increment;

  @Option(names = "--json", description = "Print the JSON of GET /api/v1/plan instead of text.")
  private boolean json;

  @Mixin private Usage.HelpOption help;
  @Spec private CommandSpec spec;

  /**
   * @param clock gives "today" when {@code --today} is not given: its date in its own zone, the
   *     computer's time zone for the {@code backload} command
   */
  PlanCommand(PrintStream out, PrintStream err, Clock clock) {
    this.out = out;
    this.err = err;
    this.clock = clock;
  }

  /** Input that cannot be used; the message names the file, the line and the field. */
  private static final class InputError extends Exception {
    InputError(String message) {
      super(message);
    }
  }

  @Override
  public Integer call() {
    if (!more.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "one export FILE only");
    }
    if (checkIns == null) {
      throw new ParameterException(spec.commandLine(), "--checkins CHECKINS.jsonl is required");
    }
    if (today == null) {
      today = LocalDate.now(clock);
    }
    try {
      PlanView view = plan();
      if (json) {
        out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(view));
      } else {
        out.print(PlanText.render(view));
      }
      out.flush();
      return 0;
    } catch (InputError e) {
      err.println("backload plan: " + e.getMessage());
      return 2;
    }
  }

  private PlanView plan() throws InputError {
    ImportResult imported = importLog();
    WeightUnit shown = unit != null ? unit : imported.unit();
    double incrementKg =
        increment != null
            ? shown.toKg(increment)
            : shown == WeightUnit.LB
                ? WeightUnit.LB.toKg(5)
                : PlannerThresholds.DEFAULT_INCREMENT_KG;
    if (!(incrementKg >= PlannerThresholds.MIN_INCREMENT_KG
        && incrementKg <= PlannerThresholds.MAX_INCREMENT_KG)) {
      throw new InputError(
          "--increment must be between "
              + shown.format(PlannerThresholds.MIN_INCREMENT_KG)
              + " and "
              + shown.format(PlannerThresholds.MAX_INCREMENT_KG)
              + " "
              + shown.symbol());
    }
    List<CheckInLine> checkInLines = checkIns(checkIns);
    List<AnswerLine> answers = monitoring == null ? List.of() : answers(monitoring);
    List<AssessmentInput> assessed =
        assessments == null ? List.of() : assessments(assessments, today);
    Screen screened = screen == null ? Screen.NONE : screen(screen, today);
    PlannerInput input;
    try {
      input =
          OfflinePlanInput.build(
              today, imported.sets(), checkInLines, answers, screened, incrementKg, assessed);
    } catch (LineError e) {
      throw new InputError(checkIns + ", " + e.getMessage());
    } catch (OfflinePlanInput.AnswersError e) {
      throw new InputError(monitoring + ", " + e.getMessage());
    }
    Plan plan = Planner.plan(input);
    List<Long> lines = checkInLines.stream().map(c -> (long) c.line()).toList();
    return PlanView.of(today, plan, null, shown, incrementKg, lines);
  }

  private ImportResult importLog() throws InputError {
    try {
      if (Files.isDirectory(file)) {
        throw new InputError("cannot read " + file + ": it is a directory");
      }
      return ExportImporter.read(file, ImportOptions.defaults().withUnit(unit));
    } catch (NoSuchFileException e) {
      throw new InputError("no such file: " + file);
    } catch (IOException | UncheckedIOException e) {
      throw new InputError("cannot read " + file + ": " + e.getMessage());
    } catch (ImportException e) {
      throw new InputError(file + ", " + e.getMessage());
    }
  }

  private static List<String> lines(Path file) throws InputError {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputError("no such file: " + file);
    } catch (IOException | UncheckedIOException e) {
      throw new InputError("cannot read " + file + ": " + e.getMessage());
    }
  }

  /** A JSON object per non-blank line, with its 1-based line number. */
  private static Map<Integer, Map<String, Object>> objects(Path file) throws InputError {
    Map<Integer, Map<String, Object>> objects = new LinkedHashMap<>();
    List<String> lines = lines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      Object value;
      try {
        value = Json.mapper().readValue(lines.get(i), ANY);
      } catch (JacksonException e) {
        throw new InputError(
            file + ", line " + (i + 1) + ": not valid JSON: " + e.getOriginalMessage());
      }
      if (!(value instanceof Map<?, ?>)) {
        throw new InputError(file + ", line " + (i + 1) + ": expected a JSON object");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> object = (Map<String, Object>) value;
      objects.put(i + 1, object);
    }
    return objects;
  }

  private static List<CheckInLine> checkIns(Path file) throws InputError {
    List<CheckInLine> result = new ArrayList<>();
    for (var entry : objects(file).entrySet()) {
      int line = entry.getKey();
      Map<String, Object> fields = new LinkedHashMap<>(entry.getValue());
      try {
        PlannerContext context = PlannerContext.parse(fields.remove(PlannerContext.FIELD));
        LocalDate date = date(fields.remove("date"));
        result.add(new CheckInLine(line, date, fields, context));
      } catch (InvalidCheckInException e) {
        throw new InputError(file + ", line " + line + ", field " + e.field() + ": " + e.problem());
      } catch (JsonValues.InvalidField e) {
        throw new InputError(file + ", line " + line + ", field " + e.field() + ": " + e.problem());
      }
    }
    if (result.isEmpty()) {
      throw new InputError(file + ": no check-in lines");
    }
    return result;
  }

  private static List<AnswerLine> answers(Path file) throws InputError {
    List<AnswerLine> result = new ArrayList<>();
    Map<LocalDate, Integer> seen = new HashMap<>();
    for (var entry : objects(file).entrySet()) {
      int line = entry.getKey();
      Map<String, Object> m = entry.getValue();
      try {
        JsonValues.object("", m, ANSWER_MEMBERS);
        LocalDate date = date(m.get("date"));
        Integer baseline = JsonValues.whole("baseline", m.get("baseline"), 0, 10);
        Integer during = JsonValues.whole("during", m.get("during"), 0, 10);
        Integer next = JsonValues.whole("nextMorning", m.get("nextMorning"), 0, 10);
        if (baseline == null) {
          throw new JsonValues.InvalidField("baseline", "is required");
        }
        if (during == null) {
          throw new JsonValues.InvalidField("during", "is required");
        }
        Integer earlier = seen.putIfAbsent(date, line);
        if (earlier != null) {
          throw new JsonValues.InvalidField("date", "line " + earlier + " already answers " + date);
        }
        result.add(new AnswerLine(line, date, baseline, during, next));
      } catch (JsonValues.InvalidField e) {
        throw new InputError(file + ", line " + line + ", field " + e.field() + ": " + e.problem());
      }
    }
    return result;
  }

  private static List<AssessmentInput> assessments(Path file, LocalDate today) throws InputError {
    List<AssessmentInput> result = new ArrayList<>();
    for (var entry : objects(file).entrySet()) {
      try {
        result.add(AssessmentInput.parse(entry.getValue(), today));
      } catch (JsonValues.InvalidField e) {
        throw new InputError(
            file + ", line " + entry.getKey() + ", field " + e.field() + ": " + e.problem());
      }
    }
    return result;
  }

  private static Screen screen(Path file, LocalDate today) throws InputError {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputError("no such file: " + file);
    } catch (IOException | UncheckedIOException e) {
      throw new InputError("cannot read " + file + ": " + e.getMessage());
    }
    Object json;
    try {
      json = Json.mapper().readValue(text, ANY);
    } catch (JacksonException e) {
      throw new InputError(file + ": not valid JSON: " + e.getOriginalMessage());
    }
    try {
      DatedScreen screen = ScreenInput.parse(json, today);
      return screen.toScreen();
    } catch (JsonValues.InvalidField e) {
      throw new InputError(file + ", field " + e.field() + ": " + e.problem());
    }
  }

  private static LocalDate date(Object value) {
    if (value == null) {
      throw new JsonValues.InvalidField("date", "is required");
    }
    if (value instanceof String text) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        // the problem below
      }
    }
    throw new JsonValues.InvalidField("date", "must be a date written like 2026-11-21");
  }

  /** {@code --today}: an ISO date. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String text) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("--today must be a date written like 2026-11-21");
      }
    }
  }

  /** {@code --increment}: a number (its range depends on the unit and is checked later). */
  static final class NumberConverter implements ITypeConverter<Double> {
    @Override
    public Double convert(String text) {
      try {
        return Double.valueOf(text);
      } catch (NumberFormatException e) {
        throw new TypeConversionException("--increment must be a number");
      }
    }
  }
}
