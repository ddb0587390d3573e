package dev.timeline.format;

import dev.timeline.model.Event;
import dev.timeline.query.Corroboration;
import dev.timeline.query.CorroborationGroup;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Events as aligned columns (date as EDTF, title, actors, place) that fit {@link FormatContext#width()}. Dates
 * are EDTF and never cut, so uncertain ({@code ?}), approximate ({@code ~}) and open ({@code ..}) dates carry
 * their marks; with colour they are also yellow (uncertain, approximate) or dim (open-ended), and the header is
 * bold. The event a
 * query was centred on is marked {@value #PIVOT}. The first {@value #SIZING_ROWS} rows size the columns, so a
 * big file's listing streams in bounded memory. With corroboration ({@code --corroborate}, see
 * {@link CorroborationFormats}) two columns follow: CORROBORATED BY, the other records of the row's group as
 * {@code dataset/id} (empty when nothing corroborates the row: width goes to the groups), and SOURCES, the outlets all of them cite,
 * each once.
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

    private static final List<TextTable.Column> CORROBORATION_COLUMNS = List.of(
            new TextTable.Column("CORROBORATED BY", 15, 80, 8),
            new TextTable.Column("SOURCES", 7, 40, 2));
    /** After the others when several datasets are read: where each event comes from, kept whole where it can be. */
    private static final TextTable.Column DATASET = new TextTable.Column("DATASET", 10, 24, 1000);

    private final FormatContext context;
    /** The groups to show in CORROBORATED BY and SOURCES, or null for the plain table. */
    private final Corroboration corroboration;
    /** The table's columns, chosen once ({@link #columns}). */
    private final List<TextTable.Column> columns;

    TableFormatter(FormatContext context) {
        this(context, null);
    }

    TableFormatter(FormatContext context, Corroboration corroboration) {
        this.context = context;
        this.corroboration = corroboration;
        this.columns = columns(context, corroboration);
    }

    /** The contract's columns, then CORROBORATED BY and SOURCES when grouping, then DATASET for several datasets. */
    private static List<TextTable.Column> columns(FormatContext context, Corroboration corroboration) {
        if (corroboration == null && !context.datasetColumn()) {
            return COLUMNS;
        }
        List<TextTable.Column> columns = new ArrayList<>(COLUMNS);
        if (corroboration != null) {
            columns.addAll(CORROBORATION_COLUMNS);
        }
        if (context.datasetColumn()) {
            columns.add(DATASET);
        }
        return columns;
    }

    @Override
    public void write(Iterable<Event> events, Writer out) throws IOException {
        TextTable table = new TextTable(columns);
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

    private String[] cells(Event event) {
        String title = event.id().equals(context.pivotId()) ? PIVOT + event.title() : event.title();
        List<String> cells = new ArrayList<>(List.of(event.date().toString(), title,
                Cells.actors(event, context.actors()).replace("; ", ", "),
                event.place() == null ? "" : event.place().toString()));
        if (corroboration != null) {
            CorroborationGroup group = corroboration.groupOf(event);
            List<Event> records = group == null ? List.of(event) : group.records();
            Set<String> outlets = new LinkedHashSet<>();
            records.forEach(r -> r.sources().forEach(s -> outlets.add(s.outlet() == null ? "(outlet not named)"
                    : s.outlet())));
            cells.add(group == null ? "" : records.stream().filter(r -> r != event).map(CorroborationFormats::record)
                    .collect(Collectors.joining(", ")));
            cells.add(String.join("; ", outlets));
        }
        if (context.datasetColumn()) {
            cells.add(Objects.toString(event.dataset(), ""));
        }
        return cells.toArray(new String[0]);
    }

    private String[] style(Event event) {
        String[] styles = new String[columns.size()];
        styles[0] = dateStyle(event);
        return styles;
    }

    static String dateStyle(Event event) {
        return TextTable.dateStyle(event.date());
    }
}
