package dev.backload.app.cli;

import dev.backload.app.config.Json;
import dev.backload.core.triage.CheckIn;
import dev.backload.core.triage.InvalidCheckInException;
import dev.backload.core.triage.TriageEngine;
import dev.backload.core.triage.TriageResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code backload triage [FILE]}: one JSON check-in in, one result out; or JSON Lines in, one
 * result line per input line out. Any invalid line fails the whole run with exit status 2 and a
 * message naming the line and the field, and nothing is written to standard output.
 */
@Command(
    name = "triage",
    synopsisHeading = "usage: ",
    customSynopsis = "backload triage [FILE]",
    descriptionHeading = "%n",
    description =
        "Triages one JSON check-in, or JSON Lines (one check-in per line), read from FILE or"
            + " standard input, and prints the result as JSON.",
    parameterListHeading = "%n",
    optionListHeading = "%nOptions:%n",
    footerHeading = "%n",
    footer = Usage.EXIT_STATUS)
final class TriageCommand implements Callable<Integer> {
  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};
  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final JsonMapper json = Json.mapper();

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "A JSON check-in or JSON Lines; standard input without FILE or with -.")
  private String file;

  @Parameters(index = "1..*", hidden = true)
  private List<String> more = new ArrayList<>();

  @Mixin private Usage.HelpOption help;
  @Spec private CommandSpec spec;

  TriageCommand(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    if (!more.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "one FILE only, got '" + file + "' and '" + more.get(0) + "'");
    }
    String text;
    String source = file != null && !file.equals("-") ? file : "stdin";
    try {
      text =
          source.equals("stdin")
              ? new String(in.readAllBytes(), StandardCharsets.UTF_8)
              : Files.readString(Path.of(source), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      err.println("backload triage: no such file: " + source);
      return 2;
    } catch (IOException | java.io.UncheckedIOException e) {
      err.println("backload triage: cannot read " + source + ": " + e.getMessage());
      return 2;
    }
    try {
      List<String> results = triage(text);
      results.forEach(out::println);
      out.flush();
      return 0;
    } catch (InputError e) {
      err.println("backload triage: " + source + ", " + e.getMessage());
      return 2;
    }
  }

  /** Triages the whole input or throws; never returns a partial result. */
  List<String> triage(String text) throws InputError {
    if (text.isBlank()) {
      throw new InputError("line 1: no check-in given (expected a JSON object)");
    }
    if (isSingleDocument(text)) {
      Map<String, Object> fields = parse(text, 0);
      return List.of(
          json.writerWithDefaultPrettyPrinter().writeValueAsString(assess(fields, text, 0)));
    }
    String[] lines = text.split("\r?\n", -1);
    List<String> results = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      Map<String, Object> fields = parse(lines[i], i);
      results.add(json.writeValueAsString(assess(fields, lines[i], i)));
    }
    return results;
  }

  private TriageResult assess(Map<String, Object> fields, String text, int firstLine)
      throws InputError {
    try {
      return TriageEngine.assess(CheckIn.fromFields(fields));
    } catch (InvalidCheckInException e) {
      int line = firstLine + lineOfField(text, e.field());
      throw new InputError("line " + line + ", field " + e.field() + ": " + e.getMessage());
    }
  }

  private Map<String, Object> parse(String text, int firstLine) throws InputError {
    try {
      Map<String, Object> fields = json.readValue(text, OBJECT);
      if (fields == null) {
        throw new InputError("line " + (firstLine + 1) + ": expected a JSON object, got null");
      }
      return fields;
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
      throw new InputError(
          "line " + (firstLine + line) + ": not a valid JSON check-in: " + e.getOriginalMessage());
    }
  }

  /** True when the text is one JSON value (possibly spread over several lines). */
  private boolean isSingleDocument(String text) {
    if (text.strip().lines().count() <= 1) {
      return true;
    }
    try (JsonParser parser = json.createParser(text)) {
      parser.nextToken();
      parser.skipChildren();
      return parser.nextToken() == null;
    } catch (JacksonException e) {
      return false;
    }
  }

  /** The 1-based line of a top-level field's name in a JSON object, 1 when not found. */
  private int lineOfField(String text, String field) {
    String top = field.split("[.\\[]", 2)[0];
    try (JsonParser parser = json.createParser(text)) {
      int depth = 0;
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth++;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
        } else if (t == JsonToken.PROPERTY_NAME && depth == 1 && parser.currentName().equals(top)) {
          return parser.currentLocation().getLineNr();
        }
      }
    } catch (JacksonException e) {
      return 1;
    }
    return 1;
  }

  /** Input that cannot be triaged; the message names the line and, where known, the field. */
  static final class InputError extends Exception {
    InputError(String message) {
      super(message);
    }
  }
}
