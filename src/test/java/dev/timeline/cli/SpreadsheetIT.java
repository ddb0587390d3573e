package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a spreadsheet makes of the exports: LibreOffice converts the CSV (with --bom) and the xlsx back to CSV, and
 * every cell must come back as timeline wrote it, accents and en dashes ("Tehran–Baku") included. Mandatory under
 * -Dtimeline.tools.required=true (.ci/run installs libreoffice-calc), else skipped saying so.
 *
 * <p>LibreOffice 7.4 run headless does not look at the byte order mark to choose the encoding (it reads any CSV
 * as its default, Windows-1252, then), so the CSV conversion names UTF-8 and checks that the mark is taken as one,
 * not left in the first header cell; the mark is for the open dialogs of Excel and LibreOffice.
 */
class SpreadsheetIT {

    static final Path JAR = LauncherIT.PROJECT.resolve("target/timeline.jar");

    @TempDir
    Path dir;

    @Test
    void libreOfficeReadsTheCsvAndTheWorkbook() throws Exception {
        LauncherIT.Run which = LauncherIT.bash(dir, "command -v libreoffice || command -v soffice");
        if (which.exitCode() != 0) {
            String reason = "libreoffice is not installed here (.ci/run installs libreoffice-calc)";
            assertThat(Boolean.getBoolean("timeline.tools.required")).as(reason).isFalse();
            System.err.println("SKIPPED SpreadsheetIT: " + reason);
            return;
        }
        String office = which.out().strip();
        String timeline = "java -jar '" + JAR + "' ";
        LauncherIT.Run exported = LauncherIT.bash(dir, timeline + "export --format csv -o plain.csv && "
                + timeline + "export --format csv --bom -o from-csv.csv && "
                + timeline + "export --format xlsx -o from-xlsx.xlsx");
        assertThat(exported.exitCode()).as(exported.toString()).isZero();
        String options = "'Text - txt - csv (StarCalc):44,34,76'";
        LauncherIT.Run converted = LauncherIT.bash(dir, "'" + office + "' -env:UserInstallation=file://" + dir
                + "/profile --headless --infilter=" + options + " --convert-to csv:" + options
                + " --outdir out from-csv.csv && '" + office + "' -env:UserInstallation=file://" + dir
                + "/profile --headless --convert-to csv:" + options + " --outdir out from-xlsx.xlsx");
        assertThat(converted.exitCode()).as(converted.toString()).isZero();

        List<List<String>> expected = rows(Files.readString(dir.resolve("plain.csv")));
        assertThat(expected.toString()).contains("Tehran–Baku", "Iran–Azerbaijan border");
        for (String name : List.of("from-csv.csv", "from-xlsx.csv")) {
            String text = Files.readString(dir.resolve("out").resolve(name), StandardCharsets.UTF_8);
            assertThat(text).as(name).doesNotContain("\uFEFF", "â€");
            assertThat(rows(text)).as(name).isEqualTo(expected);
        }
    }

    private static List<List<String>> rows(String text) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(text)) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }
}
