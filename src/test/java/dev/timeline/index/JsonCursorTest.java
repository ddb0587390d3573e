package dev.timeline.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.index.RowFormat.MoreBytes;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The byte tokenizer JSON Lines indexing walks a line with, alone: what it skips, decodes and refuses. */
class JsonCursorTest {

    private static JsonCursor closed(String line) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        return new JsonCursor(b, 0, b.length, false);
    }

    private static JsonCursor open(String prefix) {
        byte[] b = prefix.getBytes(StandardCharsets.UTF_8);
        return new JsonCursor(b, 0, b.length, true);
    }

    /** A value, then what follows it: skipValue stops on the first byte after the value. */
    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of("\"plain\",x", ",x"),
                Arguments.of("\"a \\\" quote\",x", ",x"),
                Arguments.of("\"ends in backslash \\\\\"}", "}"),
                Arguments.of("\"tb\\u00e4\"]", "]"),
                Arguments.of("123}", "}"),
                Arguments.of("-4.5e3,", ","),
                Arguments.of("true ,", " ,"),
                Arguments.of("null}", "}"),
                Arguments.of("{}}", "}"),
                Arguments.of("[]]", "]"),
                Arguments.of("{\"a\":[1,{\"b\":\"}]\"}],\"c\":2},", ","),
                Arguments.of("[[[\"[\"]]],", ","));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void skipsOneValueWhole(String line, String after) throws Exception {
        JsonCursor c = closed(line);
        c.skipValue();
        assertThat(line.substring(c.pos)).isEqualTo(after);
    }

    static Stream<Arguments> strings() {
        return Stream.of(
                Arguments.of("\"Tehran\"", "Tehran"),
                Arguments.of("\"\"", ""),
                Arguments.of("\"Baku \\\"2023\\\"\"", "Baku \"2023\""),
                Arguments.of("\"\\u00c4zerbaijan\"", "\u00c4zerbaijan"),
                Arguments.of("\"line\\nbreak\"", "line\nbreak"),
                Arguments.of("\"\u0130ran (UTF-8 as is)\"", "\u0130ran (UTF-8 as is)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strings")
    void decodesStrings(String json, String text) throws Exception {
        JsonCursor c = closed(json);
        assertThat(c.text()).isEqualTo(text);
        assertThat(c.pos).isEqualTo(json.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void readsAnUnquotedNumberAsText() throws Exception {
        JsonCursor c = closed("20231,");
        assertThat(c.number()).isEqualTo("20231");
        assertThat(c.pos).isEqualTo(5);
    }

    /** A closed cursor that runs out fails the line, naming the 1-based column; an open one asks for more. */
    static Stream<Arguments> truncated() {
        return Stream.of(
                Arguments.of("\"unterminated", "not a JSON event object: the line ends inside the JSON object"),
                Arguments.of("{\"a\":[1,2", "not a JSON event object: the line ends inside the JSON object"),
                Arguments.of("\"ends in an escape \\", "not a JSON event object: the line ends inside the JSON object"),
                Arguments.of("12", "not a JSON event object: the line ends inside the JSON object"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("truncated")
    void aTruncatedValueFailsAClosedLineAndAsksAnOpenOneForMore(String prefix, String message) {
        assertThatThrownBy(() -> closed(prefix).skipValue()).isInstanceOf(BadRow.class).hasMessage(message);
        assertThatThrownBy(() -> open(prefix).skipValue()).isInstanceOf(MoreBytes.class);
    }

    @Test
    void aLineBreakInsideAStringIsBadEvenWhenOpen() {
        assertThatThrownBy(() -> open("\"two\nlines\"").skipValue()).isInstanceOf(BadRow.class)
                .hasMessage("not a JSON event object: the line ends inside a string");
    }

    @Test
    void expectNamesWhatItFoundAndWhere() throws Exception {
        JsonCursor c = closed("  {");
        c.ws();
        c.expect('{');
        assertThatThrownBy(() -> closed("  [").expect('{')).isInstanceOf(BadRow.class)
                .hasMessage("not a JSON event object: expected '{' but found ' '");
        JsonCursor at = closed("ab");
        at.pos = 1;
        assertThatThrownBy(() -> at.expect(':')).isInstanceOf(BadRow.class)
                .satisfies(e -> assertThat(((BadRow) e).column()).isEqualTo(2));
    }

    @Test
    void aBadEscapeIsABadRowNotACrash() {
        assertThatThrownBy(() -> closed("\"bad \\x escape\"").text()).isInstanceOf(BadRow.class)
                .hasMessageStartingWith("a string has a bad escape: ");
    }

    @Test
    void aValueThatIsNoneFailsNamingTheByte() {
        assertThatThrownBy(() -> closed(",}").skipValue()).isInstanceOf(BadRow.class)
                .hasMessage("not a JSON event object: expected a value but found ','");
    }
}
