package dev.timeline.support;

import dev.timeline.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs the real command line (built by the same factory as {@code main}) with captured stdout and stderr and an
 * environment of the test's choosing.
 */
public final class Cli {

    /** What one run produced. {@link #toString()} shows everything, so failed assertions explain themselves. */
    public record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }

    /** A fixed width, and no config file: a developer's own settings must not change what tests see. */
    private final Map<String, String> env = new HashMap<>(Map.of("COLUMNS", "100", "XDG_CONFIG_HOME",
            "/nonexistent/timeline-test-config"));

    /** Sets an environment variable for the runs that follow. */
    public Cli env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine(new PrintWriter(out), new PrintWriter(err), env, args);
        int code = Main.run(cmd, args);
        cmd.getOut().flush();
        cmd.getErr().flush();
        return new Result(code, out.toString(), err.toString());
    }
}
