package dev.timeline.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.timeline.support.Cli;
import dev.timeline.support.Cli.Result;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format xlsx}, read back: the CSV's columns and cells (formula triggers neutralised alike), the span's
 * days as date cells, fatalities as numbers, the header frozen and filtered.
 */
class XlsxFormatterTest {

    @TempDir
    Path dir;

    @Test
    void holdsTheCsvCellsWithTypedDatesAndNumbers() throws IOException {
        Path xlsx = dir.resolve("events.xlsx");
        Result written = new Cli().run("export", "--format", "xlsx", "-o", xlsx.toString());
        assertThat(written.exitCode()).as(written.toString()).isZero();
        List<List<String>> csv = csv(new Cli().run("export", "--format", "csv").out());
        List<List<String>> sheet = new ArrayList<>();
        int dateCells = 0;
        int numberCells = 0;
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile(), new ReadingOptions(true, false))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("events");
            for (Row row : workbook.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < CsvFormatter.COLUMNS.size(); c++) {
                    Cell cell = row.getCell(c);
                    String column = CsvFormatter.COLUMNS.get(c);
                    if (cell == null || cell.getType() == CellType.EMPTY) {
                        cells.add("");
                    } else if (row.getRowNum() > 1 && (column.equals("start") || column.equals("end"))) {
                        assertThat(cell.getType()).as(column + " of row " + row.getRowNum()).isEqualTo(CellType.NUMBER);
                        assertThat(cell.getDataFormatString()).isEqualTo("yyyy-mm-dd");
                        cells.add(cell.asDate().toLocalDate().toString());
                        dateCells++;
                    } else if (cell.getType() == CellType.NUMBER) {
                        assertThat(column).isEqualTo("fatalities");
                        cells.add(cell.asNumber().toPlainString());
                        numberCells++;
                    } else {
                        assertThat(cell.getType()).isEqualTo(CellType.STRING);
                        cells.add(cell.asString());
                    }
                }
                sheet.add(cells);
            }
        }
        assertThat(sheet).isEqualTo(csv);
        assertThat(dateCells).isGreaterThan(40);
        assertThat(numberCells).isPositive();
        String xml = sheetXml(xlsx);
        assertThat(xml).containsPattern("<pane[^>]*ySplit=\"1\"[^>]*state=\"frozen\"")
                .contains("<autoFilter ref=\"A1:L" + csv.size() + "\"");
    }

    @Test
    void neutralisesFormulasAsCsvDoes() throws IOException {
        Path data = dir.resolve("hostile.json");
        Files.writeString(data, """
                {"id": "h", "version": "1", "title": "Hostile", "actors": [],
                 "events": [{"id": "e1", "date": "2023-01", "title": "=HYPERLINK(\\"http://x\\")", "type": "statement", "actors": [],
                  "summary": "+1 and -1", "sources": [{"outlet": "@news", "published": "2023-02-01"}]}]}
                """);
        Path xlsx = dir.resolve("h.xlsx");
        Result written = new Cli().run("export", "--data", data.toString(), "--format", "xlsx", "-o", xlsx.toString());
        assertThat(written.exitCode()).as(written.toString()).isZero();
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile())) {
            Row row = workbook.getFirstSheet().read().get(1);
            assertThat(row.getCell(5).asString()).isEqualTo("'=HYPERLINK(\"http://x\")");
            assertThat(row.getCell(11).asString()).isEqualTo("'+1 and -1");
            assertThat(row.getCell(10).asString()).startsWith("'@news");
            assertThat(row.getCell(5).getFormula()).isNull();
            assertThat(row.getCell(1).asString()).as("the EDTF text").isEqualTo("2023-01");
            assertThat(row.getCell(2).asDate().toLocalDate()).hasToString("2023-01-01");
            assertThat(row.getCell(3).asDate().toLocalDate()).hasToString("2023-01-31");
        }
        Result raw = new Cli().run("export", "--data", data.toString(), "--format", "xlsx", "--no-escape-formulas",
                "-o", xlsx.toString());
        assertThat(raw.exitCode()).isZero();
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile())) {
            assertThat(workbook.getFirstSheet().read().get(1).getCell(5).asString()).startsWith("=HYPERLINK");
        }
    }

    static List<List<String>> csv(String text) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(text)) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    private static String sheetXml(Path xlsx) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile());
                InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
