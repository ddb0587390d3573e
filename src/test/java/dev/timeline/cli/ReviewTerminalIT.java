package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.dataset.DatasetReader;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code timeline review} as a person uses it: the real launcher in a tmux pane (a pseudo-terminal), answers typed
 * as keys after the prompt shows, the screen read back. Accept the first draft, edit the second in $EDITOR, quit
 * at the third: the file keeps the two, and validates.
 */
class ReviewTerminalIT {

    @TempDir
    Path cwd;

    private final String socket = "timeline-review-it-" + ProcessHandle.current().pid();

    @Test
    void acceptEditQuitAtATerminal() throws Exception {
        if (LauncherIT.bash(cwd, "command -v tmux").exitCode() != 0) {
            String reason = "tmux is not installed here (.ci/run installs it)";
            assertThat(Boolean.getBoolean("timeline.tools.required")).as(reason).isFalse();
            System.err.println("SKIPPED ReviewTerminalIT: " + reason);
            return;
        }
        String launcher = "'" + LauncherIT.PROJECT.resolve("scripts/timeline") + "'";
        Files.writeString(cwd.resolve("a.txt"), ReviewCommandTest.ARTICLE);
        Path editor = cwd.resolve("retitle.sh");
        Files.writeString(editor, "#!/bin/sh\nsed -i 's/\"title\": \"[^\"]*\"/\"title\": \"Retitled at the "
                + "terminal\"/' \"$1\"\n");
        Files.setPosixFilePermissions(editor, PosixFilePermissions.fromString("rwx------"));
        LauncherIT.Run setup = LauncherIT.bash(cwd, launcher + " extract a.txt --published 2023-04 --actors '"
                + LauncherIT.PROJECT.resolve("data/caucasus.json") + "' --format dataset -o drafts.json && "
                + launcher + " init mine.json");
        assertThat(setup.exitCode()).as(setup.toString()).isZero();
        try {
            tmux("new-session -d -x 160 -y 60 \"EDITOR='" + editor + "' " + launcher.replace("\"", "\\\"")
                    + " review drafts.json --into mine.json; echo REVIEW-EXIT=\\$?; sleep 60\"");
            waitFor("Draft 1 of 3", "[a/e/s/q]");
            tmux("send-keys -t 0 a Enter");
            waitFor("Draft 2 of 3");
            tmux("send-keys -t 0 e Enter");
            waitFor("Draft 3 of 3");
            tmux("send-keys -t 0 q Enter");
            String screen = waitFor("REVIEW-EXIT=");
            assertThat(screen).contains("REVIEW-EXIT=0", "reviewed 2 of 3 drafts: 2 added to mine.json")
                    .doesNotContain("\u001b");
        } finally {
            LauncherIT.bash(cwd, "tmux -L " + socket + " kill-server");
        }
        Dataset mine = DatasetReader.read(cwd.resolve("mine.json"));
        assertThat(mine.events()).hasSize(2);
        assertThat(mine.events().get(1).title()).isEqualTo("Retitled at the terminal");
        assertThat(mine.events()).allSatisfy(e -> assertThat(e.tags()).doesNotContain("draft"));
        assertThat(mine.events()).extracting(Event::id).doesNotHaveDuplicates();
        LauncherIT.Run validate = LauncherIT.bash(cwd, launcher + " validate mine.json");
        assertThat(validate.exitCode()).as(validate.toString()).isZero();
    }

    private LauncherIT.Run tmux(String args) throws Exception {
        LauncherIT.Run run = LauncherIT.bash(cwd, "tmux -L " + socket + " " + args);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return run;
    }

    /** The pane's text once it shows every one of {@code texts}; fails after a minute (a first run builds the jar). */
    private String waitFor(String... texts) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        String screen = "";
        while (Instant.now().isBefore(deadline)) {
            screen = LauncherIT.bash(cwd, "tmux -L " + socket + " capture-pane -p -J -S -200 -t 0").out();
            String seen = screen;
            if (Arrays.stream(texts).allMatch(seen::contains)) {
                return screen;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the terminal never showed " + String.join(" and ", texts) + "; it shows:\n" + screen);
    }
}
