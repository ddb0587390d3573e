package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.support.Cli;
import dev.timeline.support.Cli.Result;
import dev.timeline.support.Fixtures;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListCommandTest {

    private final Cli cli = new Cli();

    /** Event ids of a CSV listing, in order. */
    private List<String> ids(String... args) {
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--format";
        all[args.length + 1] = "csv";
        Result result = cli.run(all);
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result.out().lines().skip(1).map(line -> line.substring(0, line.indexOf(','))).toList();
    }

    @Test
    void marchWithIsraelShowsTheEmbassyOpeningAndNothingFromJanuary() {
        Result result = cli.run("list", "--from", "2023-03-01", "--to", "2023-03-31", "--actor", "Israel");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Tel Aviv").doesNotContain("2023-01");
        assertThat(ids("list", "--from", "2023-03-01", "--to", "2023-03-31", "--actor", "Israel"))
                .contains("tel-aviv-embassy-opens")
                .doesNotContain("embassy-attack-tehran");
    }

    @Test
    void aPartialDateIsListedWhenItsSpanOverlapsTheRange() {
        assertThat(ids("list", "--from", "2022-10-15", "--to", "2022-10-20")).contains("irgc-border-drills");
        assertThat(ids("list", "--from", "2022-11-01", "--to", "2022-12-31")).doesNotContain("irgc-border-drills");
    }

    @Test
    void partialBoundsCoverTheirWholeSpan() {
        // --to 2023-03 means through March 31; --from 2023-03 from March 1
        assertThat(ids("list", "--from", "2023-03", "--to", "2023-03")).contains("mp-fazil-mustafa-shot",
                "tel-aviv-embassy-opens").doesNotContain("embassy-attack-tehran", "foreign-ministers-call-april-7");
        assertThat(ids("list", "--to", "2023-03")).doesNotContain("foreign-ministers-call-april-7");
        assertThat(ids("list", "--from", "2023")).contains("embassy-attack-tehran");
    }

    @Test
    void actorIncludesEverythingPartOfIt() {
        assertThat(ids("list", "--actor", "Iran")).contains("irgc-border-drills");
        assertThat(ids("list", "--actor", "IRGC")).containsExactly("irgc-border-drills");
    }

    @Test
    void actorMatchesIdNameOrAliasIgnoringCase() {
        assertThat(ids("list", "--actor", "tehran")).isEqualTo(ids("list", "--actor", "Iran"));
        assertThat(ids("list", "--actor", "BAKU")).isEqualTo(ids("list", "--actor", "azerbaijan"));
    }

    @Test
    void repeatedActorMeansAnyOf() {
        List<String> either = ids("list", "--actor", "Israel", "--actor", "Armenia");
        assertThat(either).containsAll(ids("list", "--actor", "Israel")).containsAll(ids("list", "--actor", "Armenia"));
    }

    @Test
    void listsInDateOrder() {
        Result result = cli.run("--data", Fixtures.path("small.json").toString(), "list", "--format", "csv");
        assertThat(result.out().lines().skip(1).map(l -> l.substring(0, l.indexOf(',')))).containsExactly(
                "souring", "drills", "attack", "call");
    }

    @Test
    void tableFitsTheWidthAndCutsWithAnEllipsis() {
        Result result = new Cli().env("COLUMNS", "60").run("list");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(60));
        assertThat(result.out()).contains("…");
        assertThat(result.out().lines().findFirst().orElseThrow()).startsWith("DATE");
    }

    @Test
    void dataComesFromTheEnvironmentWhenNotGiven() {
        Result result = new Cli().env("TIMELINE_DATA", Fixtures.path("small.json").toString()).run("list");
        assertThat(result.out()).contains("Border drills");
        Result explicit = new Cli().env("TIMELINE_DATA", "/no/such.json")
                .run("list", "--data", Fixtures.path("small.json").toString());
        assertThat(explicit.exitCode()).as(explicit.toString()).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            list --from 2023-13-01                      | 2 | '2023-13-01'
            list --from 2023-13-01                      | 2 | expected YYYY, YYYY-MM or YYYY-MM-DD
            list --to March                             | 2 | 'March' is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD
            list --from 2023-02-30                      | 2 | '2023-02-30'
            list --from 2023-05 --to 2023-04-30         | 2 | --from 2023-05-01 is after --to 2023-04-30
            list --actor Azerbaijn                      | 2 | unknown actor 'Azerbaijn' for --actor (did you mean 'Azerbaijan'
            list --format xml                           | 2 | --format
            list --bogus                                | 2 | unknown option: '--bogus'
            list --data /no/such/file.json              | 1 | /no/such/file.json: no such file
            """)
    void badInputGetsOneLineAndItsExitCode(String args, int code, String message) {
        Result result = cli.run(args.trim().split("\\s+"));
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(code);
        assertThat(result.err()).as(result.toString()).contains(message).startsWith("timeline: ");
        assertThat(result.err().lines().count()).as(result.toString()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
    }

    @Test
    void malformedJsonNamesLineAndColumnWithoutAStackTrace() {
        Result result = cli.run("list", "--data", Fixtures.path("malformed.json").toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("malformed.json:5:16: malformed JSON").doesNotContain("\tat ");
    }

    @Test
    void verboseAddsTheStackTrace() {
        Result result = cli.run("list", "--verbose", "--data", Fixtures.path("malformed.json").toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("\tat ");
    }

    @Test
    void nothingMatchingIsASuccessThatSaysSo() {
        Result table = cli.run("list", "--in", "1980");
        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).startsWith("DATE").hasLineCount(1);
        assertThat(table.err()).isEqualTo("timeline: no events match the query" + System.lineSeparator());
        Result csv = cli.run("list", "--in", "1980", "--format", "csv");
        assertThat(csv.out()).hasLineCount(1);
        assertThat(csv.err()).isEmpty();
    }

    @Test
    void versionAndHelp() {
        Result version = cli.run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("timeline ").contains("Java ");
        Result help = cli.run("list", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--from", "--to", "--actor", "--format", "Example");
    }
}
