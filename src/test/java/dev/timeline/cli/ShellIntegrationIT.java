package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.cli.LauncherIT.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scripts/install into a prefix, then the installed command, man page and bash completion; then --uninstall. */
class ShellIntegrationIT {

    @TempDir
    Path tmp;

    @Test
    void installUseAndUninstall() throws Exception {
        Path prefix = tmp.resolve("x");
        Path install = LauncherIT.PROJECT.resolve("scripts/install");
        Run installed = LauncherIT.bash(tmp, "'" + install + "' --prefix '" + prefix + "'");
        assertThat(installed.exitCode()).as(installed.toString()).isZero();
        assertThat(prefix.resolve("bin/timeline")).isExecutable();
        assertThat(prefix.resolve("share/man/man1/timeline-list.1")).exists();
        assertThat(prefix.resolve("share/bash-completion/completions/timeline")).exists();

        // the installed copy never builds; its start-up cache goes to the user's cache folder, one per prefix
        Path cache = tmp.resolve("cache");
        Run list = LauncherIT.bash(tmp, "XDG_CACHE_HOME='" + cache + "' '" + prefix.resolve("bin/timeline")
                + "' list --actor IRGC");
        assertThat(list.exitCode()).as(list.toString()).isZero();
        assertThat(list.out()).contains("IRGC stages large exercises");
        assertThat(list.err()).as(list.toString()).isEmpty();
        try (Stream<Path> files = Files.list(cache.resolve("timeline/start" + prefix))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .anyMatch(f -> f.endsWith(".jsa") || f.endsWith(".aot"));
        }

        Run man = LauncherIT.bash(tmp, "command -v man >/dev/null || exit 99; MANWIDTH=80 man -l '"
                + prefix.resolve("share/man/man1/timeline-list.1") + "'");
        if (man.exitCode() == 99) {
            String reason = "man is not installed here (.ci/run installs man-db)";
            assertThat(Boolean.getBoolean("timeline.tools.required")).as(reason).isFalse();
            System.err.println("SKIPPED man -l check: " + reason);
        } else {
            assertThat(man.exitCode()).as(man.toString()).isZero();
            assertThat(man.out()).contains("timeline-list", "--actor=NAME", "Example: --from 2023-01");
        }

        // bash completion of `timeline list --actor Az<TAB>`, with the installed command on the PATH
        String complete = "export PATH='" + prefix.resolve("bin") + "':$PATH; source '"
                + prefix.resolve("share/bash-completion/completions/timeline") + "'; "
                + "t() { COMP_WORDS=(\"$@\"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMP_LINE=\"$*\"; "
                + "COMP_POINT=${#COMP_LINE}; COMPREPLY=(); _complete_timeline 2>/dev/null; echo \"${COMPREPLY[*]}\"; }; "
                + "t timeline list --actor Az; t timeline st; t timeline list --format ic; t timeline show mp-; "
                + "t timeline list --with Isr";
        Run completions = LauncherIT.bash(tmp, complete);
        assertThat(completions.exitCode()).as(completions.toString()).isZero();
        assertThat(completions.out().lines().toList()).containsExactly("Azerbaijan", "stats", "ics",
                "mp-fazil-mustafa-shot", "Israel");

        Run uninstalled = LauncherIT.bash(tmp, "'" + install + "' --uninstall --prefix '" + prefix + "'");
        assertThat(uninstalled.exitCode()).as(uninstalled.toString()).isZero();
        assertThat(prefix).doesNotExist();
    }

    @Test
    void uninstallKeepsWhatWasThereBefore() throws Exception {
        Path prefix = tmp.resolve("y");
        Files.createDirectories(prefix.resolve("bin"));
        Files.writeString(prefix.resolve("bin/other"), "keep me");
        List<Path> before = listing(prefix);
        Path install = LauncherIT.PROJECT.resolve("scripts/install");
        assertThat(LauncherIT.bash(tmp, "'" + install + "' --prefix '" + prefix + "'").exitCode()).isZero();
        assertThat(LauncherIT.bash(tmp, "'" + install + "' --prefix '" + prefix + "'").exitCode())
                .as("reinstalling over an install").isZero();
        assertThat(LauncherIT.bash(tmp, "'" + install + "' --uninstall --prefix '" + prefix + "'").exitCode())
                .isZero();
        assertThat(listing(prefix)).isEqualTo(before);
        Run again = LauncherIT.bash(tmp, "'" + install + "' --uninstall --prefix '" + prefix + "'");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("nothing to uninstall");
    }

    private static List<Path> listing(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.sorted().toList();
        }
    }
}
