package dev.timeline.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.io.DataException;
import dev.timeline.io.Progress;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Formats are told apart by content, whatever the file is called. */
class InputFormatTest {

    @TempDir
    static Path dir;

    static final String BOM = "\uFEFF";
    static final String EVENT = "{\"id\":\"e1\",\"date\":\"2023-01-27\",\"type\":\"statement\",\"title\":\"T\"}";
    static final String GDELT_ROW = "1\t20191024" + "\tx".repeat(59);

    static Stream<Arguments> contents() {
        return Stream.of(
                Arguments.of("dataset, pretty", "{\n  \"id\": \"x\",\n  \"events\": []\n}\n", InputFormat.DATASET_JSON),
                Arguments.of("dataset, one line", "{\"id\":\"x\",\"title\":\"t\",\"actors\":[],\"events\":[]}\n",
                        InputFormat.DATASET_JSON),
                Arguments.of("json lines", EVENT + "\n" + EVENT.replace("e1", "e2") + "\n", InputFormat.JSON_LINES),
                Arguments.of("json lines after a blank line and a BOM", BOM + "\n" + EVENT + "\n",
                        InputFormat.JSON_LINES),
                Arguments.of("acled", "event_id_cnty,event_date,event_type\r\nX1,2020-01-01,Protests\r\n",
                        InputFormat.ACLED_CSV),
                Arguments.of("acled, quoted header with BOM", BOM + "\"data_id\",\"event_date\",\"EVENT_TYPE\"\n1,2020-01-01,"
                        + "Riots\n", InputFormat.ACLED_CSV),
                Arguments.of("gdelt 2.0", GDELT_ROW + "\n", InputFormat.GDELT_TSV),
                Arguments.of("gdelt 1.0", "1\t19820102" + "\tx".repeat(55) + "\n", InputFormat.GDELT_TSV),
                Arguments.of("ucdp ged", "id,relid,year,type_of_violence,side_a,side_b,date_prec,date_start,date_end,best"
                        + "\n1,X-1,2020,1,Government of Iran,Y,1,2020-01-01,2020-01-01,0\n", InputFormat.UCDP_CSV),
                Arguments.of("ucdp ged, BOM and CRLF", BOM + "\"id\",\"side_a\",\"side_b\",\"type_of_violence\",\"date_prec\","
                        + "\"date_start\",\"date_end\",\"best\"\r\n", InputFormat.UCDP_CSV),
                Arguments.of("icews", "Event ID\tEvent Date\tSource Name\tCAMEO Code\tTarget Name\n1\t2018-06-01\tA\t040"
                        + "\tB\n", InputFormat.ICEWS_TSV));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contents")
    void detectsByContent(String name, String content, InputFormat expected) throws IOException {
        Path file = dir.resolve(name.replace(' ', '-') + ".txt"); // the name says nothing
        Files.writeString(file, content, StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(file)) {
            assertThat(InputFormat.detect(channel, file.toString()).format()).isEqualTo(expected);
        }
        if (expected == InputFormat.JSON_LINES) {
            assertThat(Inputs.openBig(file, new Inputs.Options(false, false, java.util.Map.of(), Progress.NONE,
                    w -> { })).event("e1")).isPresent();
        }
    }

    /** What export --format json writes is read back (issue 11, point 8); its elements are checked when read. */
    @ParameterizedTest
    @ValueSource(strings = {"[{\"id\":\"e1\"}]\n", "\uFEFF  [\n  {\"id\": \"e1\"}\n]\n", "[]"})
    void aJsonArrayIsOneOfThem(String content) throws IOException {
        Path file = dir.resolve("array.json");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(file)) {
            assertThat(InputFormat.detect(channel, file.toString()).format()).isEqualTo(InputFormat.JSON_ARRAY);
        }
    }

    static Stream<String> neither() {
        return Stream.of("", "name,age\nAda,36\n", "id,side_a,side_b,date_start,date_end\n1,a,b,2020-01-01,2020-01-01\n",
                "Event ID\tEvent Date\tSource Name\n1\t2018-06-01\tA\n", "1\t20191024\tonly three\n",
                "x\t20191024" + "\tx".repeat(59) + "\n", "just some text\n", "\u0000\u0001\u0002");
    }

    @ParameterizedTest
    @MethodSource("neither")
    void refusesWhatIsNoneOfThem(String content) throws IOException {
        Path file = dir.resolve("neither.dat");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(file)) {
            assertThatThrownBy(() -> InputFormat.detect(channel, file.toString())).isInstanceOf(DataException.class)
                    .hasMessage(file + ": not a format timeline reads; tried " + InputFormat.tried());
        }
    }
}
