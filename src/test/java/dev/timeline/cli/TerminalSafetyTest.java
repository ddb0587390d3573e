package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.support.Cli;
import dev.timeline.support.Cli.Result;
import dev.timeline.support.Nasty;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every view printed for a person, run on a dataset whose every text holds terminal control sequences
 * ({@link Nasty#HOSTILE}): no control character, DEL or bidi override from the data reaches stdout or stderr, with
 * or without colour; they are shown as visible escapes. The tool's own colours ({@code ESC[1m}, {@code ESC[2m},
 * {@code ESC[33m}, {@code ESC[0m}) are allowed when colour is on.
 */
class TerminalSafetyTest {

    @TempDir
    static Path dir;

    private static Path file;

    private final Cli cli = new Cli();

    @BeforeEach
    void writeDataset() throws IOException {
        file = dir.resolve("hostile.json");
        Files.writeString(file, Nasty.hostileJson(), StandardCharsets.UTF_8);
    }

    static Stream<Arguments> views() {
        List<Arguments> views = new ArrayList<>();
        for (String color : List.of("never", "always")) {
            for (String width : List.of("40", "100", "250")) {
                for (List<String> command : List.of(List.of("list"), List.of("list", "--format", "markdown"),
                        List.of("show", "e1"), List.of("show", "e4"), List.of("actors"), List.of("actors", "show", "evil"),
                        List.of("actors", "show", "other"), List.of("chart", "--terminal"),
                        List.of("chart", "--terminal", "--ascii"), List.of("chart", "--terminal", "--lanes", "type"),
                        List.of("stats", "--by", "actor"), List.of("stats", "--by", "type"),
                        List.of("stats", "--by", "month", "--quad"), List.of("validate"),
                        List.of("list", "--actor", "Nobody"), List.of("show", "nope"))) {
                    views.add(Arguments.of(color, width, command));
                }
            }
        }
        return views.stream();
    }

    @ParameterizedTest(name = "--color {0}, COLUMNS={1}: {2}")
    @MethodSource("views")
    void noControlFromTheDataReachesTheTerminal(String color, String width, List<String> command) {
        List<String> args = new ArrayList<>(List.of("--data", file.toString()));
        args.addAll(command);
        if (!command.get(0).equals("validate")) {
            args.addAll(List.of("--color", color));
        }
        Result result = cli.env("COLUMNS", width).run(args.toArray(String[]::new));
        boolean failing = command.contains("Nobody") || command.contains("nope");
        assertThat(result.exitCode() != 0).as(result.toString()).isEqualTo(failing);
        String all = result.out() + result.err();
        assertSafe(all, color.equals("always"), result.toString());
        boolean dataShown = !command.contains("type") && !command.contains("month");
        if (width.equals("250") && dataShown || failing) {
            assertThat(all).as("the escapes are visible: %s", result).contains(failing ? "timeline: " : "\\e");
        }
        if (color.equals("always") && !failing && !command.get(0).equals("validate") && !command.contains("markdown")) {
            assertThat(all).as("the tool's own colours stay: %s", result).contains("\u001b[");
        }
    }

    @Test
    void errorsThatQuoteDataShowEscapes() throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Nasty.hostileJson().replace("\"actor\": \"evil\"",
                "\"actor\": " + Nasty.json("ev\u001b]0;x\u0007il")), StandardCharsets.UTF_8);
        for (String command : List.of("list", "validate")) {
            Result result = cli.run("--data", broken.toString(), command);
            assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.DATA);
            assertThat(result.err() + result.out()).as(result.toString())
                    .contains("unknown actor 'ev\\e]0;x\\x07il'");
            assertSafe(result.out() + result.err(), false, result.toString());
        }
        Result typed = cli.run("--data", file.toString(), "list", "--actor", "\u001b[2Jx\u0007");
        assertThat(typed.exitCode()).as(typed.toString()).isEqualTo(ExitCode.USAGE);
        assertSafe(typed.out() + typed.err(), false, typed.toString());
    }

    @Test
    void validateWarnsAboutEachHostileText() {
        Result result = cli.run("validate", file.toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).as(result.toString())
                .contains(file + ":1:28: warning: 'title' of 'hostile' holds \\e (character 6)")
                .contains("'name' of 'evil' holds \\e (character 10)")
                .contains("'aliases' of 'evil' holds \\e")
                .contains("'outlet' of 'e1' holds \\e")
                .contains("'tags' of 'e4' holds \\e");
        assertSafe(result.out() + result.err(), false, result.toString());
    }

    @Test
    void addWarnsAboutTheControlsItStores() throws IOException {
        Result result = cli.run("--data", file.toString(), "add", "--id", "new", "--date", "2023-04-01", "--title",
                "bell\u0007 and \u202Eright", "--type", "statement", "--summary", "plain");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        List<String> lines = Files.readAllLines(file);
        int line = lines.indexOf(lines.stream().filter(l -> l.contains("bell")).findFirst().orElseThrow()) + 1;
        assertThat(result.err()).as(result.toString())
                .contains(file + ":" + line + ":")
                .contains("warning: 'title' of 'new' holds \\x07 (character 5)")
                .doesNotContain("'summary'");
        assertSafe(result.out() + result.err(), false, result.toString());
    }

    @Test
    void validateRefusesALoneSurrogate() throws IOException {
        Path lone = dir.resolve("lone.json");
        Files.writeString(lone, "{\"id\": \"d\", \"actors\": [], \"events\": [],\n \"title\": \"x\\ud800\"}\n");
        Result result = cli.run("validate", lone.toString());
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.DATA);
        assertThat(result.out()).as(result.toString()).startsWith(lone + ":2:11: a string holds a lone surrogate "
                + "\\uD800 (character 2)");
        Result list = cli.run("--data", lone.toString(), "list");
        assertThat(list.exitCode()).as(list.toString()).isEqualTo(ExitCode.DATA);
        assertThat(list.err()).as(list.toString()).contains(lone + ":2:11: a string holds a lone surrogate");
    }

    /** No ESC, BEL, NUL, other C0 but line feed, DEL, C1 or bidi control, except the tool's own colours. */
    static void assertSafe(String output, boolean colour, String context) {
        String text = colour ? output.replaceAll("\u001b\\[(?:0|1|2|33)m", "") : output;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad = c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f || c >= 0x202a && c <= 0x202e
                    || c >= 0x2066 && c <= 0x2069;
            assertThat(bad).as("U+%04X at %d of:%n%s", (int) c, i, context).isFalse();
        }
    }
}
