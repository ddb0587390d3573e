package dev.timeline.format;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.timeline.model.QuadClass;
import dev.timeline.query.Stats;
import dev.timeline.query.Stats.Bucket;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@link Stats} results. The table draws a bar per bucket: the count, or with quad classes the summed
 * Goldstein intensity as a diverging bar (conflict left of the axis, cooperation right), the escalation curve.
 */
public final class StatsReport {

    private static final int BAR = 24;
    /** Column names of the quad counts, by {@link QuadClass#ordinal()}: the four classes, then the events with none. */
    private static final String[] QUAD_HEADERS = {"verbalCooperation", "materialCooperation", "verbalConflict",
        "materialConflict", "noQuadClass"};
    private static final String[] QUAD_COLUMNS = {"V-COOP", "M-COOP", "V-CONF", "M-CONF", "NO-QUAD"};

    private final Stats.Result result;
    private final Stats.By by;
    private final boolean quad;

    public StatsReport(Stats.Result result, Stats.By by, boolean quad) {
        this.result = result;
        this.by = by;
        this.quad = quad;
    }

    public void write(ReportFormat format, FormatContext context, Writer out) throws IOException {
        switch (format) {
            case CSV -> Reports.csv(headers(), rows(), context.escapeFormulas(), out);
            case JSON -> json(out);
            default -> table(context, out);
        }
    }

    private List<String> headers() {
        List<String> headers = new ArrayList<>(List.of("bucket", "count"));
        if (quad) {
            headers.addAll(List.of(QUAD_HEADERS));
            headers.add("intensity");
        }
        return headers;
    }

    private List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (Bucket b : result.buckets()) {
            List<String> row = new ArrayList<>(List.of(b.key(), Integer.toString(b.count())));
            if (quad) {
                for (int q : b.quads()) {
                    row.add(Integer.toString(q));
                }
                row.add(Double.toString(b.intensity()));
            }
            rows.add(row);
        }
        return rows;
    }

    private void json(Writer out) throws IOException {
        try (JsonGenerator json = Reports.json(out)) {
            json.writeStartArray();
            for (Bucket b : result.buckets()) {
                json.writeStartObject();
                json.writeStringField("bucket", b.key());
                json.writeNumberField("count", b.count());
                if (quad) {
                    for (QuadClass q : QuadClass.values()) {
                        json.writeNumberField(QUAD_HEADERS[q.ordinal()], b.quads()[q.ordinal()]);
                    }
                    json.writeNumberField("intensity", b.intensity());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeRaw('\n');
        }
    }

    private void table(FormatContext context, Writer out) throws IOException {
        List<TextTable.Column> columns = new ArrayList<>();
        columns.add(new TextTable.Column(by.id().toUpperCase(Locale.ROOT), 7, 40, 1000));
        columns.add(new TextTable.Column("COUNT", 5, 7, 1000));
        if (quad) {
            for (String name : QUAD_COLUMNS) {
                columns.add(new TextTable.Column(name, name.length(), name.length(), 1000));
            }
            columns.add(new TextTable.Column("INTENSITY", 9, 9, 1000));
            columns.add(new TextTable.Column("CONFLICT ◀ ▶ COOPERATION", 10, 2 * BAR + 1, 1));
        } else {
            columns.add(new TextTable.Column("", 1, BAR, 1));
        }
        TextTable table = new TextTable(columns);
        int maxCount = 1;
        double maxIntensity = 1;
        for (Bucket b : result.buckets()) {
            maxCount = Math.max(maxCount, b.count());
            maxIntensity = Math.max(maxIntensity, Math.abs(b.intensity()));
        }
        for (Bucket b : result.buckets()) {
            List<String> cells = new ArrayList<>(List.of(b.key(), Integer.toString(b.count())));
            if (quad) {
                for (int q : b.quads()) {
                    cells.add(Integer.toString(q));
                }
                cells.add(String.format(Locale.ROOT, "%+.1f", b.intensity()));
                cells.add(diverging(b.intensity(), maxIntensity));
            } else {
                cells.add("█".repeat((int) Math.round(BAR * (double) b.count() / maxCount)));
            }
            table.row(cells.toArray(String[]::new));
        }
        table.write(out, context.width(), context.color());
        int none = result.buckets().stream().mapToInt(b -> b.quads()[QuadClass.NONE.ordinal()]).sum();
        if (none > 0 && (quad || by == Stats.By.QUAD)) {
            out.write("(" + (quad ? "NO-QUAD" : QuadClass.NONE.id()) + ": types with no quad class, such as "
                    + "background periods; counted apart, not in the intensity)\n");
        }
        if (result.leftOut() > 0 && by.isTime()) {
            out.write("(" + result.leftOut() + (result.leftOut() == 1 ? " event" : " events") + " left out: dated "
                    + "less precisely than a " + by.id() + " or with an open start)\n");
        }
    }

    /** A bar from the centre: left for conflict (negative), right for cooperation. */
    static String diverging(double intensity, double max) {
        int length = (int) Math.round(BAR * Math.abs(intensity) / max);
        if (intensity < 0) {
            return " ".repeat(BAR - length) + "█".repeat(length) + "│";
        }
        return " ".repeat(BAR) + "│" + "█".repeat(length);
    }
}
