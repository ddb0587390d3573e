package dev.timeline.format;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.timeline.query.Stats;
import dev.timeline.query.Stats.DatasetBucket;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@link Stats#byDataset} results ({@code stats --by-dataset}): per bucket and dataset, the events and how many
 * are corroborated. The table draws a bar per row, scaled to the largest count: the corroborated part solid, the
 * rest light. CSV and JSON carry {@code bucket, dataset, count, corroborated}.
 */
public final class DatasetStatsReport {

    private static final int BAR = 24;

    private final Stats.DatasetResult result;
    private final Stats.By by;

    public DatasetStatsReport(Stats.DatasetResult result, Stats.By by) {
        this.result = result;
        this.by = by;
    }

    public void write(ReportFormat format, FormatContext context, Writer out) throws IOException {
        switch (format) {
            case CSV -> Reports.csv(List.of("bucket", "dataset", "count", "corroborated"), rows(),
                    context.escapeFormulas(), out);
            case JSON -> json(out);
            default -> table(context, out);
        }
    }

    private List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (DatasetBucket b : result.rows()) {
            rows.add(List.of(b.key(), b.dataset(), Integer.toString(b.count()), Integer.toString(b.corroborated())));
        }
        return rows;
    }

    private void json(Writer out) throws IOException {
        try (JsonGenerator json = Reports.json(out)) {
            json.writeStartArray();
            for (DatasetBucket b : result.rows()) {
                json.writeStartObject();
                json.writeStringField("bucket", b.key());
                json.writeStringField("dataset", b.dataset());
                json.writeNumberField("count", b.count());
                json.writeNumberField("corroborated", b.corroborated());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeRaw('\n');
        }
    }

    private void table(FormatContext context, Writer out) throws IOException {
        TextTable table = new TextTable(List.of(
                new TextTable.Column(by.id().toUpperCase(Locale.ROOT), 7, 40, 1000),
                new TextTable.Column("DATASET", 7, 30, 4),
                new TextTable.Column("COUNT", 5, 7, 1000),
                new TextTable.Column("CORROBORATED", 12, 12, 1000),
                new TextTable.Column("SHARE", 5, 5, 1000),
                new TextTable.Column("", 1, BAR, 1)));
        int max = 1;
        for (DatasetBucket b : result.rows()) {
            max = Math.max(max, b.count());
        }
        String previous = null;
        for (DatasetBucket b : result.rows()) {
            int solid = (int) Math.round(BAR * (double) b.corroborated() / max);
            int all = (int) Math.round(BAR * (double) b.count() / max);
            table.row(b.key().equals(previous) ? "" : b.key(), b.dataset(), Integer.toString(b.count()),
                    Integer.toString(b.corroborated()),
                    b.count() == 0 ? "" : Math.round(100.0 * b.corroborated() / b.count()) + "%",
                    "█".repeat(solid) + "░".repeat(Math.max(0, all - solid)));
            previous = b.key();
        }
        table.write(out, context.width(), context.color());
        out.write("(CORROBORATED: events that a record of another dataset among those counted corroborates; see "
                + "list --corroborate)\n");
        if (result.leftOut() > 0 && by.isTime()) {
            out.write("(" + result.leftOut() + (result.leftOut() == 1 ? " event" : " events") + " left out: dated "
                    + "less precisely than a " + by.id() + " or with an open start)\n");
        }
    }
}
