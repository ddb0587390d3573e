package dev.timeline.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * kill -9 and Ctrl-C (SIGINT) during the writes that replace a file: {@code import -o}, {@code export -o} and
 * {@code add}, each a real process of the launcher's jar. After a SIGINT the output folder must hold nothing but
 * the target (whole, or as it was) and a dataset's lock file; after a kill -9, once the same target has been
 * written again.
 */
final class Interrupts {

    private final FaultInjection fi;

    Interrupts(FaultInjection fi) {
        this.fi = fi;
    }

    record Job(String name, String target, List<String> args) {
    }

    void run() throws IOException, InterruptedException {
        String part = "interrupted writes";
        if (!Files.isRegularFile(fi.jar())) {
            fi.count(part, "wrong", "no jar at " + fi.jar() + " (build it: ./mvnw -B -q -DskipTests package)");
            return;
        }
        Path dir = fi.work().resolve("interrupts");
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Path big = dir.resolve("big.jsonl");
        FaultInjection.generate(big, 60_000, 51, false);
        Path curated = out.resolve("curated.json");
        Files.write(curated, Parts.bundled());
        List<Job> jobs = List.of(
                new Job("import", "imported.json", List.of("import", big.toString(), "-o",
                        out.resolve("imported.json").toString())),
                new Job("export", "export.csv", List.of("export", "--data", big.toString(), "--no-cache",
                        "--format", "csv", "-o", out.resolve("export.csv").toString())),
                new Job("add", "curated.json", List.of("add", "--data", curated.toString(), "--id", "ID",
                        "--date", "2023-03-01", "--title", "Added", "--type", "statement")));
        long[] millis = new long[jobs.size()];
        byte[][] whole = new byte[jobs.size()][];
        for (int j = 0; j < jobs.size(); j++) {
            long start = System.nanoTime();
            int exit = process(jobs.get(j), "fi-base-" + j).waitFor();
            millis[j] = (System.nanoTime() - start) / 1_000_000;
            if (exit != 0) {
                fi.count(part, "wrong", "a full run of " + jobs.get(j).name() + " failed: exit " + exit);
            }
            whole[j] = Files.readAllBytes(out.resolve(jobs.get(j).target()));
        }
        int n = 20 * fi.size();
        for (int i = 0; i < n; i++) {
            int j = i % jobs.size();
            Job job = jobs.get(j);
            boolean kill = (i / jobs.size()) % 2 == 0;
            Process p = process(job, "fi-" + i);
            // somewhere in the run, mostly in its second half, where the write is
            Parts.sleep((long) (millis[j] * (0.3 + 0.7 * fi.random().nextDouble())));
            if (kill) {
                p.destroyForcibly();
            } else {
                new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start().waitFor();
            }
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                fi.count(part, "hang", job.name() + " did not end after " + (kill ? "kill -9" : "SIGINT"));
                p.destroyForcibly().waitFor();
            }
            fi.ran(part);
            if (!p.isAlive() && !kill && p.exitValue() != 130 && p.exitValue() != 0 && p.exitValue() != 1) {
                String err = new String(p.getErrorStream().readAllBytes());
                if (Crash.signs(err) != null) {
                    fi.count(part, "crash", job.name() + " on SIGINT: " + err);
                }
            }
            Path target = out.resolve(job.target());
            if (Files.exists(target) && !whole(job, target, whole[j])) {
                fi.count(part, "wrong", job.name() + " left a torn " + job.target() + " after "
                        + (kill ? "kill -9" : "SIGINT"));
                Files.write(target, whole[j]);
            }
            if (kill) {
                Process again = process(job, "fi-again-" + i);
                if (again.waitFor() != 0) {
                    fi.count(part, "wrong", job.name() + " failed after a kill -9: "
                            + new String(again.getErrorStream().readAllBytes()).strip());
                }
            }
            List<String> left = leftovers(out, jobs);
            if (!left.isEmpty()) {
                fi.count(part, "left", left.size() + " file(s) after " + (kill ? "kill -9 and a rerun of "
                        : "SIGINT of ") + job.name() + ": " + left);
                for (String name : left) {
                    Files.deleteIfExists(out.resolve(name));
                }
            }
        }
    }

    /** The target is a whole file: the dataset reads, the export is byte for byte a full run's. */
    private static boolean whole(Job job, Path target, byte[] full) throws IOException {
        if (job.name().equals("export")) {
            return Arrays.equals(Files.readAllBytes(target), full);
        }
        return Parts.readable(target);
    }

    private static List<String> leftovers(Path out, List<Job> jobs) throws IOException {
        Set<String> expected = jobs.stream().map(Job::target).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(out)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> !expected.contains(name) && !name.matches("\\..+\\.lock"))
                    .sorted().toList();
        }
    }

    private Process process(Job job, String id) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-jar",
                fi.jar().toString()));
        for (String arg : job.args()) {
            command.add(arg.equals("ID") ? id : arg);
        }
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("XDG_CACHE_HOME", fi.work().resolve("cache-interrupts").toString());
        pb.environment().put("XDG_CONFIG_HOME", fi.work().resolve("no-config").toString());
        return pb.start();
    }
}
