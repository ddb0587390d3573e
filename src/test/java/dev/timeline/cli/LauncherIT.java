package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the launcher the README tells users to run, as a process, from another directory. */
class LauncherIT {

    static final Path PROJECT = Path.of(System.getProperty("timeline.project.dir", ".")).toAbsolutePath().normalize();

    record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }

    @TempDir
    Path cwd;

    static Run bash(Path cwd, String script) throws IOException, InterruptedException {
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        Process process = new ProcessBuilder("bash", "-c", script)
                .directory(cwd.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished in time: " + script).isTrue();
        Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    private static String launcher() {
        return "'" + PROJECT.resolve("scripts/timeline") + "'";
    }

    @Test
    void listsFromAnotherDirectory() throws Exception {
        Run run = bash(cwd, launcher() + " list --from 2023-03-01 --to 2023-03-31 --actor Israel");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Tel Aviv").doesNotContain("2023-01-27");
        assertThat(run.err()).as(run.toString()).isEmpty();
    }

    @Test
    void relativeOutputPathsAreTheCallers() throws Exception {
        Run run = bash(cwd, launcher() + " export --format csv --actor Azerbaijan -o az.csv");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(Files.readString(cwd.resolve("az.csv"))).startsWith(
                "id,date,start,end,type,title,actors,place,country,fatalities,sources,summary\r\n");
    }

    @Test
    void aClosedPipeEndsQuietly() throws Exception {
        Run run = bash(cwd, launcher() + " list | head -1; exit ${PIPESTATUS[0]}");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out().lines()).hasSize(1);
        assertThat(run.err()).as(run.toString()).isEmpty();
    }

    @Test
    void aFullDiskIsAnError() throws Exception {
        Run run = bash(cwd, launcher() + " list > /dev/full");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).as(run.toString()).startsWith("timeline: cannot write to standard output: ");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void exitCodesReachTheShell() throws Exception {
        assertThat(bash(cwd, launcher() + " list --from 2023-13-01").exitCode()).isEqualTo(2);
        assertThat(bash(cwd, launcher() + " list --data missing.json").exitCode()).isEqualTo(1);
    }

    /** Two processes indexing the same big file at once both answer right, and leave one good cached index. */
    @Test
    void twoProcessesIndexingAtOnce() throws Exception {
        Path events = cwd.resolve("events.jsonl");
        dev.timeline.tools.GenerateEvents.write(events, 20_000, 3, false);
        String query = launcher() + " export --data events.jsonl --in 2010 --actor Iran";
        String env = "XDG_CACHE_HOME='" + cwd.resolve("cache") + "' ";
        Run both = bash(cwd, "(" + env + query + " > a.csv) & (" + env + query + " > b.csv) & wait");
        assertThat(both.err()).as(both.toString()).isEmpty();
        String expected = bash(cwd, query + " --no-cache").out();
        assertThat(expected.lines().count()).isGreaterThan(10);
        assertThat(Files.readString(cwd.resolve("a.csv"))).isEqualTo(expected);
        assertThat(Files.readString(cwd.resolve("b.csv"))).isEqualTo(expected);
        Run cached = bash(cwd, env + "TIMELINE_TRACE=1 " + query);
        assertThat(cached.out()).isEqualTo(expected);
        assertThat(cached.err()).contains("cache hit");
    }

    /** The start-up cache (class-data archive or AOT cache) is made for the jar it serves, again when it changes. */
    @Test
    void theStartUpCacheFollowsTheJar() throws Exception {
        Path jar = PROJECT.resolve("target/timeline.jar");
        assertThat(bash(cwd, launcher() + " --version").exitCode()).isZero();
        List<String> before = cacheKeys();
        long size = Files.size(jar);
        assertThat(before).anyMatch(k -> k.startsWith(size + " "));
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(jar).toMillis() + 2000));
        Run run = bash(cwd, launcher() + " list --limit 1");
        assertThat(run.err()).as(run.toString()).isEmpty();
        List<String> after = cacheKeys();
        after.removeAll(before);
        assertThat(after).singleElement().asString().startsWith(Files.size(jar) + " ");
    }

    /** The keys of the start-up caches: the jar's size and time, then the JDK and the jar's path. */
    private static List<String> cacheKeys() throws IOException {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.list(PROJECT.resolve("target/start"))) {
            for (Path key : files.filter(f -> f.toString().endsWith(".key")).toList()) {
                keys.add(Files.readString(key).strip());
            }
        }
        return keys;
    }

    /**
     * The launcher picks the mechanism from the JDK it runs: an AppCDS archive on 17, an AOT cache on 25 (when one
     * is installed here), one cache per JDK side by side, and the application's classes then come from it.
     */
    @Test
    void eachJdkGetsItsOwnStartUpCacheAndUsesIt() throws Exception {
        Path jdk17 = Path.of(System.getProperty("java.home"));
        Path jdk25 = Path.of(System.getProperty("timeline.jdk25", "/usr/lib/jvm/temurin-25-jdk-amd64"));
        assertLoadsFromCache(jdk17, ".jsa");
        if (Files.isExecutable(jdk25.resolve("bin/java"))) {
            assertLoadsFromCache(jdk25, ".aot");
            assertLoadsFromCache(jdk17, ".jsa"); // still there: the 25 run did not replace it
        } else {
            System.err.println("SKIPPED the JDK 25 AOT cache check: no JDK at " + jdk25);
        }
    }

    private void assertLoadsFromCache(Path jdk, String suffix) throws Exception {
        Path log = cwd.resolve("classes" + suffix + ".log");
        String run = "JAVA_HOME='" + jdk + "' TIMELINE_JAVA_OPTS='-Xlog:class+load:file=" + log + "' " + launcher()
                + " list --limit 1";
        Run first = bash(cwd, run);
        assertThat(first.exitCode()).as(first.toString()).isZero();
        Run second = bash(cwd, run);
        assertThat(second.err()).as(second.toString()).isEmpty();
        try (Stream<Path> files = Files.list(PROJECT.resolve("target/start"))) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(f -> f.endsWith(suffix));
        }
        assertThat(Files.readAllLines(log)).filteredOn(l -> l.contains(" dev.timeline.cli.Main "))
                .singleElement().asString().contains("source: shared objects file");
    }

    /**
     * The build gives picocli's Java 5 classes stack map frames (ShareableClasses): the JVM verifies them with the
     * type-checking verifier, never failing over to the old one, whose classes neither AppCDS nor the AOT cache keep.
     */
    @Test
    void picocliVerifiesWithoutTheOldVerifier() throws Exception {
        Path log = cwd.resolve("verification.log");
        Run run = bash(cwd, "java -Xshare:off -Xlog:verification=info:file='" + log + "' -jar '"
                + PROJECT.resolve("target/timeline.jar") + "' list --from 2023-13 2>/dev/null; java -Xshare:off "
                + "-Xlog:verification=info:file='" + log + ".2' -jar '" + PROJECT.resolve("target/timeline.jar")
                + "' export --help >/dev/null");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> lines = new ArrayList<>(Files.readAllLines(log));
        lines.addAll(Files.readAllLines(Path.of(log + ".2")));
        assertThat(lines).anyMatch(l -> l.contains("Verifying class picocli.CommandLine with new format"));
        assertThat(lines).noneMatch(l -> l.contains("Fail over")).noneMatch(l -> l.contains("old format"));
    }

    /** A fresh copy without a jar: the launcher builds it, saying so in one line, then runs. */
    @Test
    void buildsItselfWhenTheJarIsMissing() throws Exception {
        Path copy = cwd.resolve("checkout");
        for (String part : List.of("pom.xml", "mvnw", ".mvn", "src", "data", "scripts")) {
            copyTree(PROJECT.resolve(part), copy.resolve(part));
        }
        Run run = bash(cwd, "'" + copy.resolve("scripts/timeline") + "' --version");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("timeline ");
        assertThat(run.err().lines().toList()).as(run.toString()).singleElement()
                .asString().startsWith("timeline: building");
        Run again = bash(cwd, "'" + copy.resolve("scripts/timeline") + "' --version");
        assertThat(again.err()).as(again.toString()).isEmpty();

        // an edit in place (the folder's time does not change): the next run builds again and runs the edit
        Path source;
        try (Stream<Path> files = Files.walk(copy.resolve("src/main/java"))) {
            source = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return Files.readString(f).contains("\"timeline \"");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).findFirst().orElseThrow(); // the one that prints the version line
        }
        String text = Files.readString(source);
        Files.writeString(source, text.replace("\"timeline \"", "\"timeline (edited) \""));
        Run edited = bash(cwd, "'" + copy.resolve("scripts/timeline") + "' --version");
        assertThat(edited.exitCode()).as(edited.toString()).isZero();
        assertThat(edited.err().lines().toList()).as(edited.toString()).singleElement()
                .asString().startsWith("timeline: building");
        assertThat(edited.out()).startsWith("timeline (edited) ");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(paths::add);
        }
        for (Path path : paths) {
            Path target = to.resolve(from.relativize(path).toString());
            if (Files.isDirectory(path)) {
                Files.createDirectories(target);
            } else {
                Files.createDirectories(target.getParent());
                Files.copy(path, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }
}
