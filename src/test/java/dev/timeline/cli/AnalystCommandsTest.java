package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.timeline.dates.EventDate;
import dev.timeline.dates.Precision;
import dev.timeline.support.Cli;
import dev.timeline.support.Cli.Result;
import dev.timeline.support.Fixtures;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** show, actors, stats and validate on the bundled dataset, through the real command line. */
class AnalystCommandsTest {

    private final Cli cli = new Cli();
    private final ObjectMapper mapper = new ObjectMapper();

    private Result ok(String... args) {
        Result result = cli.run(args);
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result;
    }

    private JsonNode json(String... args) throws IOException {
        return mapper.readTree(ok(args).out());
    }

    @Test
    void showPrintsEveryFieldTheDateInWordsSourcesAndRelatedEvents() {
        String card = ok("show", "embassy-attack-tehran").out();
        assertThat(card).contains("Deadly armed attack", "Id:", "embassy-attack-tehran", "day: 27 January 2023",
                "armed-attack", "Azerbaijan (target)", "Tehran, IRN", "Fatalities: 1", "Caspian News, published "
                        + "2023-01-30", "Related (sharing an actor, within 14 days)",
                "azerbaijan-closes-tehran-embassy");
        assertThat(ok("show", "irgc-border-drills").out()).contains("month: October 2022");
    }

    @Test
    void showTakesAUniquePrefixAndListsCandidatesOtherwise() {
        assertThat(ok("show", "mp-").out()).contains("mp-fazil-mustafa-shot");
        Result ambiguous = cli.run("show", "iran");
        assertThat(ambiguous.exitCode()).isEqualTo(2);
        assertThat(ambiguous.err()).contains("is ambiguous", "'iran-bellicose-response'");
        Result unknown = cli.run("show", "embassy-atack-tehran");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown event 'embassy-atack-tehran' (did you mean "
                + "'embassy-attack-tehran'");
    }

    @Test
    void showAsJson() throws IOException {
        JsonNode shown = json("show", "tel-aviv-embassy-opens", "--format", "json");
        assertThat(shown.get("event").get("id").asText()).isEqualTo("tel-aviv-embassy-opens");
        assertThat(shown.get("dateInWords").asText()).isEqualTo("day: 30 March 2023");
        assertThat(shown.get("related").findValuesAsText("id")).contains("eli-cohen-unified-front")
                .doesNotContain("tel-aviv-embassy-opens", "embassy-attack-tehran");
    }

    @Test
    void actorsListsEveryActorWithItsActivity() throws IOException {
        JsonNode actors = json("actors", "--format", "json");
        assertThat(actors.size()).isEqualTo(28);
        JsonNode iran = actors.get(0);
        List<String> fields = new ArrayList<>();
        iran.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).contains("id", "name", "kind", "country", "aliases", "partOf", "events", "first", "last");
        assertThat(iran.get("id").asText()).isEqualTo("iran");
        assertThat(iran.get("aliases").toString()).contains("Tehran");
        JsonNode irgc = findById(actors, "irgc");
        assertThat(irgc.get("partOf").asText()).isEqualTo("iran");
        assertThat(irgc.get("events").asInt()).isEqualTo(1);
        assertThat(irgc.get("first").asText()).isEqualTo("2022-10");
        assertThat(ok("actors").out()).startsWith("ID ").contains("irgc");
        assertThat(ok("actors", "--format", "csv").out()).startsWith("id,name,kind,country,aliases,partOf,events,"
                + "first,last\r\n");
    }

    @Test
    void actorsCountOnlyTheSelectedEvents() throws IOException {
        JsonNode actors = json("actors", "--format", "json", "--in", "2022");
        assertThat(findById(actors, "irgc").get("events").asInt()).isEqualTo(1);
        assertThat(findById(actors, "eli-cohen").get("events").asInt()).isZero();
        assertThat(findById(actors, "eli-cohen").get("first").isNull()).isTrue();
    }

    @Test
    void actorsShowGivesTheCardEventsAndCounterparts() throws IOException {
        String card = ok("actors", "show", "Tehran").out();
        assertThat(card).startsWith("Iran (iran)").contains("Events (", "Counterparts (", "Azerbaijan");
        JsonNode json = json("actors", "show", "Amir Abdollahian", "--format", "json");
        assertThat(json.get("actor").get("id").asText()).isEqualTo("hossein-amir-abdollahian");
        assertThat(json.get("events").findValuesAsText("id")).containsExactly("foreign-ministers-call-april-7",
                "foreign-ministers-call-april-8");
        JsonNode bayramov = json.get("counterparts").get(0);
        assertThat(bayramov.get("id").asText()).isEqualTo("jeyhun-bayramov");
        assertThat(bayramov.get("events").asInt()).isEqualTo(2);
        Result unknown = cli.run("actors", "show", "Azerbaijn");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("did you mean 'Azerbaijan'");
    }

    @Test
    void statsByMonthWithQuadShowsTheSpringRiseAndTheAprilCalls() throws IOException {
        JsonNode months = json("stats", "--by", "month", "--quad", "--format", "json");
        JsonNode march = findBucket(months, "2023-03");
        JsonNode april = findBucket(months, "2023-04");
        JsonNode february = findBucket(months, "2023-02");
        assertThat(march.get("verbalConflict").asInt()).isGreaterThan(february.get("verbalConflict").asInt());
        assertThat(april.get("verbalConflict").asInt()).isPositive();
        assertThat(april.get("verbalCooperation").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(findBucket(months, "2022-11").get("count").asInt()).as("empty buckets are zero").isZero();
        for (JsonNode bucket : months) {
            assertThat(bucket.get("count").asInt()).isEqualTo(bucket.get("verbalCooperation").asInt()
                    + bucket.get("materialCooperation").asInt() + bucket.get("verbalConflict").asInt()
                    + bucket.get("materialConflict").asInt() + bucket.get("noQuadClass").asInt());
        }
        String table = ok("stats", "--by", "month", "--quad").out();
        assertThat(table).contains("CONFLICT ◀ ▶ COOPERATION", "2023-04", "events left out");
    }

    @ParameterizedTest
    @CsvSource({"quarter, 2023-Q1", "year, 2023", "type, threat", "actor, Iran", "quad, verbal-conflict"})
    void statsByEveryBucket(String by, String bucket) throws IOException {
        JsonNode buckets = json("stats", "--by", by, "--format", "json");
        assertThat(findBucket(buckets, bucket).get("count").asInt()).isPositive();
        assertThat(ok("stats", "--by", by).out()).contains(bucket).contains("█");
    }

    @Test
    void statsRefusesAnUnknownBucket() {
        Result result = cli.run("stats", "--by", "moth");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("unknown bucket 'moth' (did you mean 'month'", "expected one of: month");
    }

    /**
     * For random filters, month counts add up to the events listed, less those the documented rule leaves out
     * (dated less precisely than a month, or with an open start), and the left-out count says how many.
     */
    @Test
    void monthCountsSumToTheListedEventsUnderTheCoarseDateRule() throws IOException {
        long seed = Long.getLong("timeline.seed", System.nanoTime());
        Random random = new Random(seed);
        String[][] dates = {{}, {"--in", "2023"}, {"--in", "2023-Q1"}, {"--from", "2022"}, {"--to", "2022"},
            {"--match", "within", "--in", "2023-03"}, {"--around", "mp-fazil-mustafa-shot", "--window", "1m"}};
        String[][] others = {{"--actor", "Iran"}, {"--actor", "Azerbaijan"}, {"--type", "threat"},
            {"--with", "Israel"}, {"--role", "target"}, {"--precision", "month"}, {"--text", "embassy"}};
        for (int i = 0; i < 40; i++) {
            List<String> args = new ArrayList<>(List.of(dates[random.nextInt(dates.length)]));
            int first = random.nextInt(others.length + 1);
            if (first < others.length) {
                args.addAll(List.of(others[first]));
                int second = random.nextInt(others.length);
                if (second != first && random.nextBoolean()) {
                    args.addAll(List.of(others[second]));
                }
            }
            List<String> list = new ArrayList<>(List.of("list", "--format", "jsonl"));
            list.addAll(args);
            int listed = 0;
            int coarse = 0;
            for (String line : ok(list.toArray(String[]::new)).out().lines().toList()) {
                EventDate date = EventDate.parse(mapper.readTree(line).get("date").asText());
                listed++;
                if (date.isOpenStart() || !date.precision().atLeast(Precision.MONTH)) {
                    coarse++;
                }
            }
            List<String> stats = new ArrayList<>(List.of("stats", "--by", "month", "--format", "json"));
            stats.addAll(args);
            Result result = ok(stats.toArray(String[]::new));
            int sum = 0;
            for (JsonNode bucket : mapper.readTree(result.out())) {
                sum += bucket.get("count").asInt();
            }
            String where = "seed " + seed + ", filters " + args;
            assertThat(sum).as(where).isEqualTo(listed - coarse);
            assertThat(result.err()).as(where).isEqualTo(coarse == 0 ? "" : "timeline: stats: left out " + coarse
                    + (coarse == 1 ? " event" : " events") + " dated less precisely than a month or with an open "
                    + "start" + System.lineSeparator());
        }
    }

    @Test
    void validateReportsEverySeededProblemWithItsLine() {
        Result result = cli.run("validate", Fixtures.path("broken.json").toString());
        assertThat(result.exitCode()).isEqualTo(1);
        String broken = Fixtures.path("broken.json").toString();
        assertThat(result.out().lines()).contains(broken + ":4:3: unknown field 'colour' in dataset; expected: id, "
                + "version, title, description, actors, events");
        for (int line : new int[] {4, 6, 8, 9, 12, 13, 15, 16}) {
            assertThat(result.out()).contains(broken + ":" + line + ":");
        }
        assertThat(result.err()).contains("checked 1 file: 10 errors, 0 warnings");
    }

    @Test
    void validateWarnsWithoutFailing() {
        Result result = cli.run("validate", Fixtures.path("warnings.json").toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        String file = Fixtures.path("warnings.json").toString();
        assertThat(result.out().lines()).containsExactly(
                file + ":5:5: warning: actor 'idle' takes part in no event",
                file + ":8:5: warning: event 'unsourced' has no source; expected at least one citation in 'sources'",
                file + ":11:14: warning: event 'late' is dated 2023-05-01, after its only source was published "
                        + "(2023-04); check the date");
    }

    @Test
    void validateTheDatasetInUseAndAsJson() throws IOException {
        Result bundled = cli.run("validate");
        assertThat(bundled.exitCode()).as(bundled.toString()).isZero();
        assertThat(bundled.out()).isEmpty();
        assertThat(bundled.err()).contains("checked 1 file: 0 errors, 0 warnings");
        JsonNode json = json("validate", "--format", "json", Fixtures.path("small.json").toString());
        assertThat(json.get("files").get(0).get("valid").asBoolean()).isTrue();
        Result bad = cli.run("validate", "--format", "json", Fixtures.path("broken.json").toString());
        assertThat(bad.exitCode()).isEqualTo(1);
        JsonNode problems = mapper.readTree(bad.out()).get("problems");
        assertThat(problems.size()).isEqualTo(10);
        assertThat(problems.get(0).get("line").asInt()).isEqualTo(4);
        assertThat(problems.get(0).get("severity").asText()).isEqualTo("error");
    }

    private static JsonNode findById(JsonNode array, String id) {
        for (JsonNode node : array) {
            if (node.get("id").asText().equals(id)) {
                return node;
            }
        }
        throw new AssertionError("no " + id + " in " + array);
    }

    private static JsonNode findBucket(JsonNode array, String key) {
        for (JsonNode node : array) {
            if (node.get("bucket").asText().equals(key)) {
                return node;
            }
        }
        throw new AssertionError("no bucket " + key + " in " + array);
    }
}
