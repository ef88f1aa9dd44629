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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;

/**
 * {@code backload plan FILE --checkins CHECKINS.jsonl [--unit kg|lb] [--monitoring
 * MONITORING.jsonl] [--screen SCREEN.json] [--today YYYY-MM-DD] [--increment N] [--json]}: the plan
 * for an exported log and check-ins, offline and without an account, as readable text or (with
 * {@code --json}) the structure of {@code GET /api/v1/plan}. Runs without the web framework. Any
 * unusable input exits with status 2 and a message naming the file, the line and the field, and
 * nothing is written to standard output.
 *
 * <p>Check-in lines: the triage check-in's fields, plus {@code date} (required) and an optional
 * {@code plannerContext}, in date order. Pain-answer lines: {@code {"date", "baseline", "during",
 * "nextMorning"}}, matched to the deadlift-family session on that date. The screen: the body of
 * {@code PUT /api/v1/screen}.
 */
final class PlanCommand {
  static final String USAGE =
      "usage: backload plan FILE --checkins CHECKINS.jsonl [--unit kg|lb]"
          + " [--monitoring MONITORING.jsonl] [--assessments ASSESSMENTS.jsonl]"
          + " [--screen SCREEN.json] [--today YYYY-MM-DD]"
          + " [--increment N] [--json]";

  private static final TypeReference<Object> ANY = new TypeReference<>() {};
  private static final Set<String> ANSWER_MEMBERS = Set.of("date", "baseline", "during", "nextMorning");

  private final PrintStream out;
  private final PrintStream err;
  private final Clock clock;

  /**
   * @param clock gives "today" when {@code --today} is not given: its date in its own zone, the
   *     computer's time zone for the {@code backload} command
   */
  PlanCommand(PrintStream out, PrintStream err, Clock clock) {
    this.out = out;
    this.err = err;
    this.clock = clock;
  }

  /** The parsed command line. */
  private record Arguments(
      Path file,
      Path checkIns,
      WeightUnit unit,
      Path monitoring,
      Path assessments,
      Path screen,
      LocalDate today,
      Double increment,
      boolean json) {}

  /** Input that cannot be used; the message names the file, the line and the field. */
  private static final class InputError extends Exception {
    InputError(String message) {
      super(message);
    }
  }

  int run(String[] args) {
    Arguments a;
    try {
      a = parse(args, LocalDate.now(clock));
    } catch (InputError e) {
      err.println("backload plan: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    if (a == null) {
      out.println(USAGE);
      return 0;
    }
    try {
      PlanView view = plan(a);
      if (a.json()) {
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

  private PlanView plan(Arguments a) throws InputError {
    ImportResult imported = importLog(a);
    WeightUnit unit = a.unit() != null ? a.unit() : imported.unit();
    double incrementKg =
        a.increment() != null
            ? unit.toKg(a.increment())
            : unit == WeightUnit.LB ? WeightUnit.LB.toKg(5) : 2.5;
    if (!(incrementKg >= 0.1 && incrementKg <= 25)) {
      throw new InputError("--increment must be between " + unit.format(0.1) + " and "
          + unit.format(25) + " " + unit.symbol());
    }
    List<CheckInLine> checkIns = checkIns(a.checkIns());
    List<AnswerLine> answers = a.monitoring() == null ? List.of() : answers(a.monitoring());
    List<AssessmentInput> assessments =
        a.assessments() == null ? List.of() : assessments(a.assessments(), a.today());
    Screen screen = a.screen() == null ? Screen.NONE : screen(a.screen(), a.today());
    PlannerInput input;
    try {
      input =
          OfflinePlanInput.build(
              a.today(), imported.sets(), checkIns, answers, screen, incrementKg, assessments);
    } catch (LineError e) {
      throw new InputError(a.checkIns() + ", " + e.getMessage());
    } catch (OfflinePlanInput.AnswersError e) {
      throw new InputError(a.monitoring() + ", " + e.getMessage());
    }
    Plan plan = Planner.plan(input);
    List<Long> lines = checkIns.stream().map(c -> (long) c.line()).toList();
    return PlanView.of(a.today(), plan, null, unit, incrementKg, lines);
  }

  private static ImportResult importLog(Arguments a) throws InputError {
    try {
      if (Files.isDirectory(a.file())) {
        throw new InputError("cannot read " + a.file() + ": it is a directory");
      }
      return ExportImporter.read(a.file(), ImportOptions.defaults().withUnit(a.unit()));
    } catch (NoSuchFileException e) {
      throw new InputError("no such file: " + a.file());
    } catch (IOException | UncheckedIOException e) {
      throw new InputError("cannot read " + a.file() + ": " + e.getMessage());
    } catch (ImportException e) {
      throw new InputError(a.file() + ", " + e.getMessage());
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
        throw new InputError(file + ", line " + (i + 1) + ": not valid JSON: " + e.getOriginalMessage());
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
        throw new InputError(
            file + ", line " + line + ", field " + e.field() + ": " + e.problem());
      } catch (JsonValues.InvalidField e) {
        throw new InputError(
            file + ", line " + line + ", field " + e.field() + ": " + e.problem());
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
        throw new InputError(
            file + ", line " + line + ", field " + e.field() + ": " + e.problem());
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

  private static Arguments parse(String[] args, LocalDate today) throws InputError {
    Path file = null;
    Path checkIns = null;
    WeightUnit unit = null;
    Path monitoring = null;
    Path assessments = null;
    Path screen = null;
    Double increment = null;
    boolean json = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--help", "-h" -> {
          return null;
        }
        case "--json" -> json = true;
        case "--checkins" -> checkIns = Path.of(value(args, ++i, arg));
        case "--monitoring" -> monitoring = Path.of(value(args, ++i, arg));
        case "--assessments" -> assessments = Path.of(value(args, ++i, arg));
        case "--screen" -> screen = Path.of(value(args, ++i, arg));
        case "--unit" -> {
          String u = value(args, ++i, arg).toLowerCase(Locale.ROOT);
          if (!u.equals("kg") && !u.equals("lb")) {
            throw new InputError("--unit must be kg or lb");
          }
          unit = u.equals("kg") ? WeightUnit.KG : WeightUnit.LB;
        }
        case "--today" -> {
          String d = value(args, ++i, arg);
          try {
            today = LocalDate.parse(d);
          } catch (DateTimeParseException e) {
            throw new InputError("--today must be a date written like 2026-11-21");
          }
        }
        case "--increment" -> {
          String n = value(args, ++i, arg);
          try {
            increment = Double.valueOf(n);
          } catch (NumberFormatException e) {
            throw new InputError("--increment must be a number");
          }
        }
        default -> {
          if (arg.startsWith("-")) {
            throw new InputError("unknown option " + arg);
          }
          if (file != null) {
            throw new InputError("one export FILE only");
          }
          file = Path.of(arg);
        }
      }
    }
    if (file == null) {
      throw new InputError("FILE (an exported training log) is required");
    }
    if (checkIns == null) {
      throw new InputError("--checkins CHECKINS.jsonl is required");
    }
    return new Arguments(file, checkIns, unit, monitoring, assessments, screen, today, increment, json);
  }

  private static String value(String[] args, int i, String option) throws InputError {
    if (i >= args.length) {
      throw new InputError(option + " needs a value");
    }
    return args[i];
  }
}
