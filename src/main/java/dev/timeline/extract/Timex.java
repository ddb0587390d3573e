package dev.timeline.extract;

import java.util.Objects;

/**
 * One temporal expression found in a text.
 *
 * @param start code-point offset of the first character, inclusive
 * @param end   code-point offset after the last character, exclusive
 * @param text  the expression as written
 * @param type  its TIMEX3 type
 * @param value its TIMEX3 value (ISO 8601 with TimeML's extensions: {@code 1998-W02}, {@code 1998-Q3},
 *              {@code 2023-SP}, {@code PRESENT_REF}, {@code P2Y}, {@code 1998-01-08TMO}...)
 * @param edtf  the date or period it denotes in context, as EDTF ({@code 1991/..} for "since 1991"), or null for
 *              durations and sets that name no period of the calendar
 */
public record Timex(int start, int end, String text, TimexType type, String value, String edtf) {

    public Timex {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") is empty or negative");
        }
    }

    /** True when the two spans share at least one code point. */
    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
