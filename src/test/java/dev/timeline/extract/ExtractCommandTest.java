package dev.timeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.support.Cli;
import dev.timeline.support.Corpora;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code timeline extract} through the same command line as {@code main}. */
class ExtractCommandTest {

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    @Test
    void writesADraftDatasetThatValidateAccepts() throws IOException {
        Path article = Corpora.require("..", "seed", "article.txt");
        Path out = dir.resolve("drafts.json");
        Cli.Result r = cli.run("extract", article.toString(), "--published", "2023-04", "--actors",
                "data/caucasus.json", "--outlet", "Eurasia Daily Monitor", "--format", "dataset", "-o", out.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        String json = Files.readString(out);
        assertThat(json).contains("\"draft\"", "\"date\": \"2023-01-30~\"", "\"outlet\": \"Caspian News\"",
                "\"outlet\": \"Eurasia Daily Monitor\"");
        Cli.Result v = cli.run("validate", out.toString());
        assertThat(v.exitCode()).as(v.toString()).isZero();
    }

    @Test
    void tableShowsDraftsAndCounts() throws IOException {
        Path article = Corpora.require("..", "seed", "article.txt");
        Cli.Result r = cli.run("extract", article.toString(), "--published", "2023-04", "--actors",
                "data/caucasus.json");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("2023-04-07", "phone-call", "Kioumars Heydari")
                .containsPattern("\\d+ draft events from \\d+ temporal expressions and 16 citations");
    }

    @Test
    void asksForThePublicationDateWhenTheTextStatesNone() throws IOException {
        Path f = write("a.txt", "On March 30, Azerbaijan opened an embassy in Tel Aviv.");
        Cli.Result r = cli.run("extract", f.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("states no publication date", "--published").hasLineCount(1);
    }

    @Test
    void takesAStatedDateline() throws IOException {
        Path f = write("a.txt", "BAKU, April 10, 2023 — On March 30, Azerbaijan opened an embassy in Tel Aviv.");
        Cli.Result r = cli.run("extract", f.toString(), "--format", "timex");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("\"text\":\"March 30\"", "\"value\":\"2023-03-30\"");
    }

    @Test
    void refusesAWrongPublicationDate() throws IOException {
        Path f = write("a.txt", "On March 30, it opened.");
        Cli.Result r = cli.run("extract", f.toString(), "--published", "30/03/2023");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--published", "'30/03/2023'", "YYYY-MM").hasLineCount(1);
    }

    @Test
    void refusesEmptyBinaryHugeAndForeignInputInOneLine() throws IOException {
        Path empty = write("empty.txt", "");
        Path binary = dir.resolve("x.bin");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        Path russian = write("ru.txt", "В четверг, 30 марта, Азербайджан открыл посольство в Тель-Авиве. ".repeat(5));
        Path french = write("fr.txt", ("Le jeudi trente mars, l'Azerbaïdjan a ouvert son ambassade à Tel-Aviv, "
                + "après avoir évité cette décision pendant trois décennies. Une nouvelle guerre des mots entre "
                + "l'Iran et l'Azerbaïdjan commence alors. ").repeat(3));
        for (Object[] c : new Object[][] {{empty, "empty"}, {binary, "binary"}, {huge, "50.0 MB"},
            {russian, "not in English"}, {french, "does not look like English"}}) {
            Cli.Result r = cli.run("extract", c[0].toString(), "--published", "2023-04");
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
            assertThat(r.err()).as(r.toString()).contains((String) c[1]).hasLineCount(1).doesNotContain("Exception");
        }
    }

    @Test
    void saysSoWhenThereAreNoDates() throws IOException {
        Path f = write("a.txt", "The weather is fine and nothing happened at all.");
        Cli.Result r = cli.run("extract", f.toString(), "--published", "2023-04");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains("no dates found");
    }

    @Test
    void readsTheArticleOfAnHtmlPageNotItsScriptsOrNavigation() throws IOException {
        Path f = write("page.html", """
                <!DOCTYPE html><html><head><title>Embassy opens</title>
                <script>var d = "January 1, 2001";</script></head>
                <body><nav>Home | Archive: May 5, 2019</nav>
                <article><p>On March 30, Azerbaijan opened its embassy in Tel Aviv.</p></article>
                <footer>© 2023</footer></body></html>
                """);
        Cli.Result r = cli.run("extract", f.toString(), "--published", "2023-04", "--format", "timex");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("2023-03-30").doesNotContain("2001", "2019");
    }

    @Test
    void takesATimeMlFilesDctAndText() throws IOException {
        Path f = write("doc.tml", """
                <?xml version="1.0" ?>
                <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">\
                19980108</TIMEX3></DCT>
                <TEXT>Stocks <EVENT eid="e1">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday\
                </TIMEX3>.</TEXT></TimeML>
                """);
        Cli.Result r = cli.run("extract", f.toString(), "--format", "timex");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out().strip()).isEqualTo("{\"start\":12,\"end\":21,\"text\":\"yesterday\",\"type\":\"DATE\","
                + "\"value\":\"1998-01-07\",\"edtf\":\"1998-01-07\"}");
    }

    @Test
    void readsStdin() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("Talks began on April 7 (Reuters, April 8)."
                    .getBytes(StandardCharsets.UTF_8)));
            Cli.Result r = cli.run("extract", "-", "--published", "2023-04", "--format", "json", "--outlet", "Wire");
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(r.out()).contains("\"draft\": true", "\"date\": \"2023-04-07\"", "\"outlet\": \"Reuters\"",
                    "\"outlet\": \"Wire\"");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void keepsControlCharactersOfTheTextOffTheTerminal() throws IOException {
        Path f = write("a.txt", "On March 30, \u001b[31mAzerbaijan\u001b[0m opened an embassy.");
        Cli.Result r = cli.run("extract", f.toString(), "--published", "2023-04");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("2023-03-30").doesNotContain("\u001b");
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }
}
