package dev.timeline.chart;

import dev.timeline.chart.TimeScale.Anchor;
import dev.timeline.chart.TimeScale.Tick;
import dev.timeline.format.TextTable;
import dev.timeline.model.Event;
import dev.timeline.text.TerminalText;
import java.io.PrintWriter;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A chart as text for a terminal {@code width} columns wide: the time axis across, a row per background period (the
 * period's span shaded, its number and title inside), two rows per lane (the marks, and under them the numbers of
 * the events where there is room), and a numbered legend of every event with its mark, date and title. A number
 * starts in its own mark's column ({@code 8,9,10} when several events share the mark) or is left out; it is never
 * moved under another mark. Text from data passes {@link TerminalText} (controls shown as escapes) and is measured
 * in terminal columns, so a wide character keeps the columns below it in line.
 *
 * <p>Marks: {@code ●} a day, {@code ○} about a day ({@code ~}), {@code ◌} possibly that day ({@code ?}), {@code ━} a
 * span it lasted, {@code ┅} some time in a span (known to the month or year, or fuzzy), a digit where that many
 * events share a cell ({@code +} for ten or more, in the legend when drawn), {@code ▒} a period fading to
 * {@code ░} where open, {@code ┊} time left out (never over a mark). {@code --ascii} uses {@code * o ? = - # . |} instead. With colour, as in {@code list}: fuzzy dates yellow,
 * periods dim, headings bold.
 */
public final class TerminalChart {

    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String YELLOW = "\u001b[33m";
    private static final String RESET = "\u001b[0m";

    /** The marks, Unicode and ASCII. */
    private enum Glyph {
        EXACT('●', '*'), ABOUT('○', 'o'), POSSIBLY('◌', '?'), LASTING('━', '='), SOMETIME('┅', '-'),
        PERIOD('▒', '#'), FADE('░', '.'), BREAK('┊', '|'), AXIS('─', '-'), TICK('┬', '+'), MANY('+', '+');

        final char unicode;
        final char ascii;

        Glyph(char unicode, char ascii) {
            this.unicode = unicode;
            this.ascii = ascii;
        }
    }

    private final ChartData data;
    private final int width;
    private final boolean ascii;
    private final boolean color;
    /** Whether a lane drawn so far has a cell with ten or more events (its mark needs a line in the legend). */
    private boolean many;

    /**
     * @param data  what to show
     * @param width columns of the terminal (at least 40 are used)
     * @param ascii plain ASCII marks instead of Unicode
     * @param color ANSI colours
     */
    public TerminalChart(ChartData data, int width, boolean ascii, boolean color) {
        this.data = data;
        this.width = Math.max(40, width);
        this.ascii = ascii;
        this.color = color;
    }

    /** Writes the chart; lines end in {@code \n}, with no trailing spaces. */
    public void write(PrintWriter out) {
        List<String> lines = new ArrayList<>();
        lines.add(style(BOLD, fit(data.title(), width)));
        lines.add(fit(data.query().isEmpty() ? "All events" : "Query: " + data.query(), width));
        if (data.events().isEmpty()) {
            lines.add("No events match" + (data.query().isEmpty() ? "." : " this query."));
            lines.forEach(line -> out.print(line + "\n"));
            return;
        }
        int labels = 4;
        for (Lane lane : data.lanes()) {
            labels = Math.max(labels, TerminalText.width(fit(lane.label(), Integer.MAX_VALUE)));
        }
        int dates = 0;
        for (Event period : data.periods()) {
            dates = Math.max(dates, period.date().toString().length());
        }
        // a lane's name may be cut, a period's date (its label) only when it would take a third of the width
        int gutter = Math.max(Math.min(labels, Math.max(8, width / 6)), Math.min(dates, width / 3)) + 1;
        int plot = width - gutter;
        List<LocalDate> keys = data.keyDays().isEmpty() ? List.of(LocalDate.of(2000, 1, 1)) : data.keyDays();
        TimeScale scale = TimeScale.fit(keys, 0, plot, data.targetPerDay(2), new TimeScale.Params(1, 6, 1, 8, 1));
        lines.add(fit(summary(), width));
        lines.add("");
        // the segments' labels in two rows where one is too narrow for them
        List<Tick> context = scale.contextCandidates();
        List<Tick> overflow = new ArrayList<>();
        char[] first = labels(context, plot, overflow);
        char[] second = labels(overflow, plot, new ArrayList<>());
        if (!row(second).isBlank()) {
            lines.add(pad("", gutter) + row(second));
        }
        lines.add(pad("", gutter) + row(first));
        lines.add(pad("", gutter) + row(labels(scale.ticks(), plot, new ArrayList<>())));
        String axis = axis(scale, plot);
        lines.add(pad("", gutter) + axis);
        for (Event period : data.periods()) {
            lines.add(style(DIM, pad(fit(period.date().toString(), gutter - 1), gutter) + period(scale, period, plot)));
        }
        for (Lane lane : data.lanes()) {
            String[] rows = lane(scale, lane, plot);
            lines.add(pad(fit(lane.label(), gutter - 1), gutter) + rows[0]);
            lines.add(pad("", gutter) + rows[1]);
        }
        lines.add(pad("", gutter) + axis);
        lines.add("");
        legend(lines, !scale.breaks().isEmpty());
        lines.add("");
        key(lines);
        lines.forEach(line -> out.print(stripEnd(line) + "\n"));
    }

    private String summary() {
        int periods = data.periods().size();
        int inLanes = data.events().size() - periods;
        String lanes = data.lanes().size() + (data.lanes().size() == 1 ? " lane" : " lanes");
        return data.events().size() + (data.events().size() == 1 ? " event" : " events")
                + (periods > 0 ? ": " + inLanes + " in " + lanes + ", " + periods + " background period"
                        + (periods == 1 ? "" : "s") : " in " + lanes)
                + " (lanes: " + data.mode() + ")";
    }

    /**
     * Labels written into a row at their positions, in the order given; a label that would touch one written before
     * goes to {@code left} instead.
     */
    private static char[] labels(List<Tick> ticks, int plot, List<Tick> left) {
        char[] row = blank(plot);
        boolean[] taken = new boolean[plot + 1];
        for (Tick tick : ticks) {
            String label = tick.label();
            if (label.isEmpty()) {
                continue;
            }
            int start = (int) Math.floor(tick.anchor() == Anchor.MIDDLE ? tick.x() - label.length() / 2.0 : tick.x());
            start = Math.max(start, 0);
            int end = start + label.length();
            boolean free = end <= plot;
            for (int c = Math.max(0, start - 1); free && c <= Math.min(plot, end); c++) {
                free = !taken[c];
            }
            if (!free) {
                left.add(tick);
                continue;
            }
            label.getChars(0, label.length(), row, start);
            for (int c = start; c < end; c++) {
                taken[c] = true;
            }
        }
        return row;
    }

    private String axis(TimeScale scale, int plot) {
        char[] row = blank(plot);
        for (TimeScale.Segment s : scale.segments()) {
            for (int c = column(s.x0()); c < Math.min(plot, column(s.x1())); c++) {
                row[c] = glyph(Glyph.AXIS);
            }
        }
        for (Tick tick : scale.ticks()) {
            set(row, column(tick.x()), glyph(Glyph.TICK));
        }
        breaks(scale, row);
        return row(row);
    }

    private void breaks(TimeScale scale, char[] row) {
        for (TimeScale.Break cut : scale.breaks()) {
            set(row, column((cut.x0() + cut.x1()) / 2), glyph(Glyph.BREAK));
        }
    }

    /** The period's row; its label (text from data, so as wide as the terminal shows it) inside or beside it. */
    private String period(TimeScale scale, Event period, int plot) {
        char[] row = blank(plot);
        int from = period.date().isOpenStart() ? 0 : column(scale.x(period.date().earliest()));
        int to = period.date().isOpenEnd() ? plot : Math.max(from + 1, column(scale.x(period.date().latest()
                .plusDays(1))));
        to = Math.min(to, plot);
        for (int c = from; c < to; c++) {
            boolean fading = period.date().isOpenEnd() && c >= to - 3 || period.date().isOpenStart() && c < from + 3;
            row[c] = glyph(fading ? Glyph.FADE : Glyph.PERIOD);
        }
        breaks(scale, row);
        String label = " " + fit(data.number(period) + " " + period.title(), plot - 2) + " ";
        int room = to - from - 2;
        if (room >= 6) {
            label = " " + fit(label.strip(), room - 2) + " ";
            return put(row, from + 1, label);
        } else if (to + TerminalText.width(label) <= plot) {
            return put(row, to, label);
        } else if (from - TerminalText.width(label) >= 0) {
            return put(row, from - TerminalText.width(label), label);
        }
        return row(row);
    }

    /** {@code row} with {@code text} over the columns from {@code at}, however many characters fill them. */
    private static String put(char[] row, int at, String text) {
        int end = Math.min(row.length, at + TerminalText.width(text));
        return new String(row, 0, at) + text + new String(row, end, row.length - end);
    }

    /** The marks row and the numbers row of a lane. */
    private String[] lane(TimeScale scale, Lane lane, int plot) {
        char[] marks = blank(plot);
        int[] counts = new int[plot];
        boolean[] fuzzy = new boolean[plot];
        SortedMap<Integer, List<Integer>> numbered = new TreeMap<>();
        for (Event event : lane.events()) {
            DateLook look = DateLook.of(event.date());
            if (look.span()) {
                int from = column(scale.x(event.date().earliest()));
                int to = Math.max(from + 1, column(scale.x(event.date().latest().plusDays(1))));
                for (int c = Math.max(0, from); c < Math.min(plot, to); c++) {
                    if (counts[c] == 0) {
                        marks[c] = glyph(look.fuzzy() ? Glyph.SOMETIME : Glyph.LASTING);
                        fuzzy[c] |= look.fuzzy();
                    }
                }
                if (Math.max(0, from) < Math.min(plot, to)) {
                    numbered.computeIfAbsent(Math.max(0, from), k -> new ArrayList<>()).add(data.number(event));
                }
            } else {
                int c = Math.min(Math.max(0, column(scale.middle(event.date().earliest()))), plot - 1);
                counts[c]++;
                marks[c] = counts[c] == 1 ? glyph(look.uncertain() ? Glyph.POSSIBLY : look.approximate() ? Glyph.ABOUT
                        : Glyph.EXACT) : counts[c] < 10 ? (char) ('0' + counts[c]) : glyph(Glyph.MANY);
                many |= counts[c] >= 10;
                fuzzy[c] = counts[c] == 1 ? look.fuzzy() : fuzzy[c] || look.fuzzy();
                numbered.computeIfAbsent(c, k -> new ArrayList<>()).add(data.number(event));
            }
        }
        for (TimeScale.Break cut : scale.breaks()) {
            int c = column((cut.x0() + cut.x1()) / 2);
            if (c >= 0 && c < plot && marks[c] == ' ') {
                marks[c] = glyph(Glyph.BREAK); // a mark is never hidden under a break
            }
        }
        return new String[] {marks(marks, fuzzy), numbers(numbered, plot)};
    }

    /**
     * The numbers row: the numbers of the events at a mark ({@code 8,9,10} where several share it) start in the
     * mark's own column, or are left out (the key lists every event) when the numbers before them, or the edge,
     * leave no room; they are never moved off their mark.
     */
    static String numbers(SortedMap<Integer, List<Integer>> numbered, int plot) {
        char[] numbers = blank(plot);
        int free = 0;
        for (Map.Entry<Integer, List<Integer>> at : numbered.entrySet()) {
            int start = at.getKey();
            String text = at.getValue().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
            if (start >= free && start + text.length() <= plot) {
                text.getChars(0, text.length(), numbers, start);
                free = start + text.length() + 1;
            }
        }
        return row(numbers);
    }

    private String marks(char[] marks, boolean[] fuzzy) {
        StringBuilder row = new StringBuilder();
        for (int c = 0; c < marks.length; c++) {
            row.append(fuzzy[c] && color ? YELLOW + marks[c] + RESET : String.valueOf(marks[c]));
        }
        return row.toString();
    }

    private void legend(List<String> lines, boolean breaks) {
        List<String> items = new ArrayList<>(List.of(glyph(Glyph.EXACT) + " a day", glyph(Glyph.ABOUT) + " about (~)",
                glyph(Glyph.POSSIBLY) + " possibly (?)", glyph(Glyph.LASTING) + " lasting",
                glyph(Glyph.SOMETIME) + " some time in (month, year…)",
                "2-9 events in one place" + (many ? ", " + glyph(Glyph.MANY) + " ten or more" : ""),
                glyph(Glyph.PERIOD) + " background period, " + glyph(Glyph.FADE) + " open"));
        if (breaks) {
            items.add(glyph(Glyph.BREAK) + " time left out");
        }
        StringBuilder line = new StringBuilder();
        for (String listed : items) {
            String item = ascii ? toAscii(listed) : listed;
            if (line.length() > 0 && line.length() + 3 + item.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? "   " : "").append(item);
        }
        lines.add(line.toString());
    }

    private void key(List<String> lines) {
        int numberWidth = Integer.toString(data.events().size()).length();
        int dateWidth = 0;
        for (Event event : data.events()) {
            dateWidth = Math.max(dateWidth, event.date().toString().length());
        }
        for (Event event : data.events()) {
            String date = event.date().toString();
            String head = " ".repeat(numberWidth - Integer.toString(data.number(event)).length())
                    + data.number(event) + " " + glyph(event) + " ";
            String title = fit(event.title(), Math.max(8, width - head.length() - dateWidth - 2));
            lines.add(head + style(TextTable.dateStyle(event.date()), date) + " ".repeat(dateWidth - date.length() + 2) + title);
        }
    }

    private char glyph(Event event) {
        if (ChartData.isPeriod(event)) {
            return glyph(Glyph.PERIOD);
        }
        DateLook look = DateLook.of(event.date());
        if (look.span()) {
            return glyph(look.fuzzy() ? Glyph.SOMETIME : Glyph.LASTING);
        }
        return glyph(look.uncertain() ? Glyph.POSSIBLY : look.approximate() ? Glyph.ABOUT : Glyph.EXACT);
    }

    private String style(String ansi, String text) {
        return color && ansi != null && !text.isEmpty() ? ansi + text + RESET : text;
    }

    private char glyph(Glyph glyph) {
        return ascii ? glyph.ascii : glyph.unicode;
    }

    private static int column(double x) {
        return (int) Math.floor(x);
    }

    private static void set(char[] row, int column, char c) {
        if (column >= 0 && column < row.length) {
            row[column] = c;
        }
    }

    private static char[] blank(int width) {
        char[] row = new char[width];
        Arrays.fill(row, ' ');
        return row;
    }

    private static String row(char[] row) {
        return new String(row);
    }

    private static String pad(String text, int width) {
        return TerminalText.pad(text, width);
    }

    /**
     * {@code text} on one safe line ({@link TerminalText#line}: controls from data as visible escapes), cut to
     * {@code width} terminal columns with an ellipsis; in ASCII, with accents dropped, dashes, quotes and ellipses
     * spelled in ASCII and anything else outside ASCII as {@code ?}.
     */
    private String fit(String text, int width) {
        String plain = TerminalText.line(text).strip().replaceAll("\\s+", " ");
        if (ascii) {
            plain = toAscii(plain);
        }
        if (TerminalText.width(plain) <= width) {
            return plain;
        }
        if (!ascii) {
            return TerminalText.fit(plain, width);
        }
        int end = Math.max(0, width - 3);
        return plain.substring(0, end).stripTrailing() + "...";
    }

    static String toAscii(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                out.append((char) c);
            } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            } else {
                out.append(switch (c) {
                    case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212 -> "-";
                    case 0x2018, 0x2019, 0x201a, 0x2032 -> "'";
                    case 0x201c, 0x201d, 0x201e, 0x2033 -> "\"";
                    case 0x2026 -> "...";
                    case 0x00b7, 0x2022 -> ".";
                    case 0x00a0 -> " ";
                    default -> "?";
                });
            }
        }
        return out.toString();
    }

    private static String stripEnd(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        return line.substring(0, end);
    }
}
