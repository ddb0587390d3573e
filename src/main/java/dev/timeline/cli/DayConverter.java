package dev.timeline.cli;

import dev.timeline.dates.EdtfException;
import dev.timeline.dates.EventDate;
import java.util.regex.Pattern;
import org.threeten.extra.LocalDateRange;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} as the span of days it covers. */
final class DayConverter implements ITypeConverter<LocalDateRange> {

    static final String EXPECTED = "expected YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2023-03-30";
    private static final Pattern FORM = Pattern.compile("-?\\d{4}(-\\d{2}(-\\d{2})?)?");

    @Override
    public LocalDateRange convert(String text) {
        if (!FORM.matcher(text).matches()) {
            throw new TypeConversionException("'" + text + "' is not a date; " + EXPECTED);
        }
        try {
            return EventDate.parse(text).span();
        } catch (EdtfException e) {
            throw new TypeConversionException("'" + text + "' is not a date: " + e.getMessage()
                    + (e.getMessage().contains("expected") ? "" : "; " + EXPECTED));
        }
    }
}
