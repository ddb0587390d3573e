package dev.timeline.format;

import dev.timeline.model.Event;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Events as aligned columns (date as EDTF, title, actors, place) that fit {@link FormatContext#width()}. Dates
 * are EDTF and never cut, so uncertain ({@code ?}), approximate ({@code ~}) and open ({@code ..}) dates carry
 * their marks; with colour they are also yellow (uncertain, approximate) or dim (open-ended), and the header is
 * bold. The event a
 * query was centred on is marked {@value #PIVOT}. The first {@value #SIZING_ROWS} rows size the columns, so a
 * big file's listing streams in bounded memory.
 */
final class TableFormatter implements Formatter {

    /** Marks the event a query was centred on. */
    static final String PIVOT = "▶ ";

    /** Rows that size the columns; a longer listing (a big file's) streams on with those widths. */
    static final int SIZING_ROWS = 1000;

    private static final List<TextTable.Column> COLUMNS = List.of(
            TextTable.Column.whole("DATE"),
            new TextTable.Column("TITLE", 10, 70, 5),
            new TextTable.Column("ACTORS", 6, 40, 3),
            new TextTable.Column("PLACE", 5, 30, 2));

    /** After the others when several datasets are read: where each event comes from, kept whole where it can be. */
    private static final TextTable.Column DATASET = new TextTable.Column("DATASET", 10, 24, 1000);

    private final FormatContext context;

    TableFormatter(FormatContext context) {
        this.context = context;
    }

    @Override
    public void write(Iterable<Event> events, Writer out) throws IOException {
        TextTable table = new TextTable(context.datasetColumn() ? concat(COLUMNS, DATASET) : COLUMNS);
        int rows = 0;
        int[] widths = null;
        for (Event event : events) {
            rows++;
            if (widths != null) {
                table.writeRow(out, cells(event), style(event), widths, context.color());
                continue;
            }
            table.row(cells(event), style(event));
            if (rows == SIZING_ROWS) {
                widths = table.writeSized(out, context.width(), context.color());
            }
        }
        if (widths == null) {
            table.write(out, context.width(), context.color());
        }
        if (rows == 0) {
            context.notices().accept("no events match the query");
        }
    }

    private static List<TextTable.Column> concat(List<TextTable.Column> columns, TextTable.Column last) {
        List<TextTable.Column> all = new ArrayList<>(columns);
        all.add(last);
        return all;
    }

    private String[] cells(Event event) {
        String title = event.id().equals(context.pivotId()) ? PIVOT + event.title() : event.title();
        String place = event.place() == null ? "" : event.place().toString();
        String actors = Cells.actors(event, context.actors()).replace("; ", ", ");
        return context.datasetColumn()
                ? new String[] {event.date().toString(), title, actors, place, Objects.toString(event.dataset(), "")}
                : new String[] {event.date().toString(), title, actors, place};
    }

    private String[] style(Event event) {
        return context.datasetColumn() ? new String[] {dateStyle(event), null, null, null, null}
                : new String[] {dateStyle(event), null, null, null};
    }

    static String dateStyle(Event event) {
        return TextTable.dateStyle(event.date());
    }
}
