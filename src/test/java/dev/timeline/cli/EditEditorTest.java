package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.dataset.DatasetReader;
import dev.timeline.support.Cli;
import dev.timeline.support.Cli.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code edit --editor} with EDITOR set to scripts that edit, break, empty or leave the buffer. */
class EditEditorTest {

    private final Cli cli = new Cli();

    @TempDir
    Path dir;

    Path file;

    @BeforeEach
    void start() {
        file = dir.resolve("mine.json");
        ok("init", file.toString());
        ok("actors", "add", file.toString(), "--name", "Iran", "--kind", "state");
        ok("add", "--data", file.toString(), "--date", "2023-04-13", "--title", "Baku wants good ties", "--type",
                "statement", "--actor", "Iran:target", "--source", "X@2023-04-13");
    }

    private Result ok(String... args) {
        Result result = cli.run(args);
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result;
    }

    private String editor(String name, String body) throws IOException {
        Path script = dir.resolve(name);
        Files.writeString(script, "#!/bin/sh\nset -e\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script.toString();
    }

    @Test
    void whatTheEditorSavesIsWrittenAndOnlyThatEventChanges() throws IOException {
        cli.env("EDITOR", editor("edit.sh", "sed -i 's/Baku wants good ties/Edited in the editor/' \"$1\""));
        String before = Files.readString(file);
        Result result = ok("edit", file.toString(), "2023-04-13", "--editor");
        assertThat(DatasetReader.read(file).events().get(0).title()).isEqualTo("Edited in the editor");
        assertThat(Files.readString(file)).isEqualTo(before.replace("Baku wants good ties", "Edited in the editor"));
        assertThat(result.err()).contains("edited '2023-04-13-baku-wants-good-ties'");
    }

    @Test
    void visualWinsOverEditor() throws IOException {
        cli.env("EDITOR", editor("empty.sh", ": > \"$1\""));
        cli.env("VISUAL", editor("edit.sh", "sed -i 's/Baku wants good ties/By VISUAL/' \"$1\""));
        ok("edit", file.toString(), "2023-04-13", "--editor");
        assertThat(DatasetReader.read(file).events().get(0).title()).isEqualTo("By VISUAL");
    }

    @Test
    void aBrokenBufferReopensWithTheProblemAtTheTop() throws IOException {
        Path seen = dir.resolve("second-buffer.txt");
        Path count = dir.resolve("count");
        cli.env("EDITOR", editor("break-then-fix.sh", String.join("\n",
                "if [ ! -f " + count + " ]; then",
                "  touch " + count,
                "  sed -i 's/\"date\": \"2023-04-13\"/\"date\": \"2023-13-45\"/' \"$1\"",
                "else",
                "  cp \"$1\" " + seen,
                "  sed -i 's/\"date\": \"2023-13-45\"/\"date\": \"2023-04\"/' \"$1\"",
                "fi")));
        ok("edit", file.toString(), "2023-04-13", "--editor");
        String second = Files.readString(seen);
        assertThat(second).startsWith("# timeline: the event was not saved:\n#   ");
        assertThat(second.lines().skip(1).findFirst().orElseThrow()).contains("2023-13-45");
        assertThat(second).contains("\"date\": \"2023-13-45\"");
        assertThat(DatasetReader.read(file).events().get(0).date()).hasToString("2023-04");
    }

    @Test
    void aDanglingActorInTheBufferIsAProblemToo() throws IOException {
        Path seen = dir.resolve("second-buffer.txt");
        Path count = dir.resolve("count");
        cli.env("EDITOR", editor("dangle-then-fix.sh", String.join("\n",
                "if [ ! -f " + count + " ]; then touch " + count + "; sed -i 's/\"iran\"/\"nobody\"/' \"$1\";",
                "else cp \"$1\" " + seen + "; sed -i 's/\"nobody\"/\"iran\"/; s/Baku/Baku now/' \"$1\"; fi")));
        ok("edit", file.toString(), "2023-04-13", "--editor");
        assertThat(Files.readString(seen)).startsWith("# timeline:").contains("nobody");
        assertThat(DatasetReader.read(file).events().get(0).title()).startsWith("Baku now");
    }

    @Test
    void anEmptyBufferChangesNothing() throws IOException {
        cli.env("EDITOR", editor("empty.sh", ": > \"$1\""));
        String before = Files.readString(file);
        Result result = ok("edit", file.toString(), "2023-04-13", "--editor");
        assertThat(result.err()).contains("empty; nothing was changed");
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void anUnchangedBufferChangesNothing() throws IOException {
        cli.env("EDITOR", editor("keep.sh", "true"));
        String before = Files.readString(file);
        Result result = ok("edit", file.toString(), "2023-04-13", "--editor");
        assertThat(result.err()).contains("unchanged; nothing was changed");
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void anEditorThatAlwaysBreaksItStopsAfterSomeAttemptsAndChangesNothing() throws IOException {
        cli.env("EDITOR", editor("always-break.sh", "sed -i 's/\"date\": \"[^\"]*\"/\"date\": \"never\"/' \"$1\""));
        String before = Files.readString(file);
        Result result = cli.run("edit", file.toString(), "2023-04-13", "--editor");
        assertThat(result.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(result.err()).contains("refused " + EventEditorSession.ATTEMPTS + " times", "nothing was changed")
                .hasLineCount(1);
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void aFailingEditorChangesNothing() throws IOException {
        cli.env("EDITOR", editor("fail.sh", "exit 3"));
        String before = Files.readString(file);
        Result result = cli.run("edit", file.toString(), "2023-04-13", "--editor");
        assertThat(result.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(result.err()).contains("exited with 3");
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void anotherWritersChangeMeanwhileIsShownAndNotOverwritten() throws IOException {
        Path seen = dir.resolve("second-buffer.txt");
        Path count = dir.resolve("count");
        cli.env("EDITOR", editor("concurrent.sh", String.join("\n",
                "if [ ! -f " + count + " ]; then",
                "  touch " + count,
                "  sed -i 's/\"date\": \"2023-04-13\"/\"date\": \"2023-04-12\"/' " + file, // another writer
                "  sed -i 's/Baku wants good ties/Mine/' \"$1\"",
                "else",
                "  cp \"$1\" " + seen,
                "  sed -i 's/\"date\": \"2023-04-13\"/\"date\": \"2023-04-12\"/' \"$1\"", // merged by hand
                "fi")));
        ok("edit", file.toString(), "2023-04-13", "--editor");
        assertThat(Files.readString(seen)).startsWith("# timeline: the event was not saved:\n#   another writer")
                .contains("#     \"date\": \"2023-04-12\"");
        var event = DatasetReader.read(file).events().get(0);
        assertThat(event.title()).isEqualTo("Mine");
        assertThat(event.date()).hasToString("2023-04-12");
    }
}
