package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.timeline.support.Cli;
import dev.timeline.support.Cli.Result;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --data} given more than once (issue #15): one timeline over the bundled dataset, a small ACLED CSV and a
 * small JSON Lines file. Expected answers come from each file read alone, or from the fixtures written here.
 */
class SeveralDatasetsTest {

    private static final String CURATED = "data/caucasus.json";
    private static final String CURATED_NAME = "south-caucasus-2023";
    private static final String CONTRACT = "id\tdate\tstart\tend\ttype\ttitle\tactors\tplace\tcountry\tfatalities\t"
            + "sources\tsummary";

    private static final String ACLED_HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
            + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
            + "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,"
            + "notes,fatalities,tags,timestamp";

    @TempDir
    Path dir;

    private Cli cli;
    private Path acled;
    private Path jsonl;

    @BeforeEach
    void files() throws IOException {
        cli = new Cli().env("XDG_CACHE_HOME", dir.resolve("cache").toString());
        acled = dir.resolve("acled-2023.csv");
        Files.writeString(acled, ACLED_HEADER + "\n"
                + "IRN101,2023-03-28,2023,1,Political violence,Battles,Armed clash,Military Forces of Iran (2021-),,1,"
                + "Military Forces of Azerbaijan (2003-),,1,11,,364,Middle East,Iran,Ardabil,,,Astara,38.4,48.9,1,"
                + "Trend,National,Border clash.,2,,1680000000\n"
                + "AZE102,2023-03-27,2023,1,Demonstrations,Protests,Peaceful protest,Protesters (Azerbaijan),,6,,,0,"
                + "60,,31,Caucasus,Azerbaijan,Baku,,,Baku,40.4,49.9,1,APA,National,A protest.,0,,1680000000\n"
                + "IRN103,2023-04-02,2023,1,Strategic developments,Strategic developments,Agreement,"
                + "Government of Iran (2021-),,1,,,0,10,,364,Middle East,Iran,Tehran,,,Tehran,35.7,51.4,1,IRNA,"
                + "National,A statement.,,,1680000000\n");
        jsonl = dir.resolve("notes.v2.jsonl");
        Files.writeString(jsonl, """
                {"id":"note-1","date":"2023-03-28","title":"Analyst note on the shooting","type":"statement","actors":[{"id":"analyst","name":"An Analyst","role":"initiator"}]}
                {"id":"note-2","date":"2023-03-29","title":"Second note","type":"statement","actors":[{"id":"analyst","name":"An Analyst","role":"initiator"}]}
                """);
    }

    private Result ok(String... args) {
        Result result = cli.run(args);
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result;
    }

    /** The rows of a TSV export (header first), each split into its cells. */
    private List<List<String>> tsv(String... args) {
        List<String> all = new ArrayList<>(List.of("export", "--format", "tsv"));
        all.addAll(List.of(args));
        return ok(all.toArray(String[]::new)).out().lines().map(l -> List.of(l.split("\t", -1))).toList();
    }

    private List<String> ids(String... args) {
        return tsv(args).stream().skip(1).map(r -> r.get(0)).toList();
    }

    private String[] three(String... more) {
        List<String> all = new ArrayList<>(List.of("--data", CURATED, "--data", acled.toString(), "--data",
                jsonl.toString()));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void theUnionHoldsEveryEventOfEveryFileOnceWithItsOrigin() {
        List<String> curated = ids("--data", CURATED);
        List<String> fromAcled = ids("--data", acled.toString());
        List<String> fromJsonl = ids("--data", jsonl.toString());
        List<List<String>> rows = tsv(three());
        assertThat(String.join("\t", rows.get(0))).isEqualTo(CONTRACT + "\tdataset");
        Map<String, String> origin = new TreeMap<>();
        rows.stream().skip(1).forEach(r -> origin.put(r.get(0), r.get(r.size() - 1)));
        assertThat(rows).hasSize(1 + curated.size() + fromAcled.size() + fromJsonl.size());
        assertThat(fromAcled).containsExactlyInAnyOrder("IRN101", "AZE102", "IRN103");
        curated.forEach(id -> assertThat(origin).containsEntry(id, CURATED_NAME));
        fromAcled.forEach(id -> assertThat(origin).containsEntry(id, "acled-2023"));
        fromJsonl.forEach(id -> assertThat(origin).containsEntry(id, "notes")); // notes.v2.jsonl: no extensions
        assertThat(cli.run(three()).err()).isEmpty(); // no clash, nothing to say
    }

    @Test
    void eventsOfAllFilesAreMergedInDateOrderAndTheLimitCountsAfterTheMerge() {
        List<List<String>> rows = tsv(three()).subList(1, 1 + ids(three()).size());
        // the start column, an open start first: the order of every listing
        List<String> starts = rows.stream().map(r -> r.get(2).isEmpty() ? "0000" : r.get(2)).toList();
        assertThat(starts).isSortedAccordingTo(Comparator.naturalOrder());
        List<String> all = ids(three());
        // members interleave: an ACLED row sits between curated events
        assertThat(all.indexOf("AZE102")).isLessThan(all.indexOf("mp-fazil-mustafa-shot"));
        assertThat(all.indexOf("IRN103")).isGreaterThan(all.indexOf("tel-aviv-embassy-opens"));
        assertThat(all.indexOf("note-1")).isGreaterThan(all.indexOf("AZE102"));
        List<String> march = ids(three("--in", "2023-03-27/2023-03-29"));
        assertThat(ids(three("--in", "2023-03-27/2023-03-29", "--limit", "7"))).containsExactlyElementsOf(
                march.subList(0, 7));
        assertThat(march).contains("AZE102", "IRN101", "mp-fazil-mustafa-shot", "note-1", "note-2");
    }

    @Test
    void newestFirstIsTheMergeReversedAndItsLimitTakesTheNewest() {
        List<String> oldestFirst = new ArrayList<>(ids(three()));
        List<String> newestFirst = ids(three("--sort=-date"));
        List<String> reversed = new ArrayList<>(oldestFirst);
        Collections.reverse(reversed);
        assertThat(newestFirst).containsExactlyElementsOf(reversed);
        assertThat(ids(three("--sort=-date", "--limit", "2"))).containsExactlyElementsOf(reversed.subList(0, 2));
        assertThat(reversed.get(0)).isEqualTo("amirbayov-positive-relations"); // 2023-04-13~, the latest of all
    }

    @Test
    void idsTwoDatasetsShareArePrefixedWithTheirNameAndSaidSoOnce() throws IOException {
        Path export = dir.resolve("march.jsonl");
        ok("export", "--format", "jsonl", "--in", "2023-03-28/2023-03-30", "-o", export.toString());
        List<String> exported = ids("--data", export.toString());
        Result result = ok("export", "--format", "tsv", "--data", CURATED, "--data", export.toString());
        assertThat(result.err().lines()).containsExactly("timeline: " + exported.size() + " event ids are in more "
                + "than one dataset (" + CURATED_NAME + ", march): those " + 2 * exported.size() + " events are "
                + "named DATASET:ID, e.g. " + CURATED_NAME + ":" + exported.stream().sorted().findFirst().get());
        Set<String> ids = result.out().lines().skip(1).map(l -> l.substring(0, l.indexOf('\t')))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        for (String id : exported) {
            assertThat(ids).contains(CURATED_NAME + ":" + id, "march:" + id).doesNotContain(id);
        }
        assertThat(ids).contains("embassy-attack-tehran"); // not in the export: as it was
        assertThat(ids).hasSize(ids("--data", CURATED).size() + exported.size());
        // the prefixed id is a pivot like any other; the bare one names two events
        assertThat(ok("list", "--data", CURATED, "--data", export.toString(), "--around",
                "march:mp-fazil-mustafa-shot", "--window", "0d").out()).contains("▶ Azerbaijani MP Fazil Mustafa");
        Result ambiguous = cli.run("list", "--data", CURATED, "--data", export.toString(), "--around",
                "mp-fazil-mustafa-shot");
        assertThat(ambiguous.exitCode()).isEqualTo(2);
        assertThat(ambiguous.err().lines()).contains("timeline: event 'mp-fazil-mustafa-shot' for --around is in "
                + "more than one dataset; name one: '" + CURATED_NAME + ":mp-fazil-mustafa-shot' or "
                + "'march:mp-fazil-mustafa-shot'");
    }

    @Test
    void datasetFiltersByOriginAnyOfSeveral() {
        assertThat(ids(three("--dataset", "acled-2023"))).containsExactly("AZE102", "IRN101", "IRN103");
        assertThat(ids(three("--dataset", "acled-2023", "--dataset", "notes")))
                .containsExactly("AZE102", "IRN101", "note-1", "note-2", "IRN103");
        assertThat(ids(three("--dataset", CURATED_NAME))).containsExactlyElementsOf(ids("--data", CURATED));
        // with the other filters, and in the commands that hold the whole union in memory
        assertThat(ok(three("stats", "--by", "year", "--dataset", "notes", "--format", "csv")).out())
                .contains("2023,2");
    }

    @Test
    void anUnknownDatasetIsOneLineNamingTheDatasetsRead() {
        Result result = cli.run(three("list", "--dataset", "acled"));
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines()).containsExactly("timeline: unknown dataset 'acled' for --dataset (did you "
                + "mean 'acled-2023'?); the datasets read are: " + CURATED_NAME + ", acled-2023, notes");
        Result single = cli.run("list", "--data", CURATED, "--dataset", CURATED_NAME);
        assertThat(single.exitCode()).isEqualTo(2);
        assertThat(single.err().lines()).hasSize(1).allMatch(l -> l.contains("--data given more than once"));
    }

    @Test
    void aroundAnEventOfOneDatasetFindsTheOthersEvents() {
        List<String> near = ids(three("--around", "IRN101", "--window", "0d"));
        assertThat(near).contains("IRN101", "mp-fazil-mustafa-shot", "note-1").doesNotContain("note-2", "AZE102");
        assertThat(ok(three("list", "--around", "note-2", "--window", "1d")).out())
                .contains("▶ Second note", "Azerbaijani MP Fazil Mustafa", "Analyst note");
    }

    @Test
    void everyOutputCarriesTheDatasetAfterTheContract() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode array = json.readTree(ok(three("export", "--format", "json", "--in", "2023-03-28")).out());
        for (JsonNode event : array) {
            List<String> fields = new ArrayList<>();
            event.fieldNames().forEachRemaining(fields::add);
            assertThat(fields.get(fields.size() - 1)).isEqualTo("dataset");
            assertThat(fields).startsWith("id", "date", "start", "end", "type", "title", "summary", "actors");
        }
        assertThat(array.findValuesAsText("dataset")).contains(CURATED_NAME, "acled-2023", "notes");
        for (String line : ok(three("export", "--format", "jsonl", "--in", "2023-03-28")).out().lines().toList()) {
            assertThat(json.readTree(line).get("dataset").asText()).isIn(CURATED_NAME, "acled-2023", "notes");
        }
        String csv = ok(three("export", "--format", "csv", "--in", "2023-03-28")).out();
        assertThat(csv).startsWith(CONTRACT.replace('\t', ',') + ",dataset\r\n");
        assertThat(csv).contains(",acled-2023\r\n", ",notes\r\n");
        String table = ok(three("list", "--in", "2023-03-28")).out();
        assertThat(table.lines().findFirst().orElseThrow()).endsWith("DATASET");
        assertThat(table).contains("acled-2023", "notes", CURATED_NAME);
        Path xlsx = dir.resolve("union.xlsx");
        ok(three("export", "--format", "xlsx", "--in", "2023-03-28", "-o", xlsx.toString()));
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile(), new ReadingOptions(true, false))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(12)).isEqualTo("dataset");
            assertThat(rows.stream().skip(1).map(r -> r.getCellText(12)).toList()).contains("acled-2023", "notes");
        }
        assertThat(ok(three("show", "IRN101")).out()).contains("Dataset:", "acled-2023");
    }

    @Test
    void oneDataFileGivesTheOutputItAlwaysGave() {
        assertThat(tsv("--data", CURATED).get(0)).containsExactlyElementsOf(Arrays.asList(CONTRACT.split("\t")));
        assertThat(ok("export", "--format", "jsonl", "--data", CURATED).out()).doesNotContain("\"dataset\"");
        assertThat(ok("list", "--data", CURATED).out()).isEqualTo(ok("list").out()).doesNotContain("DATASET");
        assertThat(ok("export", "--format", "csv", "--data", acled.toString()).out().lines().findFirst())
                .hasValue(CONTRACT.replace('\t', ','));
    }

    @Test
    void anExportOfTheUnionReadsBackWithItsDatasets() throws IOException {
        Path back = dir.resolve("union.jsonl");
        ok(three("export", "--format", "jsonl", "-o", back.toString()));
        List<List<String>> original = tsv(three());
        assertThat(tsv("--data", back.toString())).containsExactlyElementsOf(readBackExpected(original));
        assertThat(ids("--data", back.toString(), "--dataset", "acled-2023")).containsExactly("AZE102", "IRN101",
                "IRN103");
        Result unknown = cli.run("list", "--data", back.toString(), "--dataset", "nope");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("the datasets read are: " + CURATED_NAME + ", acled-2023, notes");
        // a union exported as a dataset file reads back too, its events keeping their origin
        Path dataset = dir.resolve("union.json");
        ok(three("export", "--format", "dataset", "-o", dataset.toString()));
        assertThat(ok("export", "--format", "jsonl", "--data", dataset.toString(), "--dataset", "notes").out()
                .lines().map(l -> l.substring(0, l.indexOf(',')))).containsExactly("{\"id\":\"note-1\"",
                        "{\"id\":\"note-2\"");
    }

    /** Read back as one file, the union's TSV keeps its rows but has no dataset column (one dataset is read). */
    private static List<List<String>> readBackExpected(List<List<String>> union) {
        return union.stream().map(r -> r.subList(0, r.size() - 1)).toList();
    }

    @Test
    void timelineDataTakesAListAndAPathWithTheSeparatorStillReadsWhole() throws IOException {
        Cli withEnv = cli.env("TIMELINE_DATA", CURATED + File.pathSeparator + acled + File.pathSeparator);
        Result result = withEnv.run("export", "--format", "tsv", "--dataset", "acled-2023");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out().lines().skip(1).map(l -> l.substring(0, l.indexOf('\t'))))
                .containsExactly("AZE102", "IRN101", "IRN103");
        Result config = withEnv.run("config");
        assertThat(config.out()).contains("data           " + CURATED, "data           " + acled)
                .doesNotContain("actor-map");
        assertThat(withEnv.run("--actor-map", "links.csv", "config").out())
                .containsPattern("actor-map +links.csv +option --actor-map");
        Path odd = dir.resolve("a" + File.pathSeparator + "b.jsonl");
        Files.copy(jsonl, odd);
        Result whole = new Cli().env("TIMELINE_DATA", odd.toString()).env("XDG_CACHE_HOME",
                dir.resolve("cache").toString()).run("export", "--format", "tsv");
        assertThat(whole.exitCode()).as(whole.toString()).isZero();
        assertThat(whole.out().lines().skip(1).map(l -> l.substring(0, l.indexOf('\t')))).containsExactly("note-1",
                "note-2");
    }

    @Test
    void filesOfOneNameAreToldApart() throws IOException {
        Path copy = Files.createDirectories(dir.resolve("other")).resolve("caucasus.json");
        Files.copy(Path.of(CURATED), copy);
        List<List<String>> rows = tsv("--data", CURATED, "--data", copy.toString(), "--in", "2023-03-28",
                "--precision", "day");
        assertThat(rows.stream().skip(1).map(r -> r.get(0) + " " + r.get(r.size() - 1)).toList()).containsExactly(
                CURATED_NAME + ":mp-fazil-mustafa-shot " + CURATED_NAME,
                CURATED_NAME + "-2:mp-fazil-mustafa-shot " + CURATED_NAME + "-2");
        Path other = dir.resolve("other").resolve("acled-2023.csv");
        Files.copy(acled, other);
        assertThat(tsv("--data", acled.toString(), "--data", other.toString(), "--in", "2023-03-27").stream()
                .skip(1).map(r -> r.get(r.size() - 1)).toList()).containsExactly("acled-2023", "acled-2023-2");
    }

    @Test
    void anActorNamedInTwoDatasetsSelectsItInBoth() {
        // Iran: the curated state with its parts, and in ACLED the actors the country rule ties to Iran
        List<String> iran = ids(three("--actor", "Iran"));
        assertThat(iran).contains("IRN101", "IRN103", "embassy-attack-tehran", "iranian-troops-near-nakhchivan")
                .doesNotContain("AZE102", "note-1");
        assertThat(ids(three("--actor", "Iran", "--role", "initiator", "--dataset", "acled-2023")))
                .containsExactly("IRN101", "IRN103");
        assertThat(ids(three("--with", "Iran", "--with", "Azerbaijan", "--dataset", "acled-2023")))
                .containsExactly("IRN101");
        // the same name in two files: both actors, each file's events
        assertThat(ids(three("--actor", "An Analyst"))).containsExactly("note-1", "note-2");
        Result unknown = cli.run(three("list", "--actor", "Irann"));
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("did you mean 'Iran'");
    }

    @Test
    void aCrosswalkLinksAnAcledNameToTheCuratedActorBothWays() throws IOException {
        Path map = dir.resolve("map.csv");
        Files.writeString(map, "dataset,pattern,actor\nacled-2023,^Military Forces of Iran,iran-armed-forces\n");
        // the curated armed forces, with the crosswalk: their own events and ACLED's "Military Forces of Iran"
        List<String> linked = ids(three("--actor-map", map.toString(), "--actor", "iran-armed-forces",
                "--in", "2023"));
        assertThat(linked).contains("IRN101").doesNotContain("IRN103", "AZE102");
        assertThat(ids(three("--actor", "iran-armed-forces", "--in", "2023"))).doesNotContain("IRN101");
        // and the ACLED name selects the curated actor's events too
        List<String> back = ids(three("--actor-map", map.toString(), "--actor", "Military Forces of Iran (2021-)"));
        assertThat(back).contains("IRN101").containsAll(ids(three("--actor", "iran-armed-forces", "--exact-actor")));
        // actors shows the name it is known by in ACLED
        Result actors = ok(three("actors", "--actor-map", map.toString(), "--format", "json"));
        assertThat(actors.out()).contains("\"knownAs\"").contains("Military Forces of Iran (2021-)");
    }

    @Test
    void aCrosswalkNamingNoActorReadIsRefusedWithItsLine() throws IOException {
        Path map = dir.resolve("map.csv");
        Files.writeString(map, "dataset,name,actor\n*,IRGC,irgc\n*,Iran,iran-armd-forces\n");
        Result result = cli.run(three("list", "--actor-map", map.toString()));
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.err().strip()).startsWith(map + ":3:")
                .contains("'iran-armd-forces'", "did you mean 'iran-armed-forces'").doesNotContain("Exception");
        assertThat(result.err().lines().count()).isEqualTo(1);
    }

    @Test
    void actorIdsTwoDatasetsGiveDifferentActorsAreQualified() throws IOException {
        Path clash = dir.resolve("clash.jsonl");
        Files.writeString(clash, "{\"id\":\"c-1\",\"date\":\"2023-03-28\",\"title\":\"Other Iran\",\"type\":"
                + "\"statement\",\"actors\":[{\"id\":\"iran\",\"name\":\"Iran Air\",\"role\":\"initiator\"}]}\n");
        List<List<String>> rows = tsv("--data", CURATED, "--data", clash.toString(), "--actor", "Iran Air");
        assertThat(rows.stream().skip(1).map(r -> r.get(0)).toList()).containsExactly("c-1");
        Result json = ok("export", "--format", "jsonl", "--data", CURATED, "--data", clash.toString(), "--in",
                "2023-03-28", "--actor", "Iran Air");
        assertThat(json.out()).contains("{\"id\":\"clash/iran\",\"name\":\"Iran Air\"");
        // the curated Iran keeps its events, under its own qualified id
        assertThat(ok("export", "--format", "jsonl", "--data", CURATED, "--data", clash.toString(), "--actor",
                "Iran", "--exact-actor", "--in", "2023-01-27").out())
                .contains("\"id\":\"south-caucasus-2023/iran\",\"name\":\"Iran\"");
    }

    @Test
    void everyCommandWorksOnTheUnion() {
        Result stats = ok(three("stats", "--by", "year", "--format", "csv"));
        String alone = ok("stats", "--data", CURATED, "--by", "year", "--format", "csv").out().lines()
                .filter(l -> l.startsWith("2023,")).findFirst().orElseThrow();
        int curated = Integer.parseInt(alone.substring("2023,".length()));
        assertThat(stats.out()).contains("2023," + (curated + 5)); // three ACLED rows and two notes
        Result actors = ok(three("actors", "--format", "json"));
        assertThat(actors.out()).contains("\"id\": \"analyst\"", "\"id\": \"military-forces-of-iran-2021\"",
                "\"id\": \"iran\"", "\"knownAs\": {}");
        assertThat(ok(three("actors")).out().lines().findFirst().orElseThrow()).contains("KNOWN AS");
        assertThat(ok(three("show", "note-1")).out()).contains("Analyst note on the shooting", "Dataset:");
        Result chart = ok(three("chart", "--terminal", "--lanes", "dataset", "--in", "2023-03"));
        assertThat(chart.out()).contains("(lanes: dataset)", "acled-2023", "notes", "south-caucasus-");
        Result add = cli.run(three("add", "--id", "x", "--date", "2023", "--title", "X", "--type", "statement"));
        assertThat(add.exitCode()).isEqualTo(2);
        assertThat(add.err()).contains("'add' reads one dataset, and option --data gives 3; give one --data");
    }

    @Test
    void dataBeforeAndAfterTheCommandNameAddUp() {
        Result result = ok("--data", CURATED, "export", "--format", "tsv", "--data", acled.toString(), "--dataset",
                "acled-2023");
        assertThat(result.out().lines().skip(1).map(l -> l.substring(0, l.indexOf('\t'))))
                .containsExactly("AZE102", "IRN101", "IRN103");
    }

    @Test
    void onlyOneDataFileIsPrefetched() {
        assertThat(Main.prefetch(new String[] {"list", "--data", CURATED, "--data", acled.toString()},
                Map.of())).isNull();
        assertThat(Main.prefetch(new String[] {"list"}, Map.of("TIMELINE_DATA", CURATED + File.pathSeparator
                + acled))).isNull();
        assertThat(Main.subcommand(new String[] {"--actor-map", "list", "export"})).isEqualTo("export");
    }
}
