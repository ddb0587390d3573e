package dev.timeline.cli;

import dev.timeline.dataset.ChangeRefused;
import dev.timeline.io.DataException;
import dev.timeline.io.Problem;
import dev.timeline.model.Names;
import dev.timeline.query.QueryException;
import dev.timeline.text.TerminalText;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * The one error path: every failure becomes one line per problem on stderr and its exit code; a stack trace only
 * with {@code --verbose}. Messages quote data (a bad value, an unknown name), so all of it passes
 * {@link TerminalText#escape}: control characters from a file reach the terminal as visible escapes.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = escaping(cmd.getErr());
        String message = ex.getMessage();
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            message = unmatchedMessage(unmatched);
        }
        err.println("timeline: " + lowerFirst(message) + " (see '" + cmd.getCommandSpec().qualifiedName()
                + " --help')");
        if (TimelineCommand.verbose(args)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCode.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = escaping(cmd.getErr());
        int code;
        if (ex instanceof StdoutWriter.OutputFailure failure) {
            if (failure.brokenPipe()) {
                return ExitCode.OK; // the reader has what it wanted (`timeline list | head -1`)
            }
            err.println("timeline: cannot write to standard output: " + failure.reason());
            code = ExitCode.DATA;
        } else if (ex instanceof TimelineException e) {
            err.println("timeline: " + e.getMessage());
            code = e.exitCode();
        } else if (ex instanceof QueryException e) {
            err.println("timeline: " + e.getMessage());
            code = ExitCode.USAGE;
        } else if (ex instanceof ChangeRefused e) {
            err.println("timeline: " + e.getMessage());
            code = ExitCode.USAGE;
        } else if (ex instanceof DataException e) {
            for (Problem p : e.problems()) {
                err.println(firstLine(p.line() > 0 ? p.toString() : "timeline: " + p));
            }
            code = ExitCode.DATA;
        } else {
            err.println("timeline: internal error: " + ex + (TimelineCommand.verbose(parseResult.originalArgs()
                    .toArray(String[]::new)) ? "" : " (run with --verbose for details)"));
            code = ExitCode.DATA;
        }
        if (TimelineCommand.verbose(parseResult.originalArgs().toArray(String[]::new))) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** {@code err} with every character written passing {@link TerminalText#escape}. */
    static PrintWriter escaping(PrintWriter err) {
        return new PrintWriter(err) {
            @Override
            public void write(String text, int offset, int length) {
                String safe = TerminalText.escape(text.substring(offset, offset + length));
                super.write(safe, 0, safe.length());
            }

            @Override
            public void write(char[] text, int offset, int length) {
                write(new String(text, offset, length), 0, length);
            }

            @Override
            public void write(int c) {
                write(String.valueOf((char) c), 0, 1);
            }
        };
    }

    private static String unmatchedMessage(CommandLine.UnmatchedArgumentException ex) {
        String message = ex.getMessage().lines().findFirst().orElse("unknown argument");
        CommandLine cmd = ex.getCommandLine();
        List<String> unmatched = ex.getUnmatched();
        if (cmd.getParent() == null && !unmatched.isEmpty() && !unmatched.get(0).startsWith("-")
                && !cmd.getSubcommands().containsKey(unmatched.get(0))) {
            // the first word is not a command: say so, with the nearest command names
            String word = unmatched.get(0);
            List<String> commands = CommandModels.names().stream().filter(c -> !c.startsWith("_"))
                    .toList();
            return "unknown command '" + word + "'" + (Names.closest(word, commands, 3).isEmpty()
                    ? "; expected one of: " + String.join(", ", commands)
                    : " (did you mean " + String.join(" or ", Names.nearest(word, commands, 3).stream()
                            .map(c -> "'" + c + "'").toList()) + "?)");
        }
        List<String> suggestions = ex.getSuggestions();
        if (!suggestions.isEmpty()) {
            message += " (did you mean " + String.join(" or ", suggestions.stream().map(s -> "'" + s + "'")
                    .limit(3).toList()) + "?)";
        }
        return message;
    }

    /** Every message is one line: a second line from a library's text is dropped. */
    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }

    private static String lowerFirst(String text) {
        if (text == null || text.isEmpty()) {
            return "invalid command line";
        }
        String line = text.lines().findFirst().orElse(text);
        return Character.toLowerCase(line.charAt(0)) + line.substring(1);
    }
}
