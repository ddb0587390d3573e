package dev.timeline.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.dataset.DatasetReader;
import dev.timeline.dates.EventDate;
import dev.timeline.model.Actor;
import dev.timeline.model.ActorKind;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.model.Participation;
import dev.timeline.model.Role;
import dev.timeline.support.Cli.Result;
import dev.timeline.support.Cli;
import dev.timeline.support.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * In {@code chart --terminal}, every event number in a lane's numbers row starts in the column of its own mark:
 * the mark there is the one the key gives the event (a point's glyph, a span's, or a count of exactly the points
 * listed), and every mark drawn is explained by the legend. Checked on the bundled dataset and, seeded, on random
 * datasets at random widths from 40 to 250 (the seed is printed so that a failure can be replayed).
 */
class TerminalChartNumbersTest {

    private static final Pattern KEY = Pattern.compile("^ *(\\d+) (\\S) ");
    private static final Pattern TOKEN = Pattern.compile("\\d+(?:,\\d+)*");
    private static final String POINTS = "●○◌";
    private static final String SPANS = "━┅";

    @Test
    void theAzerbaijanLaneInMarch2023() {
        Result result = new Cli().env("COLUMNS", "60").run("chart", "--terminal", "--in", "2023-03", "--color",
                "never");
        check(result.out(), "bundled, COLUMNS=60");
        String[] lines = result.out().split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("Azerbaijan ")) {
                assertThat(lines[i + 1]).as(result.toString()).doesNotContain(" 9").doesNotContain("8 9");
            }
        }
    }

    @Test
    void theBundledDatasetAtEveryWidth() {
        Dataset bundled = Fixtures.bundled();
        for (int width = 40; width <= 250; width++) {
            for (LaneMode mode : LaneMode.values()) {
                check(render(bundled, bundled.events(), mode, width), "bundled, " + mode + ", width " + width);
            }
        }
    }

    @Test
    void randomDatasetsAtRandomWidths() {
        long seed = Long.getLong("timeline.seed", System.nanoTime());
        System.out.println("TerminalChartNumbersTest seed=" + seed + " (rerun with -Dtimeline.seed=" + seed + ")");
        Random random = new Random(seed);
        for (int run = 0; run < 300; run++) {
            Dataset dataset = randomDataset(random);
            int width = 40 + random.nextInt(211);
            LaneMode mode = random.nextBoolean() ? LaneMode.ACTOR : LaneMode.TYPE;
            check(render(dataset, dataset.events(), mode, width),
                    "seed " + seed + ", run " + run + ", width " + width + ", " + mode);
        }
    }

    private static String render(Dataset dataset, List<Event> events, LaneMode mode, int width) {
        ChartData data = ChartData.of(dataset, events, mode, 12, "");
        StringWriter out = new StringWriter();
        new TerminalChart(data, width, false, false).write(new PrintWriter(out));
        return out.toString();
    }

    /** Parses the chart and checks every number token of every lane against the mark above it. */
    private static void check(String chart, String what) {
        List<String> lines = List.of(chart.split("\n", -1));
        Map<Integer, Character> glyphs = new HashMap<>();
        for (String line : lines) {
            Matcher key = KEY.matcher(line);
            if (key.find()) {
                glyphs.put(Integer.parseInt(key.group(1)), key.group(2).charAt(0));
            }
        }
        List<Integer> axes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("─") && lines.get(i).strip().matches("[─┬┊]+")) {
                axes.add(i);
            }
        }
        if (axes.isEmpty()) {
            return; // nothing to chart
        }
        assertThat(axes).as("%s: two axis lines%n%s", what, chart).hasSize(2);
        String axis = lines.get(axes.get(0));
        int gutter = axis.length() - axis.stripLeading().length();
        String legend = String.join("\n", lines.subList(axes.get(1) + 1, lines.size()));
        // lane rows come in pairs just above the second axis; period rows (shaded ▒░) come before them
        int first = axes.get(0) + 1;
        while (first < axes.get(1) && lines.get(first).matches(".*[▒░].*")) {
            first++;
        }
        assertThat((axes.get(1) - first) % 2).as("%s: lanes come in pairs%n%s", what, chart).isZero();
        for (int row = first; row < axes.get(1); row += 2) {
            String marks = cells(lines.get(row), gutter);
            String numbers = cells(lines.get(row + 1), gutter);
            assertThat(lines.get(row + 1).substring(0, Math.min(gutter, lines.get(row + 1).length())).strip())
                    .as("%s: the numbers row has no label%n%s", what, chart).isEmpty();
            for (char mark : marks.toCharArray()) {
                if (mark != ' ') {
                    assertThat(explained(mark, legend)).as("%s: mark '%s' is in the legend%n%s", what, mark, chart)
                            .isTrue();
                }
            }
            Set<Integer> seen = new HashSet<>();
            Matcher token = TOKEN.matcher(numbers);
            while (token.find()) {
                int c = token.start();
                char mark = c < marks.length() ? marks.charAt(c) : ' ';
                String context = what + ": token '" + token.group() + "' at column " + c + " under '" + mark + "'\n"
                        + lines.get(row) + "\n" + lines.get(row + 1) + "\n" + chart;
                int points = 0;
                List<Character> tokenGlyphs = new ArrayList<>();
                for (String n : token.group().split(",")) {
                    int number = Integer.parseInt(n);
                    assertThat(seen.add(number)).as("once per lane: " + context).isTrue();
                    Character glyph = glyphs.get(number);
                    assertThat(glyph).as("in the key: " + context).isNotNull();
                    tokenGlyphs.add(glyph);
                    if (POINTS.indexOf(glyph) >= 0) {
                        points++;
                    }
                }
                if (POINTS.indexOf(mark) >= 0) {
                    assertThat(points).as("one point here: " + context).isEqualTo(1);
                    assertThat(tokenGlyphs).as("its own glyph: " + context).contains(mark);
                } else if (SPANS.indexOf(mark) >= 0) {
                    assertThat(points).as("only spans here: " + context).isZero();
                    assertThat(tokenGlyphs).as("a span's glyph: " + context).contains(mark);
                } else if (mark >= '2' && mark <= '9') {
                    assertThat(points).as("as many points as the count: " + context).isEqualTo(mark - '0');
                } else if (mark == '+') {
                    assertThat(points).as("ten or more points: " + context).isGreaterThanOrEqualTo(10);
                } else {
                    throw new AssertionError("a number under no mark: " + context);
                }
            }
        }
    }

    /** The plot part of a row (after the gutter), one character per column. */
    private static String cells(String line, int gutter) {
        return line.length() <= gutter ? "" : line.substring(gutter);
    }

    private static boolean explained(char mark, String legend) {
        if (mark >= '2' && mark <= '9') {
            return legend.contains("2-9 events in one place");
        }
        return legend.contains(mark + " ");
    }

    private static Dataset randomDataset(Random random) {
        List<Actor> actors = new ArrayList<>();
        int actorCount = 1 + random.nextInt(6);
        for (int a = 0; a < actorCount; a++) {
            actors.add(new Actor("a" + a, "Actor " + a, ActorKind.STATE, null, List.of(), null, null));
        }
        LocalDate start = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1000));
        int days = 5 + random.nextInt(random.nextBoolean() ? 40 : 700);
        List<Event> events = new ArrayList<>();
        int count = 1 + random.nextInt(random.nextInt(4) == 0 ? 60 : 20);
        for (int e = 0; e < count; e++) {
            LocalDate day = start.plusDays(random.nextInt(days));
            String date = switch (random.nextInt(9)) {
                case 0 -> day + "~";
                case 1 -> day + "?";
                case 2 -> day.toString().substring(0, 7);
                case 3 -> day + "/" + day.plusDays(1 + random.nextInt(30));
                case 4 -> day.getYear() + (random.nextBoolean() ? "" : "/..");
                default -> day.toString();
            };
            EventType type = random.nextInt(12) == 0 ? EventType.POLICY_PERIOD
                    : random.nextBoolean() ? EventType.STATEMENT : EventType.THREAT;
            List<Participation> who = new ArrayList<>();
            for (int a = 0; a < actorCount; a++) {
                if (who.isEmpty() && a == actorCount - 1 || random.nextInt(3) == 0) {
                    who.add(new Participation("a" + a, who.isEmpty() ? Role.INITIATOR : Role.TARGET));
                }
            }
            // same-day clusters, so that counts (2-9) and sometimes ten or more appear
            if (random.nextInt(5) == 0 && !events.isEmpty()) {
                Event twin = events.get(random.nextInt(events.size()));
                date = twin.date().toString();
                who = twin.actors();
            }
            events.add(new Event("e" + e, EventDate.parse(date), "Event " + e, "", type, who, null, null,
                    List.of(), List.of(), null));
        }
        return new Dataset("random", "1", "Random", "", actors, events);
    }
}
