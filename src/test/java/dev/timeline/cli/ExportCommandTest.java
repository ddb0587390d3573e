package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.timeline.support.Cli;
import dev.timeline.support.Cli.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    static final List<String> CONTRACT = List.of("id", "date", "start", "end", "type", "title", "actors", "place",
            "country", "fatalities", "sources", "summary");

    private final Cli cli = new Cli();

    @TempDir
    Path dir;

    @Test
    void writesCsvThatAnRfc4180ReaderParsesWithTheContractHeader() throws IOException {
        Path file = dir.resolve("az.csv");
        Result result = cli.run("export", "--format", "csv", "--actor", "Azerbaijan", "-o", file.toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).isEmpty();
        List<List<String>> rows = readCsv(file);
        assertThat(rows.get(0)).isEqualTo(CONTRACT);
        assertThat(rows).hasSizeGreaterThan(10).allSatisfy(row -> assertThat(row).hasSize(CONTRACT.size()));
        List<String> attack = rows.stream().filter(r -> r.get(0).equals("embassy-attack-tehran")).findFirst()
                .orElseThrow();
        assertThat(attack.get(1)).isEqualTo("2023-01-27");
        assertThat(attack.get(2)).isEqualTo("2023-01-27");
        assertThat(attack.get(9)).isEqualTo("1");
        assertThat(attack.get(10)).contains("Caspian News 2023-01-30");
        assertThat(Files.readString(file)).contains("\r\n");
        assertThat(dir).isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void partialDatesKeepTheirPrecisionAndShowTheirSpan() throws IOException {
        Path file = dir.resolve("all.csv");
        cli.run("export", "-o", file.toString());
        List<String> drills = readCsv(file).stream().filter(r -> r.get(0).equals("irgc-border-drills"))
                .findFirst().orElseThrow();
        assertThat(drills.subList(1, 4)).containsExactly("2022-10", "2022-10-01", "2022-10-31");
        List<String> open = readCsv(file).stream().filter(r -> r.get(1).endsWith("/..")).findFirst().orElseThrow();
        assertThat(open.get(3)).isEmpty();
    }

    @Test
    void jsonFollowsTheContract() throws IOException {
        Result result = cli.run("export", "--format", "json", "--actor", "IRGC");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode events = new ObjectMapper().readTree(result.out());
        assertThat(events.isArray()).isTrue();
        JsonNode drills = events.get(0);
        assertThat(drills.fieldNames()).toIterable().contains("id", "date", "start", "end", "type", "title",
                "summary", "actors", "place", "fatalities", "sources", "tags");
        assertThat(drills.get("date").asText()).isEqualTo("2022-10");
        assertThat(drills.get("actors").get(0).fieldNames()).toIterable().containsExactly("id", "name", "role");
        assertThat(drills.get("sources").get(0).has("outlet")).isTrue();
        assertThat(drills.get("sources").get(0).has("published")).isTrue();
    }

    @Test
    void replacesAnExistingFileAndKeepsItOnFailure() throws IOException {
        Path file = dir.resolve("out.csv");
        Files.writeString(file, "old content");
        Result failed = cli.run("export", "--actor", "Nobody-At-All", "-o", file.toString());
        assertThat(failed.exitCode()).isEqualTo(2);
        assertThat(Files.readString(file)).isEqualTo("old content");
        Result ok = cli.run("export", "-o", file.toString());
        assertThat(ok.exitCode()).as(ok.toString()).isZero();
        assertThat(Files.readString(file)).startsWith("id,date,start,end");
    }

    @Test
    void aTargetInAMissingFolderFailsWithThePath() {
        Path file = dir.resolve("missing/out.csv");
        Result result = cli.run("export", "-o", file.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("timeline: cannot write " + file + ": ").contains("does not exist");
    }

    @Test
    void aTargetThatIsNotARegularFileIsWrittenStraightTo() {
        Result result = cli.run("export", "-o", "/dev/null");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(Path.of("/dev/null")).exists();
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
    }

    @Test
    void dashMeansStdout() {
        Result result = cli.run("export", "-o", "-", "--actor", "IRGC");
        assertThat(result.out()).startsWith("id,date,");
    }

    static List<List<String>> readCsv(Path file) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> rows = mapper.readerFor(List.class).readValues(file.toFile())) {
            return rows.readAll();
        }
    }
}
