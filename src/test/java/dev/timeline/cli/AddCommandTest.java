package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.dataset.DatasetReader;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.support.Cli.Result;
import dev.timeline.support.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** export --format dataset, add and validate, in process. */
class AddCommandTest {

    private final Cli cli = new Cli();

    @TempDir
    Path dir;

    Path file;

    @BeforeEach
    void copyOut() {
        file = dir.resolve("my.json");
        Result export = cli.run("export", "--format", "dataset", "-o", file.toString());
        assertThat(export.exitCode()).as(export.toString()).isZero();
    }

    @Test
    void exportingTheWholeDatasetGivesTheBundledFileByteForByte() throws IOException {
        Path bundled = Path.of(System.getProperty("timeline.project.dir", "."), "data/caucasus.json");
        assertThat(Files.readString(file)).isEqualTo(Files.readString(bundled));
    }

    @Test
    void exportingAQueryKeepsTheActorsItNeeds() {
        Path part = dir.resolve("part.json");
        assertThat(cli.run("export", "--format", "dataset", "--actor", "IRGC", "-o", part.toString()).exitCode())
                .isZero();
        Dataset dataset = DatasetReader.read(part);
        assertThat(dataset.events()).extracting(Event::id).containsExactly("irgc-border-drills");
        assertThat(dataset.actors()).extracting(a -> a.id()).containsExactlyInAnyOrder("iran", "irgc",
                "azerbaijan");
    }

    @Test
    void addAppendsOnlyTheNewEventToTheText() throws IOException {
        String before = Files.readString(file);
        Result result = cli.run("add", "--data", file.toString(), "--date", "2023-04-14", "--title",
                "Ministers speak again", "--type", "phone-call", "--actor", "Bayramov", "--actor",
                "Amir-Abdollahian:participant", "--source", "Caspian News@2023-04-15", "--source", "@2023-04-16",
                "--place", "Baku,AZE", "--tag", "talks", "--summary", "A third call.");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.err()).contains("added '2023-04-14-ministers-speak-again'");
        String after = Files.readString(file);
        int cut = before.lastIndexOf("\n    }") + "\n    }".length();
        assertThat(after).startsWith(before.substring(0, cut)).endsWith(before.substring(cut));
        String inserted = after.substring(cut, after.length() - (before.length() - cut));
        assertThat(inserted).startsWith(",\n    {\n      \"id\": \"2023-04-14-ministers-speak-again\",");
        Event added = DatasetReader.read(file).event("2023-04-14-ministers-speak-again").orElseThrow();
        assertThat(added.actors()).extracting(p -> p.actorId()).containsExactly("jeyhun-bayramov",
                "hossein-amir-abdollahian");
        assertThat(added.sources()).hasSize(2);
        assertThat(added.sources().get(1).outlet()).isNull();
        assertThat(added.place().country()).isEqualTo("AZE");
        Result validate = cli.run("validate", file.toString());
        assertThat(validate.exitCode()).as(validate.toString()).isZero();
        assertThat(cli.run("list", "--data", file.toString(), "--in", "2023-04-14").out())
                .contains("Ministers speak again");
    }

    @Test
    void addDerivesUniqueIds() {
        String[] args = {"add", "--data", file.toString(), "--date", "2023-05", "--title", "Same title",
            "--type", "statement"};
        assertThat(cli.run(args).exitCode()).isZero();
        assertThat(cli.run(args).exitCode()).isZero();
        assertThat(DatasetReader.read(file).events()).extracting(Event::id).contains("2023-05-same-title",
                "2023-05-same-title-2");
    }

    @Test
    void addFromJsonOnStdinOrFile() throws IOException {
        Path json = dir.resolve("event.json");
        Files.writeString(json, "{\"id\": \"from-json\", \"date\": \"2023-05~\", \"title\": \"From a file\", "
                + "\"type\": \"threat\", \"actors\": [{\"actor\": \"iran\", \"role\": \"initiator\"}]}");
        Result result = cli.run("add", "--data", file.toString(), "--json", json.toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(DatasetReader.read(file).event("from-json").orElseThrow().date()).hasToString("2023-05~");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            --date 2023-02-30 --title x --type statement                    | '--date': '2023-02-30' is not an EDTF date
            --date 2023 --title x --type statement --actor Nobody           | unknown actor 'Nobody' for --actor
            --date 2023 --title x --type statment                           | unknown event type 'statment' (did you mean 'statement'?)
            --id embassy-attack-tehran --date 2023 --title x --type war     | an event with id 'embassy-attack-tehran' already exists
            --title x --type war                                            | add needs --date
            --date 2023 --title x --type war --actor Iran:boss              | unknown role
            --date 2023 --title x --type war --source @2023-13              | '--source': '2023-13' is not an EDTF date
            --date 2023 --title x --type war --json x.json                  | --json cannot be combined
            """)
    void badInputIsAUsageErrorAndLeavesTheFileByteForByte(String args, String message) throws IOException {
        byte[] before = Files.readAllBytes(file);
        List<String> all = new java.util.ArrayList<>(List.of("add", "--data", file.toString()));
        all.addAll(List.of(args.trim().split("\\s+")));
        if (all.contains("x.json")) {
            Files.writeString(dir.resolve("x.json"), "{}");
            all.set(all.indexOf("x.json"), dir.resolve("x.json").toString());
        }
        Result result = cli.run(all.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).as(result.toString()).contains(message);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void invalidJsonNamesEachProblemAndLeavesTheFile() throws IOException {
        byte[] before = Files.readAllBytes(file);
        Path json = dir.resolve("bad.json");
        Files.writeString(json, "{\"id\": \"b\", \"date\": \"2023-13\", \"title\": \"Bad\", \"type\": \"threat\",\n"
                + " \"actors\": [{\"actor\": \"iranx\", \"role\": \"initiator\"}]}", StandardCharsets.UTF_8);
        Result result = cli.run("add", "--data", file.toString(), "--json", json.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(json + ":1:").contains(json + ":2:").contains("unknown actor 'iranx' "
                + "(did you mean 'iran'?)");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void theBundledDatasetIsReadOnly() {
        Result result = cli.run("add", "--date", "2023", "--title", "x", "--type", "war");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("export --format dataset -o my.json");
    }

    @Test
    void aMissingFileIsADataError() {
        Result result = cli.run("add", "--data", dir.resolve("none.json").toString(), "--date", "2023", "--title",
                "x", "--type", "war");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("none.json: no such file");
    }
}
