package dev.timeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.cli.ExitCode;
import dev.timeline.dates.EventDate;
import dev.timeline.input.Inputs;
import dev.timeline.io.Progress;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.support.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** UCDP GED's date precisions as EDTF, its day forms, the mapping of a row, and a malformed row. */
class UcdpFormatTest {

    static final String HEADER = "id,type_of_violence,dyad_name,side_a,side_b,source_article,source_office,"
            + "source_date,source_headline,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,country,"
            + "date_prec,date_start,date_end,best,high,low\n";

    @TempDir
    Path dir;

    static Stream<Arguments> precisions() {
        return Stream.of(
                Arguments.of(1, "2013-01-03", "2013-01-03", "2013-01-03", null),
                Arguments.of(1, "2020-01-01", "2020-01-03", "2020-01-01/2020-01-03", null), // ends differ: kept
                Arguments.of(2, "2021-05-28", "2021-05-29", "2021-05-28/2021-05-29", null),
                Arguments.of(2, "2021-05-28", "2021-05-28", "2021-05-28", null),
                Arguments.of(3, "1989-05-10", "1989-05-16", "1989-05-10/1989-05-16", null),
                Arguments.of(3, "2019-12-29", "2020-01-04", "2019-12-29/2020-01-04", null),
                Arguments.of(4, "1992-02-01", "1992-02-29", "1992-02", null), // the whole month: nothing lost
                Arguments.of(4, "1995-04-10", "1995-04-20", "1995-04",
                        "UCDP date_prec 4 (the month), between 1995-04-10 and 1995-04-20"),
                Arguments.of(4, "2003-11-24", "2003-12-24", "2003-11-24/2003-12-24", null), // two months: kept
                Arguments.of(4, "2020-06-30", "2020-06-30", "2020-06-30", null),
                Arguments.of(5, "2019-01-01", "2019-12-22", "2019",
                        "UCDP date_prec 5 (the year), between 2019-01-01 and 2019-12-22"),
                Arguments.of(5, "1999-01-01", "1999-12-31", "1999", null),
                Arguments.of(5, "2022-09-21", "2023-01-07", "2022-09-21/2023-01-07", null)); // two years: kept
    }

    @ParameterizedTest(name = "prec {0}: {1}..{2} is {3}")
    @MethodSource("precisions")
    void mapsEachPrecisionHonestly(int prec, String start, String end, String edtf, String note) {
        UcdpDates date = UcdpDates.of(prec, LocalDate.parse(start), LocalDate.parse(end));
        assertThat(date.edtf()).isEqualTo(edtf);
        assertThat(date.note()).isEqualTo(note);
        EventDate parsed = EventDate.parse(edtf);
        assertThat(parsed.earliest()).isEqualTo(date.first());
        assertThat(parsed.latest()).isEqualTo(date.last());
    }

    /**
     * Whatever the precision and bounds, the EDTF parses to the span the index keeps, and that span covers every
     * day UCDP allows: a date is widened to the month or year at most, never narrowed.
     */
    @Test
    void everyDateCoversUcdpsBoundsAndIndexesAsItParses() {
        long seed = System.nanoTime();
        System.out.println("UcdpFormatTest seed " + seed);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 20_000; i++) {
            int prec = 1 + random.nextInt(5);
            LocalDate start = LocalDate.ofEpochDay(random.nextInt(7000, 20000));
            LocalDate end = start.plusDays(random.nextInt(4) == 0 ? 0 : random.nextInt(400));
            UcdpDates date = UcdpDates.of(prec, start, end);
            EventDate parsed = EventDate.parse(date.edtf());
            String what = "seed " + seed + ": prec " + prec + " " + start + ".." + end + " -> " + date.edtf();
            assertThat(parsed.earliest()).as(what).isEqualTo(date.first()).isBeforeOrEqualTo(start);
            assertThat(parsed.latest()).as(what).isEqualTo(date.last()).isAfterOrEqualTo(end);
            boolean widened = !date.first().equals(start) || !date.last().equals(end);
            assertThat(date.note() != null).as(what).isEqualTo(widened);
            assertThat(widened).as(what).isEqualTo(prec >= 4 && !start.equals(end) && !date.edtf().contains("/")
                    && !(date.first().equals(start) && date.last().equals(end)));
        }
    }

    static Stream<Arguments> days() {
        return Stream.of(
                Arguments.of("2013-01-03", LocalDate.of(2013, 1, 3)),
                Arguments.of("2013-01-03 00:00:00.000", LocalDate.of(2013, 1, 3)),
                Arguments.of("2013-01-03T00:00:00Z", LocalDate.of(2013, 1, 3)),
                Arguments.of("2013-1-3", null),
                Arguments.of("2013-02-30", null),
                Arguments.of("03/01/2013", null),
                Arguments.of("2013-01-03x", null),
                Arguments.of("", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("days")
    void readsGedDays(String text, LocalDate expected) {
        assertThat(UcdpFormat.isoDay(text)).isEqualTo(expected);
    }

    @Test
    void mapsARow() throws IOException {
        Path file = write("ged.csv", HEADER
                + "300380,1,Government of Syria - Syrian insurgents,Government of Syria,Syrian insurgents,"
                + "\"\"\"Support Kurds in Syria,2013-01-03, Thursday\"\";\"\"VDC,2013-01-03,Abdul\"\"\","
                + "Support Kurds in Syria;VDC,2013-01-03;2013-01-03,Thursday 3 January 2013;Abdul Satar,"
                + "Rami village,\"in the al-Rami\nvillage,\",Idlib governorate,Ariha district,35.763369,36.558974,Syria,"
                + "1,2013-01-03,2013-01-03,2,5,1\n"
                + "21300,3,Government of Angola - Civilians,Government of Angola,Civilians,"
                + "\"Reuters 1989-05-17 \"\"ANGOLAN UNITA REBELS\",,,,,,Lunda Sul province,,0,0,Angola,"
                + "4,1989-05-10,1989-05-16,14,14,14\n"
                + "155395,1,,Government of Russia (Soviet Union),Republic of Artsakh,,,,,Şuşa,,,,,,"
                + "Russia (Soviet Union),5,1991-04-01,1991-09-01,0,0,0\n");
        BigSource source = Inputs.openBig(file, options());
        assertThat(source.size()).isEqualTo(3);
        Event syria = source.event("ucdp-300380").orElseThrow();
        assertThat(syria.date()).hasToString("2013-01-03");
        assertThat(syria.type()).isEqualTo(EventType.BATTLES);
        assertThat(syria.actors()).extracting(p -> p.actorId() + "/" + p.role()).containsExactly(
                "government-of-syria/participant", "syrian-insurgents/participant");
        assertThat(syria.fatalities()).isEqualTo(2);
        assertThat(syria.tags()).containsExactly("ucdp:state-based", "low:1", "high:5");
        assertThat(syria.place()).hasToString("Rami village, SYR");
        assertThat(syria.place().lat()).isEqualTo(35.763369);
        assertThat(syria.place().lon()).isEqualTo(36.558974);
        assertThat(syria.title()).isEqualTo("Government of Syria - Syrian insurgents in Rami village");
        assertThat(syria.summary()).isEqualTo("Government of Syria - Syrian insurgents, in the al-Rami village: 2 "
                + "killed (best estimate; low 1, high 5).");
        assertThat(syria.sources()).extracting(s -> s.outlet() + "|" + s.published() + "|" + s.title())
                .containsExactly("Support Kurds in Syria|2013-01-03|Thursday 3 January 2013", "VDC|2013-01-03|Abdul Satar");
        assertThat(syria.note()).isNull();
        assertThat(source.actorsById().get("government-of-syria").country()).isEqualTo("SYR");

        Event angola = source.event("ucdp-21300").orElseThrow();
        assertThat(angola.type()).isEqualTo(EventType.VIOLENCE_AGAINST_CIVILIANS);
        assertThat(angola.actors()).extracting(p -> p.actorId() + "/" + p.role()).containsExactly(
                "government-of-angola/initiator", "civilians/target"); // one-sided: side A acts, side B suffers
        assertThat(angola.date()).hasToString("1989-05");
        assertThat(angola.note()).isEqualTo("UCDP date_prec 4 (the month), between 1989-05-10 and 1989-05-16");
        assertThat(angola.place().hasPoint()).as("0,0 is no point").isFalse();
        assertThat(angola.sources()).extracting(s -> s.title())
                .containsExactly("Reuters 1989-05-17 \"ANGOLAN UNITA REBELS");

        Event russia = source.event("ucdp-155395").orElseThrow();
        assertThat(russia.date()).hasToString("1991");
        assertThat(russia.place()).hasToString("Şuşa, RUS");
        assertThat(russia.title()).isEqualTo("Government of Russia (Soviet Union) - Republic of Artsakh in Şuşa");
        assertThat(source.actorsById().get("government-of-russia-soviet-union").country()).isEqualTo("RUS");
    }

    @Test
    void aMalformedRowNamesItsLineAndTheExpectedFormAndSkipBadLeavesItOut() throws IOException {
        Path file = write("bad.csv", HEADER
                + "1,1,,A,B,\"two\nlines\",,,,X,,,,,,Syria,1,2013-01-03,2013-01-03,2,2,2\n"
                + "2,1,,A,B,,,,,X,,,,,,Syria,6,2013-01-03,2013-01-03,2,2,2\n"
                + "3,1,,A,B,,,,,X,,,,,,Syria,1,2013-01-04,2013-01-04,2,2,2\n");
        Cli cli = new Cli().env("XDG_CACHE_HOME", dir.resolve("cache").toString());
        Cli.Result failed = cli.run("export", "--data", file.toString(), "--format", "jsonl");
        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(ExitCode.DATA);
        assertThat(failed.err()).isEqualTo(file + ":4: 'date_prec' is '6'; expected 1 (day) to 5 "
                + "(year)\n");
        Cli.Result skipped = cli.run("export", "--skip-bad", "--data", file.toString(), "--format", "jsonl");
        assertThat(skipped.exitCode()).as(skipped.toString()).isZero();
        assertThat(skipped.out().lines()).hasSize(2).anyMatch(l -> l.contains("\"ucdp-1\""))
                .anyMatch(l -> l.contains("\"ucdp-3\""));
        assertThat(skipped.err()).contains("skipped 1 bad record").contains(file + ":4:");
    }

    @Test
    void aBadPointIsABadRow() throws IOException {
        Path file = write("point.csv", HEADER + "1,1,,A,B,,,,,X,,,,95,10,Syria,1,2013-01-03,2013-01-03,2,2,2\n");
        Cli.Result result = new Cli().env("XDG_CACHE_HOME", dir.resolve("cache").toString()).run("export", "--data",
                file.toString(), "--format", "jsonl");
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.DATA);
        assertThat(result.err()).isEqualTo(file + ":2: 'latitude' is '95'; expected a number of "
                + "degrees in [-90, 90]\n");
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
