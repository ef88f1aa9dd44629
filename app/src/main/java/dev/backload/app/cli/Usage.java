package dev.backload.app.cli;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * How every {@code backload} command reads its command line, shows its help and reports bad usage.
 * picocli parses; this class makes it speak as the commands always have: a bad command line exits
 * with status 2, printing {@code backload <command>: <the problem>} and the command's usage line on
 * standard error.
 *
 * <p>The problem is named in the command's own words: a missing value or argument by the field's
 * {@link IfMissing}, else a missing option value as {@code <option> needs a value}, a bad value by
 * the message of the option's converter, an unknown option or command by its name. A usage line is
 * written once, as the command's {@code customSynopsis}; the help wraps it to 80 columns and the
 * top-level help lists every command by it.
 */
final class Usage {
  static final int EXIT_BAD_USAGE = 2;
  static final String EXIT_STATUS =
      "Exit status: 0 on success, 2 for invalid input or usage, 1 for other failures.";
  private static final int WIDTH = 80;

  /** The words of a synopsis: an optional part in brackets stays on one line. */
  private static final Pattern WORD = Pattern.compile("\\[[^\\]]*\\]|\\S+");

  private Usage() {}

  /**
   * The message when an option's value, or a required argument, is missing; an option without one
   * says {@code <option> needs a value}.
   */
  @Retention(RUNTIME)
  @Target(FIELD)
  @interface IfMissing {
    String value();
  }

  /** {@code -h, --help} for a command. */
  static final class HelpOption {
    @Option(
        names = {"-h", "--help"},
        usageHelp = true,
        description = "Show this help message and exit.")
    boolean help;
  }

  /**
   * Sets up a command line (with the subcommands already added) to write to {@code out} and {@code
   * err}, report bad usage as above, and show plain help.
   */
  static CommandLine configure(CommandLine cli, PrintStream out, PrintStream err) {
    cli.setOut(writer(out));
    cli.setErr(writer(err));
    cli.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
    cli.setExpandAtFiles(false); // "@file" is a file name, never a file of arguments
    cli.setOverwrittenOptionsAllowed(true); // the last --unit given wins, as before picocli
    cli.setParameterExceptionHandler(Usage::badUsage);
    for (CommandLine command : withSubcommands(cli)) {
      Map<String, CommandLine.IHelpSectionRenderer> sections = command.getHelpSectionMap();
      sections.put(UsageMessageSpec.SECTION_KEY_SYNOPSIS, Usage::synopsis);
      sections.put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, Usage::commandList);
      command.setHelpSectionKeys(commandsBeforeOptions(command.getHelpSectionKeys()));
    }
    return cli;
  }

  /** The usage line printed after a usage error: the synopsis on one line. */
  static String usageLine(CommandLine command) {
    return command.getCommandSpec().usageMessage().synopsisHeading() + synopsisLine(command);
  }

  /** The synopsis on one line, for example {@code backload triage [FILE]}. */
  private static String synopsisLine(CommandLine command) {
    String[] custom = command.getCommandSpec().usageMessage().customSynopsis();
    return custom.length == 0 ? command.getHelp().synopsis(0).strip() : String.join(" ", custom);
  }

  private static int badUsage(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    boolean top = command.getCommand() instanceof BackloadCommand;
    err.println(prefix(command.getCommandSpec()) + ": " + problem(e, top));
    if (top) {
      command.usage(err);
    } else {
      err.println(usageLine(command));
    }
    err.flush();
    return EXIT_BAD_USAGE;
  }

  private static String problem(ParameterException e, boolean top) {
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched
        && !unmatched.getUnmatched().isEmpty()) {
      String argument = unmatched.getUnmatched().get(0);
      if (unmatched.isUnknownOption()) {
        return "unknown option '" + argument + "'";
      }
      return (top ? "unknown command '" : "unexpected argument '") + argument + "'";
    }
    if (e instanceof CommandLine.MissingParameterException missing) {
      for (ArgSpec arg : missing.getMissing()) {
        if (arg.userObject() instanceof Field field && field.isAnnotationPresent(IfMissing.class)) {
          return field.getAnnotation(IfMissing.class).value();
        }
      }
      for (ArgSpec arg : missing.getMissing()) {
        // An option that is not required is only missing when it is given without its value.
        if (arg instanceof OptionSpec option && !option.required()) {
          return option.longestName() + " needs a value";
        }
      }
    }
    if (e.getCause() instanceof CommandLine.TypeConversionException conversion) {
      return conversion.getMessage();
    }
    return e.getMessage();
  }

  /** "backload analyze", also for a subcommand run on its own (as the tests do). */
  private static String prefix(CommandSpec spec) {
    String name = spec.qualifiedName();
    return name.equals("backload") || name.startsWith("backload ") ? name : "backload " + name;
  }

  /** The synopsis section: the synopsis wrapped under the command's first argument. */
  private static String synopsis(Help help) {
    CommandSpec spec = help.commandSpec();
    String heading = help.synopsisHeading(); // a section of its own, written before this one
    return wrap(heading, synopsisLine(spec.commandLine()), spec.name()).substring(heading.length());
  }

  /** Each command by its synopsis, then its description indented below it. */
  private static String commandList(Help help) {
    StringBuilder list = new StringBuilder();
    for (Map.Entry<String, Help> entry : help.subcommands().entrySet()) {
      CommandSpec command = entry.getValue().commandSpec();
      if (command.usageMessage().hidden()) {
        continue;
      }
      String synopsis = synopsisLine(command.commandLine()).replaceFirst("^backload ", "");
      list.append(wrap("  ", synopsis, entry.getKey()));
      String description = String.join(" ", command.usageMessage().description());
      list.append(wrap(" ".repeat(8), description.replace("%n", " "), null));
    }
    return list.toString();
  }

  /**
   * Lays out {@code lead} then the words of {@code text} within 80 columns. Continuation lines
   * start under the word after {@code name} (a synopsis) or under the first word (a description).
   */
  private static String wrap(String lead, String text, String name) {
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(text);
    while (matcher.find()) {
      words.add(matcher.group());
    }
    int hang = lead.length();
    if (name != null) {
      int nameEnd = text.indexOf(name + " ");
      hang = nameEnd < 0 ? lead.length() + 4 : lead.length() + nameEnd + name.length() + 1;
    }
    String indent = " ".repeat(Math.min(hang, WIDTH / 2));
    StringBuilder out = new StringBuilder(lead);
    int column = lead.length();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (i > 0 && column + 1 + word.length() > WIDTH) {
        out.append(System.lineSeparator()).append(indent);
        column = indent.length();
      } else if (i > 0) {
        out.append(' ');
        column++;
      }
      out.append(word);
      column += word.length();
    }
    return out.append(System.lineSeparator()).toString();
  }

  /** The help's sections with the list of commands moved up to just before the options. */
  private static List<String> commandsBeforeOptions(List<String> keys) {
    List<String> commands =
        List.of(
            UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING,
            UsageMessageSpec.SECTION_KEY_COMMAND_LIST);
    List<String> ordered = new ArrayList<>(keys);
    ordered.removeAll(commands);
    ordered.addAll(ordered.indexOf(UsageMessageSpec.SECTION_KEY_OPTION_LIST_HEADING), commands);
    return ordered;
  }

  private static List<CommandLine> withSubcommands(CommandLine cli) {
    List<CommandLine> all = new ArrayList<>(List.of(cli));
    for (CommandLine sub : cli.getSubcommands().values()) {
      all.addAll(withSubcommands(sub));
    }
    return all;
  }

  /** A writer onto a print stream that keeps the stream's own character encoding. */
  private static PrintWriter writer(PrintStream stream) {
    return new PrintWriter(
        new Writer() {
          @Override
          public void write(char[] chars, int offset, int length) {
            stream.print(new String(chars, offset, length));
          }

          @Override
          public void flush() {
            stream.flush();
          }

          @Override
          public void close() {
            stream.flush();
          }
        },
        true);
  }
}
