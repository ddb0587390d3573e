package dev.timeline.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.model.Dataset;
import dev.timeline.support.Cli;
import dev.timeline.support.Cli.Result;
import dev.timeline.support.Golden;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Every format on the bundled dataset, and the help texts, byte for byte. */
class GoldenFilesTest {

    @ParameterizedTest
    @CsvSource({
        "list.table.txt, list",
        "list.csv, list --format csv",
        "list.json, list --format json",
        "list.tsv, list --format tsv",
        "list.jsonl, list --format jsonl",
        "list.md, list --format markdown",
        "list.ics, list --format ics",
        "list.timelinejs.json, list --format timelinejs",
        "list.geojson, list --format geojson",
        "list-around.table.txt, list --around mp-fazil-mustafa-shot --window 3d",
        "list-color.table.txt, list --color=always --in 2023-Q1",
        "export-iran.csv, export --actor Iran",
        "stats-month-quad.txt, stats --by month --quad",
        "stats-actor.csv, stats --by actor --format csv",
        "actors.txt, actors",
        "actors-show-iran.txt, actors show Iran",
        "show-embassy-attack.txt, show embassy-attack-tehran",
        "show-embassy-attack.json, show embassy-attack-tehran --format json",
        "help.txt, --help",
        "help-list.txt, list --help",
        "help-export.txt, export --help"})
    void matchesTheGoldenFile(String golden, String args) {
        Result result = new Cli().run(args.split(" "));
        assertThat(result.exitCode()).as(result.toString()).isZero();
        Golden.assertMatches(golden, result.out());
    }

    @TempDir
    Path dir;

    /**
     * Every {@link OutputFormat} has a golden file of {@code list --format F} on the bundled dataset: a new constant
     * does not compile here until it names one, and fails until the file exists. A binary format is compared as it
     * reads back (cell by cell), since its bytes hold a timestamp and zip details.
     */
    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void everyFormatHasAGoldenFile(OutputFormat format) throws IOException {
        String golden = switch (format) {
            case TABLE -> "list.table.txt";
            case CSV -> "list.csv";
            case TSV -> "list.tsv";
            case XLSX -> "list.xlsx.txt";
            case JSON -> "list.json";
            case JSONL -> "list.jsonl";
            case MARKDOWN -> "list.md";
            case ICS -> "list.ics";
            case TIMELINEJS -> "list.timelinejs.json";
            case GEOJSON -> "list.geojson";
            case DATASET -> "list.dataset.json";
            case PARQUET -> "list.jsonl"; // read back with DuckDB: the round trip gives the JSON Lines export
        };
        if (format.formatter(FormatContext.of(new Dataset("empty", "1", "Empty", "", List.of(), List.of())))
                instanceof BinaryFormatter) {
            Path file = dir.resolve("list." + format.id());
            Result result = new Cli().run("list", "--format", format.id(), "-o", file.toString());
            assertThat(result.exitCode()).as(result.toString()).isZero();
            if (format == OutputFormat.PARQUET) {
                Result back = new Cli().run("list", "--data", file.toString(), "--format", "jsonl");
                assertThat(back.exitCode()).as(back.toString()).isZero();
                Golden.assertMatches(golden, back.out());
            } else {
                Golden.assertMatches(golden, readBack(file));
            }
        } else {
            Result result = new Cli().run("list", "--format", format.id());
            assertThat(result.exitCode()).as(result.toString()).isZero();
            Golden.assertMatches(golden, result.out());
        }
    }

    /** A workbook's first sheet as text: a line per row, cells by tabs, dates as ISO days, numbers plain. */
    private static String readBack(Path xlsx) throws IOException {
        StringBuilder out = new StringBuilder();
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile(), new ReadingOptions(true, false))) {
            out.append("sheet ").append(workbook.getFirstSheet().getName()).append('\n');
            for (Row row : workbook.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(text(row.getCell(c)));
                }
                out.append(String.join("\t", cells)).append('\n');
            }
        }
        return out.toString();
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            return "yyyy-mm-dd".equals(cell.getDataFormatString()) ? cell.asDate().toLocalDate().toString()
                    : cell.asNumber().toPlainString();
        }
        return cell.getType() + ":" + cell.asString().replace("\t", "\\t").replace("\n", "\\n");
    }
}
