package dev.timeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.cli.ExitCode;
import dev.timeline.input.Inputs;
import dev.timeline.io.Progress;
import dev.timeline.model.ActorKind;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.model.QuadClass;
import dev.timeline.support.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mapping of ICEWS rows (readr's NA, CAMEO codes with a leading zero, Intensity) and a malformed row. */
class IcewsFormatTest {

    static final String HEADER = String.join("\t", "Event ID", "Event Date", "Source Name", "Source Sectors",
            "Source Country", "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors",
            "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District", "Province", "Country",
            "Latitude", "Longitude") + "\n";

    @TempDir
    Path dir;

    static String row(String... cells) {
        return String.join("\t", cells) + "\n";
    }

    @Test
    void mapsRows() throws IOException {
        Path file = write("events.tab", HEADER
                + row("32889836", "2018-06-01", "Foreign Affairs (Bangladesh)", "Executive,Foreign Ministry,Government",
                        "Bangladesh", "Consult", "040", "1", "High Ranking Military Personnel (Vietnam)",
                        "Military,Government", "Vietnam", "47400351", "2", "Vietnam News Agency Bulletin", "Hanoi", "NA",
                        "Thanh Pho Ha Noi", "Vietnam", "21.0245", "105.841")
                + row("32891407", "2018-06-02", "Azerbaijan", "NA", "Azerbaijan", "Use conventional military force",
                        "190", "-10", "Recep Tayyip Erdoğan", "NA", "Turkey", "1", "NA", "NA", "NA", "NA", "NA", "NA",
                        "NA", "NA"));
        BigSource source = Inputs.openBig(file, options());
        Event consult = source.event("icews-32889836").orElseThrow();
        assertThat(consult.date()).hasToString("2018-06-01");
        assertThat(consult.type()).isEqualTo(EventType.CAMEO_CONSULT);
        assertThat(consult.tags()).containsExactly("cameo:040", "quad:1", "goldstein:1");
        assertThat(consult.quad()).isEqualTo(QuadClass.VERBAL_COOPERATION);
        assertThat(consult.intensity()).isEqualTo(1.0);
        assertThat(consult.actors()).extracting(p -> p.actorId() + "/" + p.role()).containsExactly(
                "foreign-affairs-bangladesh/initiator", "high-ranking-military-personnel-vietnam/target");
        assertThat(consult.title()).isEqualTo("Consult: Foreign Affairs (Bangladesh) → High Ranking Military "
                + "Personnel (Vietnam)");
        assertThat(consult.place()).hasToString("Hanoi, VNM");
        assertThat(consult.place().lat()).isEqualTo(21.0245);
        assertThat(consult.place().lon()).isEqualTo(105.841);
        assertThat(consult.sources()).extracting(s -> s.outlet() + "|" + s.note())
                .containsExactly("Vietnam News Agency Bulletin|ICEWS story 47400351, sentence 2");
        assertThat(source.actorsById().get("foreign-affairs-bangladesh").country()).isEqualTo("BGD");
        assertThat(source.actorsById().get("foreign-affairs-bangladesh").kind()).isEqualTo(ActorKind.GOVERNMENT_BODY);
        assertThat(source.actorsById().get("high-ranking-military-personnel-vietnam").kind())
                .isEqualTo(ActorKind.ARMED_FORCE);

        Event force = source.event("icews-32891407").orElseThrow();
        assertThat(force.type()).isEqualTo(EventType.CAMEO_FIGHT);
        assertThat(force.quad()).isEqualTo(QuadClass.MATERIAL_CONFLICT);
        assertThat(force.intensity()).isEqualTo(-10.0);
        assertThat(force.place()).as("NA everywhere: no place").isNull();
        assertThat(force.sources()).extracting(s -> s.outlet() + "|" + s.title()).containsExactly("null|ICEWS story 1");
        assertThat(source.actorsById().get("azerbaijan").kind()).isEqualTo(ActorKind.STATE);
        assertThat(source.actorsById().get("recep-tayyip-erdogan").country()).isEqualTo("TUR");
    }

    @Test
    void aCountryCoversTheActorsTiedToIt() throws IOException {
        Path file = write("events.tab", HEADER
                + row("1", "2018-06-01", "Citizen (Iran)", "NA", "Iran", "Protest", "140", "-6.5", "Police (Iran)",
                        "Police", "Iran", "1", "1", "P", "Tehran", "NA", "Tehran", "Iran", "35.7", "51.4")
                + row("2", "2018-06-01", "Ilham Aliyev", "Government", "Azerbaijan", "Consult", "040", "1",
                        "Hassan Rouhani", "Government", "Iran", "2", "1", "P", "Baku", "NA", "NA", "Azerbaijan", "40.4",
                        "49.9")
                + row("3", "2018-06-01", "Citizen (Japan)", "NA", "Japan", "Consult", "040", "1", "NA", "NA", "NA",
                        "3", "1", "P", "NA", "NA", "NA", "Japan", "36", "138"));
        Cli.Result result = new Cli().env("XDG_CACHE_HOME", dir.resolve("cache").toString()).run("export", "--data",
                file.toString(), "--format", "jsonl", "--actor", "Iran");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out().lines()).hasSize(2).allMatch(l -> !l.contains("icews-3"));
    }

    @Test
    void aMalformedRowNamesItsLineAndTheExpectedFormAndSkipBadLeavesItOut() throws IOException {
        String good = row("1", "2018-06-01", "A", "NA", "NA", "Consult", "040", "1", "B", "NA", "NA", "1", "1", "P",
                "NA", "NA", "NA", "NA", "NA", "NA");
        Path file = write("bad.tab", HEADER + good
                + row("2", "06/01/2018", "A", "NA", "NA", "Consult", "040", "1", "B", "NA", "NA", "1", "1", "P", "NA",
                        "NA", "NA", "NA", "NA", "NA")
                + row("3", "2018-06-01", "A", "NA", "NA", "Consult", "400", "1", "B", "NA", "NA", "1", "1", "P", "NA",
                        "NA", "NA", "NA", "NA", "NA")
                + good.replace("1\t2018", "4\t2018"));
        Cli cli = new Cli().env("XDG_CACHE_HOME", dir.resolve("cache").toString());
        Cli.Result failed = cli.run("export", "--data", file.toString(), "--format", "jsonl");
        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(ExitCode.DATA);
        assertThat(failed.err()).isEqualTo(file + ":3: 'Event Date' is '06/01/2018'; expected a date like 2018-06-01\n");
        Cli.Result skipped = cli.run("export", "--skip-bad", "--data", file.toString(), "--format", "jsonl");
        assertThat(skipped.exitCode()).as(skipped.toString()).isZero();
        assertThat(skipped.out().lines()).hasSize(2);
        assertThat(skipped.err()).contains("skipped 2 bad records").contains(file + ":3:")
                .contains(file + ":4: 'CAMEO Code' is '400'; expected a CAMEO code such as 040 or 190");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private Inputs.Options options() {
        return new Inputs.Options(false, false, Map.of(), Progress.NONE, w -> { });
    }
}
