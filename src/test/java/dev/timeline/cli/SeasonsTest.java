package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.support.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * EDTF seasons as northern-hemisphere meteorological seasons, end to end: queries, the calendar, stats, and
 * {@code --from}/{@code --to}, which take calendar dates only.
 */
class SeasonsTest {

    @TempDir
    Path dir;

    private final Cli cli = new Cli();
    private String data;

    @BeforeEach
    void seasonalEvents() throws IOException {
        Path file = dir.resolve("seasons.jsonl");
        Files.writeString(file, """
                {"id":"spring","date":"2023-21","type":"statement","title":"Spring talks","actors":["Iran"]}
                {"id":"summer","date":"2023-22","type":"statement","title":"Summer talks","actors":["Iran"]}
                {"id":"winter","date":"2023-24","type":"statement","title":"Winter talks","actors":["Iran"]}
                {"id":"day","date":"2023-05-10","type":"statement","title":"A day in May","actors":["Iran"]}
                """);
        data = file.toString();
    }

    private String ids(String... query) {
        String[] args = new String[query.length + 5];
        args[0] = "list";
        args[1] = "--data";
        args[2] = data;
        args[3] = "--format";
        args[4] = "csv";
        System.arraycopy(query, 0, args, 5, query.length);
        Cli.Result result = cli.run(args);
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return String.join(" ", result.out().lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList());
    }

    @ParameterizedTest(name = "--in {0}: {1}")
    @CsvSource({
        "2023-01, ''",
        "2023-03, spring",
        "2023-05, spring day",
        "2023-06, summer",
        "2023-Q1, spring",
        "2023-12, winter",
        "2024-02, winter"})
    void aSeasonCoversItsMeteorologicalMonths(String period, String expected) {
        assertThat(ids("--in", period)).isEqualTo(expected);
    }

    @Test
    void csvAndCalendarShowTheSeasonsSpan() {
        Cli.Result csv = cli.run("export", "--data", data, "--format", "csv", "--in", "2023-21");
        assertThat(csv.out()).contains("spring,2023-21,2023-03-01,2023-05-31,");
        Cli.Result ics = cli.run("export", "--data", data, "--format", "ics", "--in", "2023-24");
        assertThat(ics.out()).contains("DTSTART;VALUE=DATE:20231201").contains("DTEND;VALUE=DATE:20240301");
    }

    @Test
    void showDescribesTheSeason() {
        Cli.Result show = cli.run("show", "--data", data, "winter");
        assertThat(show.out()).as(show.toString()).contains("winter 2023–24");
    }

    @Test
    void statsPlaceASeasonOnlyInABucketThatHoldsItWhole() {
        Cli.Result quarters = cli.run("stats", "--data", data, "--by", "quarter", "--format", "csv");
        assertThat(quarters.exitCode()).as(quarters.toString()).isZero();
        // Only the day counts: spring straddles Q1/Q2, summer Q2/Q3, winter Q4/Q1 of the next year.
        assertThat(quarters.out()).contains("2023-Q2,1").doesNotContain("2023-Q1,").doesNotContain("2023-Q3,");
        Cli.Result years = cli.run("stats", "--data", data, "--by", "year", "--format", "csv");
        assertThat(years.out()).as(years.toString()).contains("2023,3");
    }

    @ParameterizedTest
    @CsvSource({"--from, 2023-21", "--to, 2023-24", "--from, 2023-22"})
    void aSeasonIsNotABound(String option, String value) {
        Cli.Result result = cli.run("list", "--data", data, option, value);
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("'" + value + "' is an EDTF season, not a date")
                .contains("expected YYYY, YYYY-MM or YYYY-MM-DD").hasLineCount(1);
        assertThat(result.out()).isEmpty();
    }
}
