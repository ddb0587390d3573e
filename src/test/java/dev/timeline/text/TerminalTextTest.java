package dev.timeline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TerminalTextTest {

    static Stream<Arguments> lines() {
        return Stream.of(
                Arguments.of("plain", "plain"),
                Arguments.of(null, ""),
                Arguments.of("title \u001b]0;pwned\u0007", "title \\e]0;pwned\\x07"),
                Arguments.of("\u001b[2J\u001b[31mred", "\\e[2J\\e[31mred"),
                Arguments.of("cut \u001b[", "cut \\e["),
                Arguments.of("nul\u0000 del\u007f", "nul\\x00 del\\x7F"),
                Arguments.of("c1 \u009b31m \u0085", "c1 \\u009B31m  "),
                Arguments.of("\u202Eevil\u202C \u2066i\u2069 \u202A\u202B\u202D\u2067\u2068",
                        "\\u202Eevil\\u202C \\u2066i\\u2069 \\u202A\\u202B\\u202D\\u2067\\u2068"),
                Arguments.of("a\r\nb\nc\rd\te\u000bf\u000cg\u2028h\u2029i", "a b c d e f g h i"),
                Arguments.of("lone \ud800 and \udc00", "lone \\uD800 and \\uDC00"),
                Arguments.of("pair 👩🏽‍🚀 سفارت 中文 é", "pair 👩🏽‍🚀 سفارت 中文 é"),
                Arguments.of("\u200d\u200e\u00a0", "\u200d\u200e\u00a0"));
    }

    @ParameterizedTest
    @MethodSource("lines")
    void lineShowsControlsAsEscapes(String text, String shown) {
        assertThat(TerminalText.line(text)).isEqualTo(shown);
    }

    @Test
    void escapeKeepsLineFeedsAndTabsForLayout() {
        assertThat(TerminalText.escape("a\r\nb\tc\rd\u001b")).isEqualTo("a\nb\tc\\x0Dd\\e");
    }

    /** Seeded: whatever the input, the output holds nothing a terminal obeys, and safe text is left alone. */
    @Test
    void nothingUnsafeSurvives() {
        long seed = Long.getLong("timeline.seed", System.nanoTime());
        System.out.println("TerminalTextTest seed=" + seed + " (rerun with -Dtimeline.seed=" + seed + ")");
        Random random = new Random(seed);
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append((char) (random.nextBoolean() ? random.nextInt(0xa0) : random.nextInt(0x10000)));
            }
            String line = TerminalText.line(text.toString());
            String escaped = TerminalText.escape(text.toString());
            line.codePoints().forEach(c -> assertThat(TerminalText.isUnsafe(c)).as("seed %d: %s", seed, line)
                    .isFalse());
            escaped.codePoints().forEach(c -> assertThat(TerminalText.isUnsafe(c) && c != '\n' && c != '\t')
                    .as("seed %d: %s", seed, escaped).isFalse());
            assertThat(TerminalText.line(line)).as("seed %d: idempotent", seed).isEqualTo(line);
        }
    }

    static Stream<Arguments> widths() {
        return Stream.of(
                Arguments.of("abc", 3),
                Arguments.of("", 0),
                Arguments.of("中文", 4),
                Arguments.of("日本語のテキスト", 16),
                Arguments.of("한국어", 6),
                Arguments.of("ｆｕｌｌ", 8),
                Arguments.of("🚀", 2),
                Arguments.of("e\u0301", 1),
                Arguments.of("سفارت", 5),
                Arguments.of("Türkiye", 7));
    }

    @ParameterizedTest
    @MethodSource("widths")
    void measuresTerminalColumns(String text, int columns) {
        assertThat(TerminalText.width(text)).isEqualTo(columns);
    }

    static Stream<Arguments> fits() {
        return Stream.of(
                Arguments.of("abcdef", 6, "abcdef"),
                Arguments.of("abcdef", 5, "abcd…"),
                Arguments.of("中文中文", 5, "中文…"),
                Arguments.of("中文中文", 4, "中…"),
                Arguments.of("a🚀b", 3, "a…"),
                Arguments.of("ab e\u0301fg", 5, "ab e\u0301…"),
                Arguments.of("abc", 0, ""));
    }

    @ParameterizedTest
    @MethodSource("fits")
    void fitsWithoutSplittingACharacter(String text, int columns, String fitted) {
        assertThat(TerminalText.fit(text, columns)).isEqualTo(fitted);
        assertThat(TerminalText.width(TerminalText.fit(text, columns))).isLessThanOrEqualTo(columns);
    }
}
