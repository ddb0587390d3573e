package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.support.Cli;
import dev.timeline.support.Cli.Result;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Where output goes: a standard output that fails, -o - and /dev/stdout, an empty -o, --bom. */
class OutputTargetsTest {

    @TempDir
    Path dir;

    /** A standard output that fails as {@code > /dev/full} or {@code >&-} does. */
    static final class Failing extends OutputStream {
        private final String message;

        Failing(String message) {
            this.message = message;
        }

        @Override
        public void write(int b) throws IOException {
            throw new IOException(message);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException(message);
        }
    }

    static Stream<Arguments> helpToAFailingStdout() {
        return Stream.of(
            Arguments.of("--version", "No space left on device", "no space left on device"),
            Arguments.of("--help", "No space left on device", "no space left on device"),
            Arguments.of("help list", "No space left on device", "no space left on device"),
            Arguments.of("list --help", "Bad file descriptor", "standard output is closed"),
            Arguments.of("--version", "Bad file descriptor", "standard output is closed"),
            Arguments.of("list", "No space left on device", "no space left on device"));
    }

    @ParameterizedTest
    @MethodSource
    void helpToAFailingStdout(String args, String failure, String reason) {
        StringWriter err = new StringWriter();
        PrintWriter out = new StdoutWriter.Printer(new StdoutWriter(new Failing(failure)));
        String[] words = args.split(" ");
        CommandLine cmd = Main.commandLine(out, new PrintWriter(err, true), Map.of("COLUMNS", "100",
                "XDG_CONFIG_HOME", "/nonexistent"), words);
        int code = Main.run(cmd, words);
        assertThat(code).as(err.toString()).isEqualTo(ExitCode.DATA);
        assertThat(err.toString()).isEqualTo("timeline: cannot write to standard output: " + reason
                + System.lineSeparator());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "/dev/stdout"})
    void dashAndDevStdoutAreStandardOutput(String target) {
        Result toStdout = new Cli().run("export", "--actor", "IRGC", "-o", target);
        assertThat(toStdout.exitCode()).as(toStdout.toString()).isZero();
        assertThat(toStdout.out()).isEqualTo(new Cli().run("export", "--actor", "IRGC").out()).contains("irgc");
    }

    @Test
    void importWritesToStdoutWithDash() {
        String data = Path.of(System.getProperty("timeline.project.dir", ".")).resolve("data/caucasus.json").toString();
        Result result = new Cli().run("import", data, "-o", "-");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("{").contains("\"embassy-attack-tehran\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"export", "list", "stats", "import data/caucasus.json"})
    void anEmptyOutputIsAUsageError(String command) {
        String[] words = (command + " -o").split(" ");
        String[] args = java.util.Arrays.copyOf(words, words.length + 1);
        args[words.length] = "";
        if (command.startsWith("import")) {
            args[1] = Path.of(System.getProperty("timeline.project.dir", ".")).resolve(args[1]).toString();
        }
        Result result = new Cli().run(args);
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("the file name is empty").doesNotContain("directory").hasLineCount(1);
    }

    @Test
    void bomStartsACsvAndATsv() throws IOException {
        for (String format : new String[] {"csv", "tsv"}) {
            Path file = dir.resolve("e." + format);
            Result result = new Cli().run("export", "--format", format, "--bom", "-o", file.toString());
            assertThat(result.exitCode()).as(result.toString()).isZero();
            byte[] bytes = Files.readAllBytes(file);
            assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
            String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
            assertThat(text).isEqualTo(new Cli().run("export", "--format", format).out());
        }
        assertThat(new Cli().run("export", "--format", "csv").out()).doesNotStartWith("\uFEFF");
    }

    @Test
    void bomIsOnlyForCsvAndTsv() {
        Result result = new Cli().run("export", "--format", "json", "--bom");
        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("--bom applies to csv and tsv");
    }

    @Test
    void xlsxNeedsAByteStream() {
        Result result = new Cli().run("export", "--format", "xlsx");
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("-o FILE").hasLineCount(1);
    }
}
