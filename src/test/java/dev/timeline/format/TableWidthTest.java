package dev.timeline.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.dataset.DatasetReader;
import dev.timeline.dates.EventDate;
import dev.timeline.model.Actor;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.query.Timeline;
import dev.timeline.support.Cli.Result;
import dev.timeline.support.Cli;
import dev.timeline.support.Fixtures;
import dev.timeline.text.TerminalText;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tables use the width they have, never cut a date, and measure text in terminal columns. */
class TableWidthTest {

    private static final Dataset BUNDLED = Fixtures.bundled();

    private final Cli cli = new Cli();

    @Test
    void atWideTerminalsActorsAndPlacesAreWhole() {
        Result list = cli.env("COLUMNS", "250").run("list");
        for (Event event : BUNDLED.events()) {
            String line = list.out().lines().filter(l -> l.startsWith(event.date() + " ") && l.contains(
                    TerminalText.fit(event.title(), 60).replace("…", ""))).findFirst().orElseThrow();
            assertThat(line).as(list.toString()).contains(Cells.actors(event, BUNDLED.actorsById())
                    .replace("; ", ", "));
            if (event.place() != null) {
                assertThat(line).as(list.toString()).contains(event.place().toString());
            }
        }
        Result actors = cli.env("COLUMNS", "250").run("actors");
        for (Actor actor : BUNDLED.actors()) {
            assertThat(actors.out()).as(actors.toString()).contains(actor.id() + " ")
                    .contains("  " + actor.name() + " ").contains(String.join(", ", actor.aliases()));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {20, 30, 40, 50, 60, 80, 100, 120})
    void aDateIsNeverCut(int width) {
        Result list = cli.env("COLUMNS", Integer.toString(width)).run("list");
        List<String> dates = list.out().lines().skip(1).map(l -> l.substring(0, l.indexOf(' '))).toList();
        assertThat(dates).as(list.toString())
                .containsExactlyElementsOf(BUNDLED.events().stream().sorted(Timeline.ORDER)
                        .map(e -> e.date().toString()).toList());
        dates.forEach(EventDate::parse);
        Result actors = cli.env("COLUMNS", Integer.toString(width)).run("actors", "show", "iran");
        List<String> events = actors.out().lines().dropWhile(l -> !l.startsWith("DATE")).skip(1)
                .takeWhile(l -> !l.isEmpty()).toList();
        assertThat(events).as(actors.toString()).hasSize(19);
        events.forEach(l -> EventDate.parse(l.substring(0, l.indexOf(' '))));
    }

    @ParameterizedTest
    @ValueSource(ints = {80, 90, 100, 120})
    void inActorsNameGetsRoomBeforeId(int width) {
        Result actors = cli.env("COLUMNS", Integer.toString(width)).run("actors");
        String header = actors.out().lines().findFirst().orElseThrow();
        int idWidth = header.indexOf("NAME") - 2;
        int nameWidth = header.indexOf("KIND") - header.indexOf("NAME") - 2;
        int longestName = BUNDLED.actors().stream().mapToInt(a -> a.name().length()).max().orElseThrow();
        assertThat(nameWidth).as(actors.toString()).isGreaterThanOrEqualTo(Math.min(idWidth, longestName));
        if (width >= 100) {
            assertThat(actors.out()).as(actors.toString()).contains("United States ");
        }
    }

    @Test
    void wideCharactersCountAsTwoColumns() throws IOException {
        TextTable table = new TextTable(List.of(TextTable.Column.whole("DATE"), new TextTable.Column("TITLE", 5,
                12, 1), new TextTable.Column("WHO", 3, 10, 1)));
        table.row("2023-01-01", "中文标题中文标题中文", "a");
        table.row("2023-01-02", "🚀🚀 rocket", "b");
        table.row("2023-01-03", "plain", "c");
        StringWriter out = new StringWriter();
        table.write(out, 25, false);
        List<String> lines = out.toString().lines().toList();
        int column = TerminalText.width(lines.get(0).substring(0, lines.get(0).indexOf("WHO")));
        for (String line : lines) {
            assertThat(TerminalText.width(line)).as(out.toString()).isLessThanOrEqualTo(25);
            String who = line.substring(line.lastIndexOf(' ') + 1);
            assertThat(TerminalText.width(line.substring(0, line.lastIndexOf(' ') + 1))).as(out.toString())
                    .isEqualTo(column);
            assertThat(who).isIn("WHO", "a", "b", "c");
        }
        assertThat(lines.get(1)).as(out.toString()).contains("中文标…");
    }
}
