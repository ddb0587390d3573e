package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.support.Corpora;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, point 13, end to end: the real launcher reads standard input and pipes as a shell gives them
 * ({@code --data -}, {@code <(…)}, {@code /dev/stdin}), packed or not, as it reads the file itself.
 */
class PipeInputIT {

    @TempDir
    Path cwd;

    @Test
    void pipesAndStandardInputReadAsTheFile() throws Exception {
        Path sample = Corpora.require("gdelt/20191024143000.export.first100.CSV");
        String launcher = "'" + LauncherIT.PROJECT.resolve("scripts/timeline") + "'";
        String file = "'" + sample + "'";
        String export = launcher + " export --format csv --in 2019-10 --data ";
        LauncherIT.Run plain = LauncherIT.bash(cwd, export + file);
        assertThat(plain.exitCode()).as(plain.toString()).isZero();
        assertThat(plain.out().lines().count()).isGreaterThan(10);
        for (String script : List.of("cat " + file + " | " + export + "-",
                export + "<(cat " + file + ")",
                "cat " + file + " | " + export + "/dev/stdin",
                "gzip -c " + file + " | " + export + "-",
                export + "<(gzip -c " + file + ")")) {
            LauncherIT.Run run = LauncherIT.bash(cwd, script);
            assertThat(run.exitCode()).as(script + "\n" + run).isZero();
            assertThat(run.err()).as(script + "\n" + run).isEmpty();
            assertThat(run.out()).as(script).isEqualTo(plain.out());
        }
    }
}
