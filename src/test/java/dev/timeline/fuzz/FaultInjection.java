package dev.timeline.fuzz;

import dev.timeline.cli.Main;
import dev.timeline.tools.GenerateEvents;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The fault-injection run of issue 11, repeatable ({@code scripts/fault-injection [--size N] [--seed S]}): mutated
 * inputs of every format, damaged caches (raw and re-checksummed), same-size edits, kill -9 and Ctrl-C during
 * writes, hostile text through every terminal view. It counts, per part:
 *
 * <ul>
 * <li>wrong: an answer that differs from what the input means (a meaning-preserving mutation answered
 *     differently, a damaged cache changing the answer or failing on good data, a known answer missed, a torn
 *     output file);
 * <li>crash: anything but the project's own error: a stack trace, an exception class name, "internal error", an
 *     exit code other than 0, 1 or 2, a Throwable out of {@code Main.run};
 * <li>control: output for a person holding ESC, BEL, NUL, DEL, another C0/C1 control or a bidi override that came
 *     from the data (colour is off: NO_COLOR, so the tool emits none of its own);
 * <li>stale: an answer from an index of the file as it was before a same-size edit;
 * <li>left: files left in an output or cache folder after an interrupted write (after a kill -9: once the same
 *     target has been written again);
 * <li>hang: a run over its time limit;
 * <li>msg: an error that is not one line a problem, or shows library internals.
 * </ul>
 *
 * Most runs are in-process through the same {@code CommandLine} factory as {@code main} (thousands of JVM starts
 * would take an hour); the interruptions run the real launcher's jar as separate processes. Exit status: 0 when
 * every count is 0, 1 otherwise.
 */
public final class FaultInjection {

    static final String[] COLUMNS = {"runs", "wrong", "crash", "control", "stale", "left", "hang", "msg"};

    private final Map<String, long[]> table = new LinkedHashMap<>();
    private final List<String> examples = new ArrayList<>();
    private final Random random;
    private final int size;
    private final Path work;
    private final Path jar;
    private final ExecutorService runner = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fault-injection-run");
        t.setDaemon(true);
        return t;
    });

    FaultInjection(int size, long seed, Path work, Path jar) {
        this.size = size;
        this.random = new Random(seed);
        this.work = work;
        this.jar = jar;
    }

    public static void main(String[] args) throws Exception {
        int size = 1;
        long seed = 20261201L;
        Path jar = Path.of("target/timeline.jar");
        Set<String> only = Set.of();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--size" -> size = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--jar" -> jar = Path.of(args[++i]);
                case "--only" -> only = Set.of(args[++i].split(","));
                default -> {
                    System.err.println("fault-injection: unknown argument '" + args[i] + "'; expected --size N, "
                            + "--seed S, --jar FILE, --only mutants,caches,edits,interrupts,hostile,answers");
                    System.exit(2);
                }
            }
        }
        Path work = Files.createTempDirectory("timeline-fault-injection");
        FaultInjection run = new FaultInjection(size, seed, work, jar);
        long started = System.nanoTime();
        try {
            Parts parts = new Parts(run);
            for (String part : List.of("mutants", "caches", "edits", "interrupts", "hostile", "answers")) {
                if (only.isEmpty() || only.contains(part)) {
                    parts.run(part);
                }
            }
        } finally {
            deleteTree(work);
        }
        System.out.println(run.report(seed, (System.nanoTime() - started) / 1_000_000_000));
        System.exit(run.clean() ? 0 : 1);
    }

    // ---- counting ----

    void count(String part, String column, String example) {
        long[] row = table.computeIfAbsent(part, p -> new long[COLUMNS.length]);
        for (int i = 0; i < COLUMNS.length; i++) {
            if (COLUMNS[i].equals(column)) {
                row[i]++;
            }
        }
        if (example != null && !column.equals("runs")) {
            long same = examples.stream().filter(e -> e.startsWith(part + " " + column + ":")).count();
            if (same < 3) {
                examples.add(part + " " + column + ": " + oneLine(example.replace(work.toString(), "$W")));
            }
        }
    }

    void ran(String part) {
        count(part, "runs", null);
    }

    boolean clean() {
        return table.values().stream().allMatch(row -> {
            for (int i = 1; i < row.length; i++) {
                if (row[i] != 0) {
                    return false;
                }
            }
            return true;
        });
    }

    String report(long seed, long seconds) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%-24s", "part"));
        for (String c : COLUMNS) {
            b.append(String.format("%9s", c));
        }
        b.append('\n');
        long[] total = new long[COLUMNS.length];
        table.forEach((part, row) -> {
            b.append(String.format("%-24s", part));
            for (int i = 0; i < row.length; i++) {
                b.append(String.format("%9d", row[i]));
                total[i] += row[i];
            }
            b.append('\n');
        });
        b.append(String.format("%-24s", "total"));
        for (long t : total) {
            b.append(String.format("%9d", t));
        }
        b.append("\n\nsize ").append(size).append(", seed ").append(seed).append(", ").append(seconds).append(" s\n");
        if (!examples.isEmpty()) {
            b.append("examples (at most 3 per part and count):\n");
            examples.forEach(e -> b.append("  ").append(e).append('\n'));
        }
        return b.toString();
    }

    static String oneLine(String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().limit(300).forEach(c -> {
            if (c == '\n') {
                b.append("\\n");
            } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || (c >= 0x202a && c <= 0x202e)
                    || (c >= 0x2066 && c <= 0x2069)) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    // ---- running the tool in-process ----

    /** What one in-process run printed; {@code thrown} is a Throwable that escaped {@code Main.run}. */
    record Run(int exit, String out, String err, Throwable thrown, boolean hung, String command) {
        String show() {
            return "err: " + (err.length() > 160 ? err.substring(0, 160) + "…" : err.strip()) + " | " + command
                    + " -> exit " + exit + (thrown != null ? " threw " + thrown : "") + (hung ? " HUNG" : "")
                    + " | out: " + (out.length() > 80 ? out.substring(0, 80) + "…" : out);
        }
    }

    Run run(Map<String, String> env, String... args) {
        Map<String, String> environment = new HashMap<>(Map.of("COLUMNS", "100", "NO_COLOR", "1",
                "XDG_CONFIG_HOME", work.resolve("no-config").toString(), "XDG_CACHE_HOME",
                work.resolve("cache").toString(), "HOME", work.resolve("home").toString()));
        environment.putAll(env);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String command = "timeline " + String.join(" ", args);
        Future<Integer> future = runner.submit(() -> {
            CommandLine cmd = Main.commandLine(new PrintWriter(out), new PrintWriter(err), environment, args);
            try {
                return Main.run(cmd, args);
            } finally {
                cmd.getOut().flush();
                cmd.getErr().flush();
            }
        });
        try {
            int exit = future.get(20, TimeUnit.SECONDS);
            return new Run(exit, out.toString(), err.toString(), null, false, command);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Run(-1, out.toString(), err.toString(), null, true, command);
        } catch (java.util.concurrent.ExecutionException e) {
            return new Run(-1, out.toString(), err.toString(), e.getCause(), false, command);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Counts what is wrong with how {@code r} ended, whatever it answered: a crash, a hang, a bad message,
     * control bytes (when {@code terminal}: output meant for a person). Returns whether it ended well.
     */
    boolean judge(String part, Run r, boolean terminal) {
        ran(part);
        if (r.hung()) {
            count(part, "hang", r.show());
            return false;
        }
        String crash = r.thrown() != null ? r.thrown().toString() : r.exit() < 0 || r.exit() > 2
                ? "exit " + r.exit() : Crash.signs(r.err()) != null ? Crash.signs(r.err())
                : Crash.signs(r.out()) != null && r.out().contains("\tat ") ? Crash.signs(r.out()) : null;
        if (crash != null) {
            count(part, "crash", crash + " | " + r.show());
            return false;
        }
        if (r.exit() != 0) {
            String why = Messages.problem(r.err());
            if (why != null) {
                count(part, "msg", why + " | " + r.show());
            }
        }
        if (terminal) {
            String control = Controls.find(r.out() + r.err());
            if (control != null) {
                count(part, "control", control + " | " + r.show());
            }
        }
        return true;
    }

    // ---- files ----

    Path work() {
        return work;
    }

    Path jar() {
        return jar;
    }

    Random random() {
        return random;
    }

    int size() {
        return size;
    }

    Path write(String name, byte[] bytes) throws IOException {
        Path file = work.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static void keepTime(Path file, FileTime time) throws IOException {
        Files.setLastModifiedTime(file, time);
    }

    static void moveOver(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static void generate(Path file, long count, long seed, boolean acled) throws IOException {
        GenerateEvents.write(file, count, seed, acled);
    }
}
