package dev.timeline.format;

import dev.timeline.model.Event;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The tabular contract (design.md) as an Excel workbook, written as a stream by fastexcel: one sheet, the CSV's
 * columns and cells (formula triggers neutralised the same way), the header row frozen and filtered. {@code date}
 * stays the EDTF text, so precision is never invented; {@code start} and {@code end}, the inclusive days of the
 * span, are date cells a spreadsheet sorts and computes with (empty when open); {@code fatalities} is a number.
 */
final class XlsxFormatter implements BinaryFormatter {

    private static final int START = CsvFormatter.COLUMNS.indexOf("start");
    private static final int END = CsvFormatter.COLUMNS.indexOf("end");
    private static final int FATALITIES = CsvFormatter.COLUMNS.indexOf("fatalities");

    /** Column widths in characters, in contract order. */
    private static final double[] WIDTHS = {30, 14, 11, 11, 16, 50, 36, 22, 8, 10, 36, 80};

    /** Rows kept in memory before they are written out. */
    private static final int FLUSH_ROWS = 1000;

    private final CsvFormatter cells;
    private final List<String> columns;

    XlsxFormatter(FormatContext context) {
        this.cells = CsvFormatter.csv(context);
        this.columns = CsvFormatter.columns(context);
    }

    @Override
    public void write(Iterable<Event> events, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(new Unclosed(out), "timeline", "1.0");
        Worksheet sheet = workbook.newWorksheet("events");
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c));
            sheet.style(0, c).bold().set();
            sheet.width(c, c < WIDTHS.length ? WIDTHS[c] : 20);
        }
        int row = 0;
        for (Event event : events) {
            row++;
            List<String> values = cells.cells(event);
            for (int c = 0; c < values.size(); c++) {
                if (c == START || c == END) {
                    LocalDate day = c == START ? event.date().earliest() : event.date().latest();
                    if (!day.equals(LocalDate.MIN) && !day.equals(LocalDate.MAX)) {
                        sheet.value(row, c, day);
                        sheet.style(row, c).format("yyyy-mm-dd").set();
                    }
                } else if (c == FATALITIES && event.fatalities() != null) {
                    sheet.value(row, c, event.fatalities());
                } else if (!values.get(c).isEmpty()) {
                    sheet.value(row, c, values.get(c));
                }
            }
            if (row % FLUSH_ROWS == 0) {
                sheet.flush();
            }
        }
        sheet.freezePane(0, 1);
        sheet.setAutoFilter(0, 0, row, columns.size() - 1);
        workbook.finish();
        out.flush();
    }

    /** Keeps the workbook from closing a stream it does not own (an {@code AtomicFile}, standard output). */
    private static final class Unclosed extends FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
