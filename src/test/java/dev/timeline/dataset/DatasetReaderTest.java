package dev.timeline.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.io.Bom;
import dev.timeline.io.DataException;
import dev.timeline.io.Problem;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.support.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DatasetReaderTest {

    @Test
    void readsAValidDataset() {
        Dataset dataset = DatasetReader.read(Fixtures.path("small.json"));
        assertThat(dataset.id()).isEqualTo("small");
        assertThat(dataset.actors()).hasSize(4);
        Event attack = dataset.event("attack").orElseThrow();
        assertThat(attack.fatalities()).isEqualTo(1);
        assertThat(attack.sources()).hasSize(2);
        assertThat(attack.sources().get(1).outlet()).isNull();
        assertThat(attack.sources().get(1).published()).hasToString("2023-01-31");
        assertThat(dataset.event("souring").orElseThrow().date().isOpenEnd()).isTrue();
    }

    @Test
    void readsTheBundledDataset() {
        Dataset dataset = Fixtures.bundled();
        assertThat(dataset.events()).hasSizeGreaterThan(20);
        assertThat(dataset.actors()).extracting(a -> a.id()).contains("iran", "azerbaijan", "israel");
    }

    /** Every seeded problem of broken.json, each at its line, all reported in one go. */
    static Stream<Arguments> seededProblems() {
        return Stream.of(
                Arguments.of(4, "unknown field 'colour' in dataset"),
                Arguments.of(6, "'partOf' forms a cycle: a → b → a"),
                Arguments.of(8, "unknown kind 'planet'"),
                Arguments.of(9, "duplicate actor id 'c' (first at line 8)"),
                Arguments.of(12, "'date' '2023-02-30' is not a valid date"),
                Arguments.of(13, "duplicate event id 'e1' (first at line 12)"),
                Arguments.of(15, "unknown actor 'zz'"),
                Arguments.of(16, "missing field 'title' in event 'e4'"),
                Arguments.of(16, "unknown type 'statment' (did you mean 'statement'?)"),
                Arguments.of(16, "unknown country code 'XXX'"));
    }

    @ParameterizedTest
    @MethodSource("seededProblems")
    void reportsEverySeededProblemWithItsLine(int line, String message) {
        Path broken = Fixtures.path("broken.json");
        DataException e = catchData(broken);
        assertThat(e.problems())
                .as(e.getMessage())
                .anySatisfy(p -> {
                    assertThat(p.line()).isEqualTo(line);
                    assertThat(p.column()).isPositive();
                    assertThat(p.message()).contains(message);
                    assertThat(p.file()).isEqualTo(broken.toString());
                });
    }

    @Test
    void reportsNothingTwice() {
        DataException e = catchData(Fixtures.path("broken.json"));
        assertThat(e.problems()).hasSize(seededProblems().toList().size());
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        DataException e = catchData(Fixtures.path("malformed.json"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.column()).isEqualTo(16);
            assertThat(p.message()).startsWith("malformed JSON: ");
        });
    }

    static Stream<Arguments> badDocuments() {
        return Stream.of(
                Arguments.of("", "the file is empty"),
                Arguments.of("[]", "expected a JSON object"),
                Arguments.of("{\"id\":\"x\",\"title\":\"t\",\"actors\":[],\"events\":[]} {}", "unexpected content"),
                Arguments.of("{\"id\":\"x\",\"title\":\"t\",\"actors\":{},\"events\":[]}", "'actors' is an object; "
                        + "expected an array"),
                Arguments.of("{\"id\":\"x y\",\"title\":\"t\",\"actors\":[],\"events\":[]}", "contains blanks"),
                Arguments.of("{\"id\":\"x\",\"id\":\"y\",\"title\":\"t\",\"actors\":[],\"events\":[]}",
                        "duplicate field 'id'"),
                Arguments.of("{\"id\":\"x\",\"title\":\"t\",\"actors\":[],\"events\":[{\"id\":\"e\",\"date\":\"2023\","
                        + "\"title\":\"t\",\"type\":\"war\",\"actors\":[],\"fatalities\":-1}]}", "'fatalities' is a "
                        + "number (-1); expected a whole number of 0 or more"));
    }

    @ParameterizedTest
    @MethodSource("badDocuments")
    void refusesBadDocuments(String json, String message) {
        assertThatThrownBy(() -> DatasetReader.read(new StringReader(json), "x.json"))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(message);
    }

    @Test
    void missingFileIsNamed() {
        assertThatThrownBy(() -> DatasetReader.read(Path.of("no/such/file.json")))
                .isInstanceOf(DataException.class)
                .hasMessage("no/such/file.json: no such file");
    }

    /** Bytes read through {@link Bom#utf8} are strict UTF-8: a malformed byte is an error, not a U+FFFD title. */
    @Test
    void bytesAreStrictUtf8() {
        byte[] bytes = "{\"actors\": [], \"events\": [{\"id\": \"x\", \"title\": \"\u00ff\"}]}"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> DatasetReader.read(Bom.utf8(new ByteArrayInputStream(bytes)), "b.json"))
                .isInstanceOf(DataException.class)
                .hasMessage("b.json: not valid UTF-8 text; save the file as UTF-8");
    }

    @Test
    void bundledTextReadsAndValidates() {
        assertThat(DatasetReader.read(DatasetReader.bundled(), DatasetReader.BUNDLED_NAME).events()).isNotEmpty();
        assertThat(DatasetReader.validate(DatasetReader.bundled(), DatasetReader.BUNDLED_NAME).valid()).isTrue();
    }

    private static DataException catchData(Path path) {
        try {
            DatasetReader.read(path);
        } catch (DataException e) {
            return e;
        }
        throw new AssertionError("expected problems in " + path);
    }

    @Test
    void problemsPrintLikeACompiler() {
        assertThat(new Problem("d.json", 3, 7, "bad")).hasToString("d.json:3:7: bad");
        assertThat(new Problem("d.json", 0, 0, "no such file")).hasToString("d.json: no such file");
    }

    /**
     * A lone surrogate is refused wherever it stands (a value, an array item; Jackson itself refuses one in a field
     * name), at its line and column.
     */
    static Stream<Arguments> loneSurrogates() {
        return Stream.of(
                Arguments.of("\"title\": \"Bad \\ud800 title\"", 2, 11, "lone surrogate \\uD800 (character 5)"),
                Arguments.of("\"title\": \"\\udfff\"", 2, 11, "lone surrogate \\uDFFF (character 1)"),
                Arguments.of("\"title\": \"pair then lone \\ud83d\\ude00\\ud83d\"", 2, 11, "lone surrogate \\uD83D (character 18)"),
                Arguments.of("\"title\": \"T\", \"x\\udc00\": 1", 2, 24, "low surrogate in field name: 0xdc00"),
                Arguments.of("\"title\": \"T\", \"tags\": [\"a\", \"\\ud800b\"]", 2, 30, "lone surrogate \\uD800 (character 1)"));
    }

    @ParameterizedTest
    @MethodSource("loneSurrogates")
    void refusesLoneSurrogatesWithLineAndColumn(String field, int line, int column, String what) {
        String json = "{\"id\": \"d\", \"actors\": [], \"events\": [],\n " + field + "}\n";
        DatasetReader.Report report = DatasetReader.validate(new StringReader(json), "s.json");
        assertThat(report.valid()).as(report.problems().toString()).isFalse();
        assertThat(report.problems()).as(json).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.column()).isEqualTo(column);
            assertThat(p.message()).contains(what);
        });
    }

    @Test
    void acceptsSurrogatePairs() {
        String json = "{\"id\": \"d\", \"title\": \"rocket \\ud83d\\ude80 and \ud83d\ude80\", \"actors\": [], "
                + "\"events\": []}";
        assertThat(DatasetReader.validate(new StringReader(json), "s.json").valid()).isTrue();
    }
}
