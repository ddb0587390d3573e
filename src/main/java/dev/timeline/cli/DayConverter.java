package dev.timeline.cli;

import dev.timeline.dates.EdtfException;
import dev.timeline.dates.EventDate;
import dev.timeline.dates.Precision;
import java.util.regex.Pattern;
import org.threeten.extra.LocalDateRange;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} as the span of days it covers. An EDTF season ({@code 2023-21})
 * has the shape of {@code YYYY-MM} but is not a calendar bound, so it is refused (a season goes to {@code --in}).
 */
final class DayConverter implements ITypeConverter<LocalDateRange> {

    static final String EXPECTED = "expected YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2023-03-30";
    private static final Pattern FORM = Pattern.compile("-?\\d{4}(-\\d{2}(-\\d{2})?)?");

    @Override
    public LocalDateRange convert(String text) {
        if (!FORM.matcher(text).matches()) {
            throw new TypeConversionException("'" + text + "' is not a date; " + EXPECTED);
        }
        EventDate date;
        try {
            date = EventDate.parse(text);
        } catch (EdtfException e) {
            throw new TypeConversionException("'" + text + "' is not a date: " + e.getMessage()
                    + (e.getMessage().contains("expected") ? "" : "; " + EXPECTED));
        }
        if (date.precision() == Precision.SEASON) {
            throw new TypeConversionException("'" + text + "' is an EDTF season, not a date; " + EXPECTED
                    + " (a season is a period: --in " + text + ")");
        }
        return date.span();
    }
}
