package dev.timeline.cli;

import dev.timeline.input.IndexPrefetch;
import dev.timeline.io.Trace;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;

/** Entry point, and the one factory that builds the command line for {@code main} and for tests. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new StdoutWriter.Printer(new StdoutWriter());
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        Map<String, String> env = System.getenv();
        Trace trace = StderrTrace.of(env, err);
        trace.mark("main");
        IndexPrefetch prefetch = prefetch(args, env);
        CommandLine cmd = commandLine(out, err, env, prefetch, args);
        trace.mark("command line built");
        int code = run(cmd, args);
        trace.mark("done");
        err.flush();
        System.exit(code);
    }

    /**
     * For a query over a data file (list or export with --data or TIMELINE_DATA, the cache not turned off),
     * starts loading its cached index while picocli parses the arguments; else null. A guess from the raw
     * arguments: {@link IndexPrefetch} is safe when it is wrong.
     */
    static IndexPrefetch prefetch(String[] args, Map<String, String> env) {
        String command = subcommand(args);
        if (!"list".equals(command) && !"export".equals(command)) {
            return null;
        }
        List<String> data = new ArrayList<>();
        if (System.getProperty("spark.master") != null) {
            return null; // under spark-submit: Spark reads the data
        }
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--no-cache") || args[i].equals("--") || args[i].equals("--engine=spark")
                    || args[i].equals("--engine") && i + 1 < args.length && args[i + 1].equals("spark")) {
                return null;
            }
            if (args[i].equals("--data") && i + 1 < args.length) {
                data.add(args[++i]);
            } else if (args[i].startsWith("--data=")) {
                data.add(args[i].substring("--data=".length()));
            }
        }
        String fromEnv = env.get("TIMELINE_DATA");
        if (data.isEmpty() && fromEnv != null && !fromEnv.isBlank()) {
            data = TimelineCommand.pathList(fromEnv);
        }
        if (data.size() != 1 || data.get(0).isBlank()) {
            return null; // several files: each opens its own index
        }
        try {
            return IndexPrefetch.start(Path.of(data.get(0)), env);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** The subcommand {@code args} run (the first word that is not a root option or its value), or null. */
    static String subcommand(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--data") || arg.equals("--actor-map") || arg.equals("--engine") || arg.equals("--master")) {
                i++; // its value, which may be any word
            } else if (!arg.startsWith("-")) {
                return CommandModels.isCommand(arg) ? arg : null;
            }
        }
        return null;
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
            return outputFailed(cmd, e, code);
        }
        return code;
    }

    /** A closed pipe keeps {@code code} (the reader has what it wanted); any other failure is one line, exit 1. */
    private static int outputFailed(CommandLine cmd, StdoutWriter.OutputFailure e, int code) {
        if (e.brokenPipe()) {
            return code;
        }
        cmd.getErr().println("timeline: cannot write to standard output: " + e.reason());
        cmd.getErr().flush();
        return ExitCode.DATA;
    }

    /**
     * Gives {@code --data} the help its formats build ({@link TimelineCommand#dataHelp}), before any subcommand
     * is added: they inherit the option as it is then.
     */
    private static void describeData(CommandSpec root) {
        OptionSpec data = root.findOption("--data");
        String[] lines = data.description().clone();
        lines[0] = TimelineCommand.dataHelp();
        root.remove(data);
        root.addOption(data.toBuilder().description(lines).build());
    }

    /**
     * Builds the command line with its handlers, converters and writers.
     *
     * @param out stdout
     * @param err stderr
     * @param env the environment (TIMELINE_DATA, COLUMNS, ...); tests pass their own
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> env) {
        return commandLine(out, err, env, (String[]) null);
    }

    /**
     * As {@link #commandLine(PrintWriter, PrintWriter, Map)}, for these arguments: when they name one subcommand
     * (list, export, import) only that one is built. A command's model comes from code generated at build time
     * ({@link CommandModels}); where picocli builds one by reflection instead, that is about
     * 20 ms a command on a cold JVM, so a run pays only for the command it runs; root help, {@code help} and
     * anything unclear get them all.
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> env,
            String... args) {
        return commandLine(out, err, env, null, args);
    }

    private static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> env,
            IndexPrefetch prefetch, String... args) {
        ErrorHandler errors = new ErrorHandler();
        CommandLine cmd = new CommandLine(CommandModels.root(new TimelineCommand(env, prefetch)));
        describeData(cmd.getCommandSpec());
        String picked = args == null ? null : subcommand(args);
        // help and completion describe every command
        String only = "help".equals(picked) || "completion".equals(picked) ? null : picked;
        for (String name : CommandModels.names()) {
            if (only == null || only.equals(name)) {
                cmd.addSubcommand(name, CommandModels.command(name));
            }
        }
        Converters.registerAll(cmd);
        OutputOptions.describeFormats(cmd);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler(errors);
        // picocli prints --help and --version itself, outside the execution handler, and would print the stack
        // trace of a failed write (> /dev/full): catch it here, into the one error path
        cmd.setExecutionStrategy(new CommandLine.IExecutionStrategy() {
            @Override
            public int execute(CommandLine.ParseResult parsed) {
                try {
                    return new CommandLine.RunLast().execute(parsed);
                } catch (StdoutWriter.OutputFailure e) {
                    return outputFailed(cmd, e, ExitCode.OK);
                }
            }
        });
        cmd.setParameterExceptionHandler(errors);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setAbbreviatedOptionsAllowed(false);
        return cmd;
    }

}
