package dev.timeline.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The fault-injection run must tell the project's own one-line error from a crash, and see bad messages. */
class CrashTest {

    static Stream<Arguments> stderr() {
        return Stream.of(
                Arguments.of("timeline: unknown actor 'Iran'\n", null, null),
                Arguments.of("a.json:3:7: bad date '2023-13'; expected EDTF\nb.json:4:1: missing field 'id'\n", null,
                        null),
                Arguments.of("c.properties:1:1: 'internal error' is not a setting; expected key = value\n", null, null),
                Arguments.of("timeline: internal error: java.lang.NullPointerException (run with --verbose)\n",
                        "timeline: internal error", null),
                Arguments.of("Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space\n",
                        "Exception in thread ", null),
                Arguments.of("timeline: boom\n\tat dev.timeline.cli.Main.run(Main.java:80)\n", "\tat dev.timeline.cli"
                        + ".Main.run(", null),
                Arguments.of("a.json:1:1: Unexpected character [Source: REDACTED; line: 1, column: 1]\n", null,
                        "library internals"),
                Arguments.of("a.csv:5:0: the record has 3 fields\n", null, "a column counted from 0"),
                Arguments.of("timeline: cannot read: java.nio.file.AccessDeniedException: /x\n", null,
                        "library internals"));
    }

    @ParameterizedTest
    @MethodSource("stderr")
    void tellsOwnErrorsFromCrashes(String stderr, String crash, String message) {
        assertThat(Crash.signs(stderr)).isEqualTo(crash);
        if (crash != null) {
            return; // a crash is counted as one, whatever its message
        }
        if (message == null) {
            assertThat(Messages.problem(stderr)).isNull();
        } else {
            assertThat(Messages.problem(stderr)).startsWith(message);
        }
    }

    @ParameterizedTest
    @MethodSource("controls")
    void findsControlsFromData(String text, boolean bad) {
        assertThat(Controls.find(text) != null).isEqualTo(bad);
    }

    static Stream<Arguments> controls() {
        return Stream.of(Arguments.of("plain\ttext\n", false), Arguments.of("é – 🙂 سفارت", false),
                Arguments.of("\u001b[2J", true), Arguments.of("bell\u0007", true), Arguments.of("nul\u0000", true),
                Arguments.of("del\u007f", true), Arguments.of("c1\u009b", true), Arguments.of("\u202eevil", true),
                Arguments.of("cr\roverwritten", true));
    }
}
