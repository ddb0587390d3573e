package dev.timeline.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.timeline.dataset.DatasetReader;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.support.Fixtures;
import dev.timeline.support.Nasty;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class FormatsTest {

    static final Dataset BUNDLED = Fixtures.bundled();

    static String render(OutputFormat format, FormatContext context, List<Event> events) throws IOException {
        Formatter formatter = format.formatter(context);
        if (formatter instanceof BinaryFormatter binary) {
            return workbookContent(binary, events);
        }
        StringWriter out = new StringWriter();
        formatter.write(events, out);
        return out.toString();
    }

    /** An xlsx's sheet and strings: what it holds, without docProps/core.xml's creation time (fastexcel's "now"). */
    private static String workbookContent(BinaryFormatter binary, List<Event> events) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        binary.write(events, bytes);
        StringBuilder content = new StringBuilder();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("formats", ".xlsx");
        try {
            java.nio.file.Files.write(file, bytes.toByteArray());
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                for (java.util.zip.ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    if (entry.getName().startsWith("xl/")) {
                        content.append(entry.getName()).append('\n').append(new String(
                                zip.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        return content.toString();
    }

    static List<List<String>> readCsv(String text, boolean tabs) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvSchema schema = tabs ? CsvSchema.emptySchema().withColumnSeparator('\t').withoutQuoteChar()
                .withEscapeChar('\\') : CsvSchema.emptySchema();
        try (MappingIterator<List<String>> rows = mapper.readerFor(List.class).with(schema).readValues(text)) {
            return rows.readAll();
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"CSV", "TSV"})
    void csvAndTsvReadBackToTheSameValues(OutputFormat format) throws IOException {
        for (Dataset dataset : List.of(BUNDLED, Nasty.dataset())) {
            FormatContext context = FormatContext.of(dataset).withEscapeFormulas(false);
            List<List<String>> rows = readCsv(render(format, context, dataset.events()), format == OutputFormat.TSV);
            assertThat(rows.get(0)).isEqualTo(CsvFormatter.COLUMNS);
            CsvFormatter cells = CsvFormatter.csv(context);
            List<List<String>> expected = new ArrayList<>();
            dataset.events().forEach(e -> expected.add(cells.cells(e)));
            assertThat(rows.subList(1, rows.size())).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"CSV", "TSV"})
    void formulasAreNeutralisedByDefault(OutputFormat format) throws IOException {
        List<List<String>> rows = readCsv(render(format, FormatContext.of(Nasty.dataset()),
                Nasty.dataset().events()), format == OutputFormat.TSV);
        List<String> nasty = rows.get(1);
        assertThat(nasty.get(5)).startsWith("'=HYPERLINK");
        assertThat(nasty.get(6)).startsWith("'@Actor");
        assertThat(nasty.get(7)).startsWith("'+Tehran");
        assertThat(nasty.get(10)).startsWith("'-Outlet");
        assertThat(rows).allSatisfy(row -> assertThat(row).allSatisfy(cell -> assertThat(cell)
                .doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@").doesNotStartWith("-")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "-31.5|-31.5", "-7|-7", "0.5|0.5", "-1+2|'-1+2", "-2+3+cmd|'-2+3+cmd", "-1e3|'-1e3", "-.5|'-.5",
            "+31|'+31", "=1|'=1", "-|'-", "-31.5%|'-31.5%"})
    void plainNumbersAreNotFormulas(String cell, String written) {
        assertThat(CsvFormatter.neutralize(cell)).isEqualTo(written);
    }

    @Test
    void tsvKeepsEveryRowOnOneLine() throws IOException {
        String tsv = render(OutputFormat.TSV, FormatContext.of(Nasty.dataset()), Nasty.dataset().events());
        assertThat(tsv.lines()).hasSize(3).allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(12));
        assertThat(tsv).doesNotContain("\r");
    }

    @Test
    void jsonLinesEqualTheJsonArraysElements() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        for (Dataset dataset : List.of(BUNDLED, Nasty.dataset())) {
            FormatContext context = FormatContext.of(dataset);
            JsonNode array = mapper.readTree(render(OutputFormat.JSON, context, dataset.events()));
            List<String> lines = render(OutputFormat.JSONL, context, dataset.events()).lines().toList();
            assertThat(lines).hasSize(array.size());
            for (int i = 0; i < lines.size(); i++) {
                assertThat(mapper.readTree(lines.get(i))).isEqualTo(array.get(i));
            }
        }
    }

    @Test
    void jsonLinesFlushAfterEveryEvent() throws IOException {
        List<Integer> flushedAt = new ArrayList<>();
        StringWriter buffer = new StringWriter();
        Writer spy = new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) {
                buffer.write(chars, offset, length);
            }

            @Override
            public void flush() {
                flushedAt.add(buffer.toString().split("\n", -1).length - 1);
            }

            @Override
            public void close() {
            }
        };
        OutputFormat.JSONL.formatter(FormatContext.of(BUNDLED)).write(BUNDLED.events().subList(0, 3), spy);
        assertThat(flushedAt).startsWith(1, 2, 3);
    }

    @Test
    void nastyTextStaysIntactInJson() throws IOException {
        JsonNode nasty = new ObjectMapper().readTree(render(OutputFormat.JSON, FormatContext.of(Nasty.dataset()),
                Nasty.dataset().events())).get(0);
        assertThat(nasty.get("title").asText()).isEqualTo(Nasty.TITLE);
        assertThat(nasty.get("summary").asText()).isEqualTo(Nasty.SUMMARY);
    }

    @Test
    void markdownEscapesEverythingThatCouldBreakTheTable() throws IOException {
        String md = render(OutputFormat.MARKDOWN, FormatContext.of(Nasty.dataset()).withQuery("timeline list --x"),
                Nasty.dataset().events());
        assertThat(md).startsWith("## Nasty \\| &lt;Dataset&gt;\n\nQuery: `timeline list --x`\n\n");
        List<String> rows = md.lines().filter(l -> l.startsWith("| ")).toList();
        assertThat(rows).hasSize(3);
        assertThat(rows).allSatisfy(row -> assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count())
                .isEqualTo(8));
        assertThat(md).doesNotContain("<script>").contains("&lt;script&gt;").contains("👩🏽‍🚀")
                .endsWith("\n2 events.\n");
    }

    @Test
    void tableColoursOnlyWhenAsked() throws IOException {
        String plain = render(OutputFormat.TABLE, FormatContext.of(BUNDLED), BUNDLED.events());
        String colour = render(OutputFormat.TABLE, FormatContext.of(BUNDLED).withColor(true), BUNDLED.events());
        assertThat(plain).doesNotContain("\u001b[");
        assertThat(colour).contains("\u001b[1mDATE\u001b[0m").contains("\u001b[33m2023-01-30~\u001b[0m");
        assertThat(colour.replaceAll("\u001b\\[\\d+m", "")).isEqualTo(plain);
    }

    @Test
    void tableStaysInsideTheWidthWithNastyText() throws IOException {
        for (int width : new int[] {40, 60, 80, 120}) {
            String table = render(OutputFormat.TABLE, FormatContext.of(Nasty.dataset()).withWidth(width),
                    Nasty.dataset().events());
            assertThat(table.lines()).hasSize(3).allSatisfy(line -> {
                assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(width);
                assertThat(line).doesNotContain("\t").doesNotContain("\r");
            });
        }
    }

    /** Every text format; Parquet is written by the DuckDB engine from the JSON Lines formatter's output (EngineDifferentialTest). */
    @ParameterizedTest
    @EnumSource(value = OutputFormat.class, mode = EnumSource.Mode.EXCLUDE, names = "PARQUET")
    void everyFormatIsDeterministicAndHandlesNastyText(OutputFormat format) throws IOException {
        FormatContext context = FormatContext.of(Nasty.dataset());
        String once = render(format, context, Nasty.dataset().events());
        assertThat(render(format, context, Nasty.dataset().events())).isEqualTo(once);
        assertThat(once).isNotEmpty();
        if (format == OutputFormat.MARKDOWN || format == OutputFormat.TIMELINEJS) {
            assertThat(once).as("markup formats escape HTML").doesNotContain("<script>");
        }
    }
}
