package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.support.Cli;
import dev.timeline.support.Cli.Result;
import dev.timeline.support.Fixtures;
import dev.timeline.support.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code timeline chart}: files, the terminal view, and every way to get it wrong. */
class ChartCommandTest {

    private final Cli cli = new Cli();

    @TempDir
    Path dir;

    @Test
    void writesAPageAndAnSvg() throws IOException {
        Path html = dir.resolve("caucasus.html");
        Result page = cli.run("chart", "-o", html.toString());
        assertThat(page.exitCode()).as(page.toString()).isZero();
        assertThat(page.out()).isEmpty();
        assertThat(page.err()).isEmpty();
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("data-event-id=\"second-karabakh-war\"");
        Path svg = dir.resolve("caucasus.SVG");
        Result image = cli.run("chart", "--in", "2023", "-o", svg.toString());
        assertThat(image.exitCode()).as(image.toString()).isZero();
        assertThat(Files.readString(svg)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ")
                .contains("Query: timeline chart --in 2023");
    }

    @Test
    void anUnknownExtensionIsAUsageErrorNamingTheAcceptedOnes() {
        Result result = cli.run("chart", "-o", dir.resolve("chart.png").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("chart.png").contains(".html").contains(".svg");
        assertThat(result.err().lines()).hasSize(1);
        assertThat(dir).isEmptyDirectory();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "chart|chart needs -o FILE.html or -o FILE.svg, or --terminal",
        "chart --terminal -o x.html|--terminal prints to standard output",
        "chart --ascii -o x.html|--ascii needs --terminal",
        "chart --terminal --width 500|--width and --height size the HTML/SVG chart",
        "chart --terminal --no-map|--no-map leaves the map out of the HTML/SVG chart; the terminal view has none",
        "chart -o x.svg --width 100|expected pixels from 320 to 20000",
        "chart -o x.svg --height 150|--height 150 is too small for this chart: it needs at least",
        "chart -o x.svg --max-lanes 0|expected a whole number of 1 or more",
        "chart --terminal --lanes people|unknown lane kind 'people'; expected one of: actor, type, country",
        "chart --terminal --actor Azerbaijn|did you mean 'Azerbaijan'?"})
    void usageErrorsSayWhatIsExpected(String args, String message) {
        Result result = cli.run(args.split(" "));
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).startsWith("timeline: ").contains(message);
        assertThat(result.err().lines()).hasSize(1);
    }

    @Test
    void aQueryWithNoEventsGivesAChartSayingSo() throws IOException {
        Path svg = dir.resolve("none.svg");
        Result result = cli.run("chart", "--in", "1950", "-o", svg.toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(Files.readString(svg)).contains("No events match this query.")
                .contains("Query: timeline chart --in 1950");
        Result terminal = cli.run("chart", "--terminal", "--in", "1950");
        assertThat(terminal.exitCode()).isZero();
        assertThat(terminal.out()).contains("No events match this query.");
    }

    @Test
    void anUnwritablePathIsAnIoErrorAndLeavesNothingBehind() throws IOException {
        Path notAFolder = dir.resolve("file");
        Files.writeString(notAFolder, "x");
        Result result = cli.run("chart", "-o", notAFolder.resolve("chart.html").toString());
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).startsWith("timeline: cannot write ").contains("chart.html");
        Result proc = cli.run("chart", "-o", "/proc/timeline-chart.svg");
        assertThat(proc.exitCode()).as(proc.toString()).isEqualTo(1);
        assertThat(Files.exists(Path.of("/proc/timeline-chart.svg"))).isFalse();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(notAFolder);
        }
    }

    @Test
    void aChartReplacesTheOldFileWhole() throws IOException {
        Path target = dir.resolve("chart.html");
        Files.writeString(target, "old chart");
        assertThat(cli.run("chart", "-o", target.toString()).exitCode()).isZero();
        assertThat(Files.readString(target)).startsWith("<!DOCTYPE html>");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(target);
        }
    }

    @Test
    void theTerminalViewFitsColumnsAndIsPlainAsciiWithAscii() {
        for (int columns : new int[] {40, 60, 100, 160}) {
            Result result = new Cli().env("COLUMNS", Integer.toString(columns)).run("chart", "--terminal");
            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.out().lines()).as("at %d columns", columns)
                    .allSatisfy(line -> assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(columns));
        }
        Result ascii = cli.run("chart", "--terminal", "--ascii");
        assertThat(ascii.out()).contains("Baku keeps an even-handed line toward Iran")
                .contains("Tehran-Baku relations").matches("[\\x00-\\x7f]*");
    }

    @Test
    void theTerminalViewIsColouredAsListIs() {
        assertThat(cli.run("chart", "--terminal", "--color=always").out()).contains("\u001b[1m").contains(
                "\u001b[33m");
        assertThat(cli.run("chart", "--terminal").out()).doesNotContain("\u001b[");
        assertThat(new Cli().env("NO_COLOR", "1").run("chart", "--terminal", "--color=auto").out())
                .doesNotContain("\u001b[");
    }

    @Test
    void aGivenSizeIsTheSvgsSize() throws IOException {
        Path svg = dir.resolve("sized.svg");
        assertThat(cli.run("chart", "-o", svg.toString(), "--width", "900", "--height", "1400").exitCode()).isZero();
        assertThat(Files.readString(svg)).contains("width=\"900\" height=\"1400\" viewBox=\"0 0 900 1400\"");
    }

    @Test
    void typeLanesAndAFewLanesWithOther() {
        Result types = cli.run("chart", "--terminal", "--lanes", "type");
        assertThat(types.out()).contains("Statement").contains("Accusation").contains("(lanes: type)");
        Result few = cli.run("chart", "--terminal", "--max-lanes", "3");
        assertThat(few.out()).contains("Other (6)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "chart-terminal.txt|chart --terminal",
        "chart-terminal-ascii.txt|chart --terminal --ascii --in 2023 --lanes country",
        "help-chart.txt|chart --help"})
    void matchesTheGoldenFile(String golden, String args) {
        Result result = cli.run(args.split(" "));
        assertThat(result.exitCode()).as(result.toString()).isZero();
        Golden.assertMatches(golden, result.out());
    }

    @Test
    void theSvgOfASmallDatasetMatchesItsGoldenFile() throws IOException {
        Path svg = dir.resolve("small.svg");
        Result result = cli.run("--data", Fixtures.path("small.json").toString(), "chart", "-o", svg.toString(),
                "--width", "800");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        Golden.assertMatches("chart-small.svg", Files.readString(svg, StandardCharsets.UTF_8));
    }

    /**
     * With no located event there is no map, so --no-map changes nothing. (Once a reader fills points, a test here
     * should chart located events through the CLI and see the panel come and go with --no-map.)
     */
    @Test
    void noMapOnAChartWithoutPointsChangesNothing() throws IOException {
        Path svg = dir.resolve("small.svg");
        Result result = cli.run("--data", Fixtures.path("small.json").toString(), "chart", "-o", svg.toString(),
                "--width", "800", "--no-map");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        Golden.assertMatches("chart-small.svg", Files.readString(svg, StandardCharsets.UTF_8));
    }

    /** The bundled dataset's located events (Tehran twice, Tel Aviv) get a map through the CLI; --no-map takes it away. */
    @Test
    void theBundledChartMapsItsLocatedEventsAndNoMapTakesThePanelAway() throws IOException {
        Path withMap = dir.resolve("map.svg");
        Path without = dir.resolve("nomap.svg");
        assertThat(cli.run("chart", "-o", withMap.toString(), "--width", "900").exitCode()).isZero();
        assertThat(cli.run("chart", "-o", without.toString(), "--width", "900", "--no-map").exitCode()).isZero();
        String mapped = Files.readString(withMap, StandardCharsets.UTF_8);
        java.util.List<String> located = dev.timeline.support.Located.ids(Fixtures.bundled());
        assertThat(located).hasSize(3);
        for (String id : located) {
            assertThat(mapped).contains("data-point-for=\"" + id + "\"");
        }
        assertThat(mapped.split("data-point-for=", -1)).hasSize(located.size() + 1);
        assertThat(Files.readString(without, StandardCharsets.UTF_8)).doesNotContain("data-point-for");
    }
}
