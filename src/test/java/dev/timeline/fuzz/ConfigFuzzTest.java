package dev.timeline.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.timeline.support.Cli;
import java.nio.file.Path;

/**
 * The config file, through the command line as a user meets it ({@code TIMELINE_CONFIG} naming the file): the
 * {@code config} command prints the settings, then {@code list} applies them to a fixed dataset. The invariant:
 * exit 0, 1 or 2, never an internal error or a stack trace. Seeds: {@code ConfigFuzzTestInputs/config/}.
 */
class ConfigFuzzTest {

    private static final Path DIR = Harness.folder("config");
    private static final Path FILE = DIR.resolve("config.properties");
    private static final String DATA = Path.of(System.getProperty("timeline.project.dir", "."),
            "src/test/resources/fixtures/small.json").toString();

    @FuzzTest(maxDuration = "60s")
    void config(byte[] input) {
        Harness.write(FILE, input);
        Cli cli = new Cli().env("TIMELINE_CONFIG", FILE.toString());
        check(cli.run("config"));
        check(cli.run("list", "--data", DATA, "--limit", "2"));
    }

    private static void check(Cli.Result result) {
        if (result.exitCode() < 0 || result.exitCode() > 2) {
            throw new AssertionError("exit " + result.exitCode() + "\n" + result);
        }
        if (Crash.signs(result.err()) != null) {
            throw new AssertionError("a crash (" + Crash.signs(result.err()) + ")\n" + result);
        }
    }
}
