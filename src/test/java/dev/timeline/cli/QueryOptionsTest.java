package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.support.Cli;
import dev.timeline.support.Cli.Result;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The query language on the bundled dataset, through the real command line. */
class QueryOptionsTest {

    private final Cli cli = new Cli();

    /** Event ids that {@code list ARGS} prints, in order. */
    List<String> ids(String args) {
        List<String> all = new ArrayList<>(List.of("list", "--format", "csv"));
        all.addAll(List.of(args.trim().split("\\s+")).stream().filter(a -> !a.isEmpty()).toList());
        Result result = cli.run(all.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result.out().lines().skip(1).map(line -> line.substring(0, line.indexOf(','))).toList();
    }

    @Test
    void aroundTheShootingWithinThreeDays() {
        assertThat(ids("--around mp-fazil-mustafa-shot --window 3d"))
                .contains("mp-fazil-mustafa-shot", "tel-aviv-embassy-opens")
                .doesNotContain("blinken-azerbaijan-border-remark", "iranian-diplomats-expelled");
    }

    @Test
    void aroundMarksThePivotInTheTable() {
        Result result = cli.run("list", "--around", "mp-fazil-mustafa-shot", "--window", "3d");
        assertThat(result.out().lines().filter(l -> l.contains("▶"))).singleElement().asString()
                .startsWith("2023-03-28");
    }

    @Test
    void aroundADateAndTheDefaultWindowOfSevenDays() {
        assertThat(ids("--around 2023-03-28")).contains("blinken-azerbaijan-border-remark")
                .doesNotContain("iranian-diplomats-expelled");
        assertThat(ids("--around 2023-03-28 --window P10D")).contains("iranian-diplomats-expelled");
    }

    @Test
    void withIsAllOf() {
        assertThat(ids("--with Israel --with Azerbaijan")).contains("tel-aviv-embassy-opens")
                .doesNotContain("embassy-attack-tehran");
    }

    @Test
    void roleNarrowsActor() {
        List<String> byIran = ids("--actor Iran --role initiator");
        assertThat(byIran).contains("irgc-border-drills", "heydari-border-warning")
                .doesNotContain("iranian-diplomats-expelled", "tel-aviv-embassy-opens");
        assertThat(ids("--actor Iran")).containsAll(byIran);
    }

    @Test
    void aliasesAccentsAndPunctuationDoNotMatter() {
        assertThat(ids("--actor Tehran")).isEqualTo(ids("--actor Iran")).isNotEmpty();
        assertThat(ids("--actor amir abdollahian".replace("amir abdollahian", "amir-abdollahian")))
                .isEqualTo(ids("--actor Amir-Abdollahian")).isNotEmpty();
        Result spaced = cli.run("list", "--format", "csv", "--actor", "amir abdollahian");
        assertThat(spaced.exitCode()).as(spaced.toString()).isZero();
        assertThat(cli.run("list", "--format", "csv", "--actor", "Amir Abdollahiân").out()).isEqualTo(spaced.out());
    }

    @Test
    void exactActorLeavesOutParts() {
        assertThat(ids("--actor Iran --exact-actor")).doesNotContain("irgc-border-drills");
        assertThat(ids("--actor Iran")).contains("irgc-border-drills");
    }

    @Test
    void matchWithinNeedsTheWholeSpanInside() {
        assertThat(ids("--from 2022-10-15 --to 2022-10-20")).contains("irgc-border-drills");
        assertThat(ids("--from 2022-10-15 --to 2022-10-20 --match within")).doesNotContain("irgc-border-drills");
        assertThat(ids("--in 2022-10 --match within")).containsExactly("irgc-border-drills");
    }

    @Test
    void beforeAndAfterAreCertain() {
        List<String> before = ids("--before embassy-attack-tehran");
        assertThat(before).contains("irgc-border-drills", "rouhani-era-partnership")
                .doesNotContain("embassy-attack-tehran", "relations-sour-since-2021");
        List<String> after = ids("--after tel-aviv-embassy-opens");
        assertThat(after).contains("foreign-ministers-call-april-7").doesNotContain("tel-aviv-embassy-opens",
                "mp-fazil-mustafa-shot");
        assertThat(ids("--after 2023-04-07")).contains("foreign-ministers-call-april-8")
                .doesNotContain("foreign-ministers-call-april-7");
    }

    @Test
    void precisionKeepsOnlyPreciseEnoughDates() {
        assertThat(ids("--precision day")).contains("embassy-attack-tehran").doesNotContain("irgc-border-drills");
        assertThat(ids("--precision month")).contains("irgc-border-drills").doesNotContain("second-karabakh-war");
        assertThat(ids("--precision year")).contains("second-karabakh-war");
    }

    @Test
    void inEveryPeriodForm() {
        assertThat(ids("--in 2023-Q1")).isEqualTo(ids("--from 2023-01-01 --to 2023-03-31"));
        assertThat(ids("--in 2023-W13")).contains("mp-fazil-mustafa-shot", "tel-aviv-embassy-opens")
                .doesNotContain("blinken-azerbaijan-border-remark");
        assertThat(ids("--in 2023-03-20/P2W")).isEqualTo(ids("--from 2023-03-20 --to 2023-04-02"));
        assertThat(ids("--in P30D/2023-04-13")).isEqualTo(ids("--from 2023-03-15 --to 2023-04-13"));
        assertThat(ids("--in ../2022-12-31")).isEqualTo(ids("--to 2022-12-31"));
        assertThat(ids("--in 2023-03-01/..")).isEqualTo(ids("--from 2023-03-01"));
        assertThat(ids("--in 2023-03/2023-04")).isEqualTo(ids("--from 2023-03 --to 2023-04"));
    }

    @Test
    void otherFilters() {
        assertThat(ids("--type threat --type accusation")).contains("heydari-border-warning",
                "iran-accuses-israeli-surveillance").doesNotContain("tel-aviv-embassy-opens");
        assertThat(ids("--tag spy-network")).contains("crackdown-pro-iranian-groups");
        assertThat(ids("--place Tehran")).contains("embassy-attack-tehran").doesNotContain("tel-aviv-embassy-opens");
        assertThat(ids("--place isr")).containsExactly("tel-aviv-embassy-opens");
        assertThat(ids("--source nobody")).isEmpty();
        assertThat(cli.run("list", "--format", "csv", "--source", "Caspian News").out())
                .contains("embassy-attack-tehran");
        assertThat(cli.run("list", "--format", "csv", "--text", "EMBASSY attack").out())
                .contains("embassy-attack-tehran").doesNotContain("tel-aviv-embassy-opens");
    }

    @Test
    void sortAndLimit() {
        List<String> all = ids("");
        List<String> newest = ids("--sort=-date");
        List<String> reversed = new ArrayList<>(all);
        java.util.Collections.reverse(reversed);
        assertThat(newest).containsExactlyElementsOf(reversed);
        assertThat(ids("--sort -date --limit 2")).isEqualTo(newest.subList(0, 2));
        assertThat(ids("--limit 3")).isEqualTo(all.subList(0, 3));
    }

    @Test
    void filtersComposeByAnd() {
        List<String> both = ids("--actor Israel --type cooperation");
        assertThat(both).isNotEmpty().allSatisfy(id -> {
            assertThat(ids("--actor Israel")).contains(id);
            assertThat(ids("--type cooperation")).contains(id);
        });
    }

    @Test
    void exportTakesTheSameFilters() {
        Result result = cli.run("export", "--with", "Israel", "--with", "Azerbaijan", "--in", "2023-Q1");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("tel-aviv-embassy-opens").doesNotContain("embassy-attack-tehran");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            --in 2023-Q5                         | '--in' | '2023-Q5' is not a quarter: quarters are Q1 to Q4
            --in 2023-W60                        | '--in' | '2023-W60' is not an ISO week
            --in 2023-03-20/P2X                  | '--in' | '2023-03-20/P2X': 'P2X' is not an ISO 8601 duration
            --in 2023 --from 2023-01             | --in   | --in cannot be combined with --from or --to
            --around mp-fazil-mustafa-shot --window 3x | '--window' | '3x' is not a window; expected a number and a unit
            --around no-such-id                  | --around | unknown event 'no-such-id' for --around
            --around mp-shooting                 | --around | 'mp-fazil-mustafa-shot'
            --before 2023-13                     | '--before' | '2023-13'
            --window 3d                          | --window | --window needs --around
            --limit 0                            | '--limit' | '0' is not an allowed limit; expected a whole number from 1 to 2147483647
            --limit x                            | '--limit' | 'x'
            --match sometimes                    | '--match' | 'sometimes'; expected overlaps or within
            --precision week                     | '--precision' | 'week' is not a precision; expected one of: day, month
            --role boss                          | '--role' | unknown role 'boss'; expected one of: initiator, target, participant, mentioned
            --type threet                        | '--type' | unknown event type 'threet' (did you mean 'threat'?); expected one of: military-exercise
            --with Israle                        | --with | unknown actor 'Israle' for --with (did you mean 'Israel'
            --sort size                          | '--sort' | 'size'; expected date (oldest first) or -date (newest first)
            """)
    void badValuesNameTheOptionTheValueAndTheExpectedForm(String args, String option, String message) {
        List<String> all = new ArrayList<>(List.of(args.trim().split("\\s+")));
        all.add(0, "list");
        Result result = cli.run(all.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).as(result.toString()).startsWith("timeline: ").contains(option).contains(message);
        assertThat(result.err().lines()).as(result.toString()).hasSize(1);
    }
}
