package dev.timeline.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The EDTF form of a TIMEX3 value: the same calendar span, at the same precision, in the project's date language. */
final class Edtf {

    private static final Pattern DATE = Pattern.compile("(\\d{4})(-\\d{2}(-\\d{2})?)?(?:T.*)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-([QH])(\\d)");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})");
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})");

    private Edtf() {
    }

    /**
     * The EDTF of a DATE or TIME value, or null when the value names no calendar span (durations, sets, values with
     * unknown digits in the year).
     *
     * @param anchor the publication date, for the PRESENT/PAST/FUTURE references
     */
    static String of(TimexType type, String value, Anchor anchor) {
        if (type == TimexType.DURATION || type == TimexType.SET) {
            return null;
        }
        switch (value) {
            case "PRESENT_REF":
                return anchor.toString();
            case "PAST_REF":
                return "../" + anchor;
            case "FUTURE_REF":
                return anchor + "/..";
            default:
                break;
        }
        if (value.contains("/")) {
            return value;
        }
        Matcher m = DATE.matcher(value);
        if (m.matches()) {
            return m.group(1) + (m.group(2) == null ? "" : m.group(2));
        }
        if ((m = WEEK.matcher(value)).matches()) {
            LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2))).with(DayOfWeek.MONDAY);
            return m.group(3) != null ? monday.plusDays(5) + "/" + monday.plusDays(6)
                    : monday + "/" + monday.plusDays(6);
        }
        if ((m = QUARTER.matcher(value)).matches()) {
            int months = m.group(2).equals("Q") ? 3 : 6;
            int first = (Integer.parseInt(m.group(3)) - 1) * months + 1;
            if (first > 12) {
                return null;
            }
            return m.group(1) + "-" + Calendar.two(first) + "/" + m.group(1) + "-" + Calendar.two(first + months - 1);
        }
        if ((m = SEASON.matcher(value)).matches()) {
            int code = switch (m.group(2)) {
                case "SP" -> 21;
                case "SU" -> 22;
                case "FA" -> 23;
                default -> 24;
            };
            return m.group(1) + "-" + code;
        }
        if (DECADE.matcher(value).matches()) {
            return value + "X";
        }
        if (CENTURY.matcher(value).matches()) {
            return value + "XX";
        }
        if (value.matches("\\d{4}-XX(-XX)?")) {
            return value.substring(0, 4);
        }
        return null;
    }

    /**
     * {@code edtf} as one end of an interval, which EDTF level 1 allows only as a year, month or day: a decade or
     * century becomes its first year ({@code start}) or last; a season its first or last month; null when it
     * cannot be one (an interval itself).
     */
    static String bound(String edtf, boolean start) {
        if (edtf == null || edtf.contains("/")) {
            return null;
        }
        if (edtf.matches("\\d{4}(-(0[1-9]|1[0-2])(-\\d{2})?)?")) {
            return edtf; // a year, month or day (a season, 21-24, is not a month)
        }
        if (edtf.matches("\\d{2,3}X+")) {
            return edtf.replace('X', start ? '0' : '9');
        }
        Matcher m = Pattern.compile("(\\d{4})-(2[1-4])").matcher(edtf);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            int first = switch (m.group(2)) {
                case "21" -> 3;
                case "22" -> 6;
                case "23" -> 9;
                default -> 12;
            };
            if (start) {
                return year + "-" + Calendar.two(first);
            }
            return first == 12 ? (year + 1) + "-02" : year + "-" + Calendar.two(first + 2);
        }
        return null;
    }
}
