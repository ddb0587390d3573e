package dev.timeline.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/** Entry point, and the one factory that builds the command line for {@code main} and for tests. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new StdoutWriter(), false);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        dev.timeline.store.Trace.mark("main");
        int code = run(commandLine(out, err, System.getenv()), args);
        dev.timeline.store.Trace.mark("done");
        err.flush();
        System.exit(code);
    }

    /**
     * Runs {@code args}, ends the run (a cache being written is finished) and flushes stdout, turning a failed
     * final flush into the right exit code. Tests run commands through this too.
     */
    public static int run(CommandLine cmd, String... args) {
        int code;
        try {
            code = cmd.execute(args);
        } finally {
            ((TimelineCommand) cmd.getCommand()).close();
        }
        try {
            cmd.getOut().flush();
        } catch (StdoutWriter.OutputFailure e) {
            if (e.brokenPipe()) {
                return code;
            }
            cmd.getErr().println("timeline: cannot write to standard output: " + e.getMessage());
            return ExitCode.DATA;
        }
        return code;
    }

    /**
     * Builds the command line with its handlers, converters and writers.
     *
     * @param out stdout
     * @param err stderr
     * @param env the environment (TIMELINE_DATA, COLUMNS, ...); tests pass their own
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> env) {
        ErrorHandler errors = new ErrorHandler();
        CommandLine cmd = new CommandLine(new TimelineCommand(env));
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler(errors);
        cmd.setParameterExceptionHandler(errors);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setAbbreviatedOptionsAllowed(false);
        return cmd;
    }

}
