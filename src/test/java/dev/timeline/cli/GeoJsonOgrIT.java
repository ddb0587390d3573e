package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.timeline.support.Corpora;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a GIS tool makes of {@code --format geojson}: GDAL's {@code ogrinfo} (Debian's gdal-bin) opens the export
 * with its GeoJSON driver and must report the feature count, the fields and their values as timeline wrote them,
 * non-ASCII text and escaped controls included. Mandatory under -Dtimeline.tools.required=true (.ci/run installs
 * gdal-bin), else skipped saying so.
 */
class GeoJsonOgrIT {

    static final List<String> FIELDS = List.of("id", "date", "start", "end", "type", "title", "summary", "actors",
            "place", "country", "fatalities", "sources", "tags");

    /** A field line of {@code ogrinfo -so}: "title: String (0.0)". */
    static final Pattern FIELD = Pattern.compile("(?m)^([A-Za-z_]+): ([A-Za-z0-9]+) \\(\\d+\\.\\d+\\)$");

    @TempDir
    Path dir;

    private String ogrinfo;

    @BeforeEach
    void findOgrinfo() throws Exception {
        LauncherIT.Run which = LauncherIT.bash(dir, "command -v ogrinfo");
        if (which.exitCode() != 0) {
            String reason = "ogrinfo is not installed here (.ci/run installs gdal-bin)";
            assertThat(Boolean.getBoolean("timeline.tools.required")).as(reason).isFalse();
            System.err.println("SKIPPED GeoJsonOgrIT: " + reason);
            return;
        }
        ogrinfo = which.out().strip();
    }

    @Test
    void gdalReadsTheBundledExport() throws Exception {
        if (ogrinfo == null) {
            return;
        }
        LauncherIT.Run exported = timeline("export --format geojson -o bundled.geojson");
        assertThat(exported.exitCode()).as(exported.toString()).isZero();
        assertThat(exported.err()).contains("23 of 26 events have no coordinates; left out of the GeoJSON");

        String summary = ogr("-so bundled.geojson");
        assertThat(summary).contains("using driver `GeoJSON' successful", "Geometry: Point", "Feature Count: 3",
                "Extent: (34.781800, 32.085300) - (51.389000, 35.689200)");
        assertThat(fields(summary)).containsExactlyElementsOf(FIELDS);
        assertThat(types(summary)).containsEntry("fatalities", "Integer").containsEntry("tags", "StringList")
                .containsEntry("start", "Date").containsEntry("title", "String");

        String values = ogr("bundled.geojson");
        assertThat(values).contains("id (String) = embassy-attack-tehran",
                "title (String) = Deadly armed attack on Azerbaijan's embassy in Tehran",
                "actors (String) = Azerbaijan; Iran", "fatalities (Integer) = 1", "POINT (51.389 35.6892)",
                "POINT (34.7818 32.0853)");
    }

    /** Accents, Arabic script, an emoji and the controls JSON escapes (DEL, C1, a bidi override) reach GDAL whole. */
    @Test
    void gdalReadsNonAsciiAndEscapedTextBack() throws Exception {
        if (ogrinfo == null) {
            return;
        }
        String title = "Şuşa – “Zəfər” سفارت 👩🏽‍🚀";
        Files.writeString(dir.resolve("local.json"), "{\"id\": \"local\", \"title\": \"Local\", \"actors\": [],\n"
                + "\"events\": [{\"id\": \"shusha\", \"date\": \"2020-11-08\", \"title\": \"" + title + "\", "
                + "\"summary\": \"del\\u007f c1\\u0085 rlo\\u202e end\", \"type\": \"war\", \"actors\": [], "
                + "\"place\": {\"name\": \"Şuşa\", \"country\": \"AZE\", \"lat\": 39.7583, \"lon\": 46.7486}, "
                + "\"sources\": [{\"outlet\": \"Trend\", \"published\": \"2020-11-08\"}]}]}\n", StandardCharsets.UTF_8);
        LauncherIT.Run exported = timeline("--data local.json export --format geojson -o local.geojson");
        assertThat(exported.exitCode()).as(exported.toString()).isZero();
        assertThat(Files.readString(dir.resolve("local.geojson"))).contains("\\u007F", "\\u0085", "\\u202E");

        assertThat(ogr("-so local.geojson")).contains("Feature Count: 1");
        String values = ogr("local.geojson");
        assertThat(values).contains("title (String) = " + title, "place (String) = Şuşa",
                "summary (String) = del\u007f c1\u0085 rlo\u202e end", "POINT (46.7486 39.7583)");
    }

    /**
     * An ACLED sample: every row with a latitude and longitude is one feature, counted independently from the CSV.
     */
    @Test
    void gdalReadsAnAcledExport() throws Exception {
        if (ogrinfo == null) {
            return;
        }
        Path acled = Corpora.require("acled-global-2020-05", "acled.caucasus-iran-turkey-subset.csv");
        LauncherIT.Run exported = timeline("--data '" + acled + "' export --format geojson -o acled.geojson");
        assertThat(exported.exitCode()).as(exported.toString()).isZero();
        int features = new ObjectMapper().readTree(dir.resolve("acled.geojson").toFile()).get("features").size();
        int withPoint = 0;
        int rows = 0;
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(acled.toFile())) {
            while (it.hasNext()) {
                Map<String, String> row = it.next();
                rows++;
                if (!row.getOrDefault("latitude", "").isBlank() && !row.getOrDefault("longitude", "").isBlank()) {
                    withPoint++;
                }
            }
        }
        assertThat(features).as("features vs. CSV rows with a point").isEqualTo(withPoint);
        String summary = ogr("-so acled.geojson");
        assertThat(summary).contains("Geometry: Point", "Feature Count: " + withPoint);
        assertThat(fields(summary)).containsExactlyElementsOf(FIELDS);
        if (withPoint < rows) {
            assertThat(exported.err()).contains((rows - withPoint) + " of " + rows + " events have no coordinates");
        }
        assertThat(ogr("acled.geojson")).contains("country (String) = ").containsPattern("POINT \\(-?\\d");
    }

    private LauncherIT.Run timeline(String args) throws IOException, InterruptedException {
        return LauncherIT.bash(dir, "java -jar '" + SpreadsheetIT.JAR + "' " + args);
    }

    private String ogr(String args) throws IOException, InterruptedException {
        LauncherIT.Run run = LauncherIT.bash(dir, "'" + ogrinfo + "' -ro -al " + args);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).as(run.toString()).doesNotContain("ERROR");
        return run.out();
    }

    private static List<String> fields(String summary) {
        List<String> names = new ArrayList<>();
        Matcher m = FIELD.matcher(summary);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Map<String, String> types(String summary) {
        Map<String, String> types = new LinkedHashMap<>();
        Matcher m = FIELD.matcher(summary);
        while (m.find()) {
            types.put(m.group(1), m.group(2));
        }
        return types;
    }
}
