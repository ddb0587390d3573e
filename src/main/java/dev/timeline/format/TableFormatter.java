package dev.timeline.format;

import dev.timeline.model.Event;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Events as aligned columns (date as EDTF, title, actors, place) that fit {@link FormatContext#width()}. Dates
 * are EDTF, so uncertain ({@code ?}), approximate ({@code ~}) and open ({@code ..}) dates carry their marks; with
 * colour they are also yellow (uncertain, approximate) or dim (open-ended), and the header is bold. The event a
 * query was centred on is marked {@value #PIVOT}.
 */
final class TableFormatter implements Formatter {

    /** Marks the event a query was centred on. */
    static final String PIVOT = "▶ ";

    private static final List<TextTable.Column> COLUMNS = List.of(
            new TextTable.Column("DATE", 4, 25, 1000),
            new TextTable.Column("TITLE", 12, 70, 5),
            new TextTable.Column("ACTORS", 10, 40, 3),
            new TextTable.Column("PLACE", 8, 30, 2));

    private final FormatContext context;

    TableFormatter(FormatContext context) {
        this.context = context;
    }

    @Override
    public void write(Iterable<Event> events, Writer out) throws IOException {
        TextTable table = new TextTable(COLUMNS);
        int rows = 0;
        for (Event event : events) {
            rows++;
            String title = event.id().equals(context.pivotId()) ? PIVOT + event.title() : event.title();
            table.row(new String[] {event.date().toString(), title,
                Cells.actors(event, context.actors()).replace("; ", ", "),
                event.place() == null ? "" : event.place().toString()},
                new String[] {dateStyle(event), null, null, null});
        }
        table.write(out, context.width(), context.color());
        if (rows == 0) {
            context.notices().accept("no events match the query");
        }
    }

    /** Uncertain or approximate dates in yellow, open-ended ones dimmed; null for plain dates. */
    static String dateStyle(Event event) {
        if (event.date().isUncertain() || event.date().isApproximate() || event.date().hasUnspecifiedDigits()) {
            return TextTable.YELLOW;
        }
        return event.date().isOpenStart() || event.date().isOpenEnd() ? TextTable.DIM : null;
    }
}
