package dev.timeline.dates;

import dev.timeline.dates.DatePart.Mask;
import java.time.LocalDate;

/**
 * A hand-written scanner for EDTF levels 0 and 1, following the grammar of edtf.js (the reference implementation).
 * One pass, no backtracking, no regular expressions, no substrings on the happy path. Level 2 syntax is recognised
 * just far enough to name the feature in the refusal.
 *
 * <p>Apart from date-times, every text it accepts is already canonical (fixed-width fields, capital X, one spelling
 * per value), so the input itself is kept as the canonical form; only date-times are rewritten, to UTC.
 */
final class EdtfParser {

    static final String EXPECTED = "expected YYYY, YYYY-MM or YYYY-MM-DD (EDTF)";
    private static final String EXPECTED_TIME = "expected YYYY-MM-DDThh:mm:ssZ, optionally with .sss or an offset"
            + " like +02:00";
    private static final String LEVEL1_X = "level 1 allows X only as YYYX, YYXX, XXXX, YYYY-XX, YYYY-MM-XX,"
            + " YYYY-XX-XX, XXXX-XX or XXXX-XX-XX";

    static final String L2_SETS = "EDTF level 2 (sets '[...]') is not supported";
    static final String L2_LISTS = "EDTF level 2 (lists '{...}') is not supported";
    static final String L2_X_INSIDE = "EDTF level 2 (unspecified digits inside a component, like '2X1X' or"
            + " '2020-05-1X') is not supported; " + LEVEL1_X;
    static final String L2_X_PATTERN = "EDTF level 2 (unspecified digits followed by other components, like"
            + " 'XXXX-12' or '201X-05') is not supported; " + LEVEL1_X;
    static final String L2_X_INTERVAL = "EDTF level 2 (unspecified digits in interval ends, like"
            + " '2004-06-XX/2004-07-03') is not supported; level 1 interval ends are YYYY, YYYY-MM or YYYY-MM-DD";
    static final String L2_SEASONS = "EDTF level 2 (seasons 25–41) is not supported; level 1 seasons are 21–24";
    static final String L2_DECADES = "EDTF level 2 (decades like '199') is not supported; write 199X for"
            + " the 1990s";
    static final String L2_EXPONENT = "EDTF level 2 (exponential years 'Y17E8') is not supported; write the digits,"
            + " like Y1700000000";
    static final String L2_SIGNIFICANT = "EDTF level 2 (significant digits 'S') is not supported";
    static final String L2_COMPONENT = "EDTF level 2 (qualification of single components like '2004-?06') is not"
            + " supported; put one ?, ~ or % at the end, like 2004-06?";
    static final String L2_QUALIFIED_CENTURY = "EDTF level 2 (qualified centuries like '19?') is not supported;"
            + " a two-digit century takes no ?, ~ or %";

    private EdtfParser() {
    }

    static EventDate parse(String s) {
        if (s.length() == 10) {
            EventDate day = plainDay(s);
            if (day != null) {
                return day;
            }
        }
        return parseInFull(s);
    }

    /** {@link #parse} without the fast path for plain days (tests compare the two). */
    static EventDate parseInFull(String s) {
        int n = s.length();
        if (n == 0) {
            throw new EdtfException(s, 0, "the text is empty; " + EXPECTED);
        }
        int slash = -1;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '[', ']' -> throw new EdtfException(s, i, L2_SETS);
                case '{', '}' -> throw new EdtfException(s, i, L2_LISTS);
                case '/' -> {
                    if (slash >= 0) {
                        throw new EdtfException(s, i, "an interval has exactly one '/'; expected start/end, like"
                                + " 2004-02/2005-06");
                    }
                    slash = i;
                }
                default -> {
                    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                        throw new EdtfException(s, i, "whitespace is not allowed in an EDTF date; " + EXPECTED);
                    }
                }
            }
        }
        if (slash < 0) {
            DatePart date = parsePart(s, 0, n, false);
            String text = date.kind() == DatePart.Kind.DATE_TIME ? formatDateTime(date.epochMilli()) : s;
            return new EventDate(text, date, null);
        }
        DatePart start = parsePart(s, 0, slash, true);
        DatePart end = parsePart(s, slash + 1, n, true);
        if (!DatePart.inOrder(start, end)) {
            throw new EdtfException(s, slash + 1, "the interval ends before it starts; expected start/end in time"
                    + " order, like 2004-02/2005-06");
        }
        String text = s;
        if (start.kind() == DatePart.Kind.DATE_TIME || end.kind() == DatePart.Kind.DATE_TIME) {
            text = canonical(s, 0, slash, start) + '/' + canonical(s, slash + 1, n, end);
        }
        return new EventDate(text, start, end);
    }

    /**
     * {@code YYYY-MM-DD} naming a day that exists (most dates of big inputs), as {@link #parse} reads it, without
     * its general scan; null for anything else, which {@code parse} then reads (and refuses) in full.
     */
    static EventDate plainDay(String s) {
        EventDate last = lastDay;
        if (last != null && last.toString().equals(s)) {
            return last; // records read in date order name the same day one after another
        }
        if (s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > DatePart.lengthOfMonth(year, month)) {
            return null;
        }
        last = new EventDate(s, DatePart.day(year, month, day, DatePart.NO_QUALIFIER), null);
        lastDay = last;
        return last;
    }

    /**
     * The day {@link #plainDay} read last: immutable (final fields all through), so any thread may see and share
     * it; a race only costs a new instance.
     */
    private static EventDate lastDay;

    /** The number {@code s[from, to)} writes in ASCII digits, or -1 when another character is there. */
    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static String canonical(String s, int from, int to, DatePart part) {
        return part.kind() == DatePart.Kind.DATE_TIME ? formatDateTime(part.epochMilli()) : s.substring(from, to);
    }

    /** Parses {@code s[from, to)} as a whole date, or as one end of an interval when {@code end}. */
    private static DatePart parsePart(String s, int from, int to, boolean end) {
        if (from == to) {
            if (end) {
                return DatePart.UNKNOWN;
            }
            throw new EdtfException(s, from, "the text is empty; " + EXPECTED);
        }
        char c = s.charAt(from);
        if (c == '.') {
            if (to - from == 2 && s.charAt(from + 1) == '.') {
                if (end) {
                    return DatePart.OPEN;
                }
                throw new EdtfException(s, from, "'..' marks an open interval end, like 2020/.. or ../2020; "
                        + EXPECTED);
            }
            throw unexpected(s, from, EXPECTED);
        }
        if (c == '*') {
            throw new EdtfException(s, from, "an open interval end is written '..', not '*'; expected start/end,"
                    + " like 2020/..");
        }
        if (isQualifier(c)) {
            throw new EdtfException(s, from, L2_COMPONENT);
        }
        if (c == 'Y') {
            return parseLongYear(s, from, to, end);
        }
        return parseDate(s, from, to, end);
    }

    private static DatePart parseLongYear(String s, int from, int to, boolean end) {
        int p = from + 1;
        boolean negative = p < to && s.charAt(p) == '-';
        if (negative) {
            p++;
        }
        int digitsFrom = p;
        while (p < to && isDigit(s.charAt(p))) {
            p++;
        }
        int digits = p - digitsFrom;
        if (p < to) {
            char c = s.charAt(p);
            if (c == 'E' && digits > 0) {
                throw new EdtfException(s, p, L2_EXPONENT);
            }
            if (c == 'S' && digits > 0) {
                throw new EdtfException(s, p, L2_SIGNIFICANT);
            }
            if (isQualifier(c) && digits > 0) {
                throw new EdtfException(s, p, "a qualifier (?, ~ or %) cannot follow a 'Y' year; expected Y and 5"
                        + " or more digits, like Y10000");
            }
            throw unexpected(s, p, "expected Y and 5 or more digits, like Y10000 or Y-10000");
        }
        if (digits == 0) {
            throw new EdtfException(s, p, "'Y' must be followed by 5 or more digits, like Y10000 or Y-10000");
        }
        if (s.charAt(digitsFrom) == '0') {
            throw new EdtfException(s, digitsFrom, "a 'Y' year does not start with 0; expected Y and 5 or more"
                    + " digits, like Y10000");
        }
        if (digits < 5) {
            throw new EdtfException(s, from, "a 'Y' year needs 5 or more digits, like Y10000; write shorter years"
                    + " as YYYY, like 1234");
        }
        if (digits > 9 || number(s, digitsFrom, p) > MAX_LONG_YEAR) {
            throw new EdtfException(s, digitsFrom, "the year is beyond the supported range; expected Y-999999998"
                    + " to Y999999998");
        }
        if (end) {
            throw new EdtfException(s, from, "a 'Y' year cannot be an interval end; interval ends are YYYY,"
                    + " YYYY-MM or YYYY-MM-DD");
        }
        int year = number(s, digitsFrom, p);
        return DatePart.longYear(negative ? -year : year);
    }

    private static final int MAX_LONG_YEAR = 999_999_998;

    private static DatePart parseDate(String s, int from, int to, boolean end) {
        int p = from;
        boolean negative = s.charAt(p) == '-';
        if (negative) {
            p++;
        }
        int yearFrom = p;
        p = tokenEnd(s, yearFrom, to);
        int firstX = xIndex(s, yearFrom, p);
        int length = p - yearFrom;
        if (length == 0) {
            throw unexpected(s, p, EXPECTED);
        }
        if (length == 2) {
            return century(s, from, yearFrom, p, to, negative, firstX, end);
        }
        if (length == 3) {
            throw new EdtfException(s, from, L2_DECADES);
        }
        if (length != 4) {
            if (firstX < 0 && length > 4) {
                throw new EdtfException(s, from, "a year of more than 4 digits needs the prefix 'Y', like Y12345; "
                        + EXPECTED);
            }
            throw new EdtfException(s, yearFrom, "the year must have 4 digits; " + EXPECTED);
        }

        Mask yearMask = yearMask(s, yearFrom, firstX);
        int year = 0;
        if (yearMask == Mask.NONE) {
            year = number(s, yearFrom, p);
            if (negative) {
                if (year == 0) {
                    throw new EdtfException(s, from, "year -0000 is not valid; write 0000");
                }
                year = -year;
            }
        } else if (yearMask == Mask.XXXX && negative) {
            throw new EdtfException(s, from, "'XXXX' cannot be negative; " + EXPECTED);
        }

        // After the year: end, qualifier, or '-' and a month.
        if (p == to) {
            return finish(s, from, end, yearMask == Mask.NONE ? DatePart.year(year, DatePart.NO_QUALIFIER)
                    : maskedYear(s, yearFrom, yearMask, negative));
        }
        char c = s.charAt(p);
        if (isQualifier(c)) {
            if (yearMask != Mask.NONE) {
                throw cannotQualifyX(s, p);
            }
            checkQualifierEnds(s, p, to);
            return DatePart.year(year, c);
        }
        if (c == 'S') {
            throw new EdtfException(s, p, L2_SIGNIFICANT);
        }
        if (c == 'T') {
            throw timeNeedsDay(s, p);
        }
        if (c != '-') {
            throw unexpected(s, p, EXPECTED);
        }

        // The month (or season).
        int monthFrom = ++p;
        p = tokenEnd(s, monthFrom, to);
        int monthX = xKind(s, monthFrom, p);
        if (p - monthFrom != 2) {
            if (p == monthFrom && p < to && isQualifier(s.charAt(p))) {
                throw new EdtfException(s, p, L2_COMPONENT);
            }
            if (p == monthFrom) {
                throw unexpected(s, p, EXPECTED);
            }
            throw new EdtfException(s, monthFrom, "the month must have 2 digits (MM); " + EXPECTED);
        }
        boolean monthUnspecified = monthX == 2;
        if (monthX == 1) {
            throw new EdtfException(s, xIndex(s, monthFrom, p), L2_X_INSIDE);
        }
        if (yearMask == Mask.YYYX || yearMask == Mask.YYXX || (yearMask == Mask.XXXX && !monthUnspecified)) {
            throw new EdtfException(s, yearMask == Mask.XXXX ? monthFrom : yearFrom, L2_X_PATTERN);
        }
        int month = 0;
        if (!monthUnspecified) {
            month = number(s, monthFrom, p);
            if (month >= 21 && month <= 24) {
                return season(s, from, monthFrom, p, to, year, month, end);
            }
            if (month >= 25 && month <= 41) {
                throw new EdtfException(s, monthFrom, L2_SEASONS);
            }
            if (month < 1 || month > 12) {
                throw new EdtfException(s, monthFrom, "month " + s.substring(monthFrom, p)
                        + " is out of range 01–12" + (month > 41 ? " (seasons are 21–24); " : "; ") + EXPECTED);
            }
        }

        // After the month: end, qualifier, or '-' and a day.
        if (p == to) {
            if (monthUnspecified) {
                Mask mask = yearMask == Mask.XXXX ? Mask.XXXX_XX : Mask.YYYY_XX;
                return finish(s, from, end, mask == Mask.XXXX_XX ? DatePart.masked(mask, 0, 9999, 0)
                        : DatePart.masked(mask, year, year, 0));
            }
            return finish(s, from, end, DatePart.yearMonth(year, month, DatePart.NO_QUALIFIER));
        }
        c = s.charAt(p);
        if (isQualifier(c)) {
            if (monthUnspecified) {
                throw cannotQualifyX(s, p);
            }
            checkQualifierEnds(s, p, to);
            return DatePart.yearMonth(year, month, c);
        }
        if (c == 'T') {
            throw timeNeedsDay(s, p);
        }
        if (c != '-') {
            throw unexpected(s, p, EXPECTED);
        }

        // The day.
        int dayFrom = ++p;
        p = tokenEnd(s, dayFrom, to);
        int dayX = xKind(s, dayFrom, p);
        if (p - dayFrom != 2) {
            if (p == dayFrom && p < to && isQualifier(s.charAt(p))) {
                throw new EdtfException(s, p, L2_COMPONENT);
            }
            if (p == dayFrom) {
                throw unexpected(s, p, EXPECTED);
            }
            throw new EdtfException(s, dayFrom, "the day must have 2 digits (DD); " + EXPECTED);
        }
        if (dayX == 1) {
            throw new EdtfException(s, xIndex(s, dayFrom, p), L2_X_INSIDE);
        }
        boolean dayUnspecified = dayX == 2;
        if (monthUnspecified && !dayUnspecified) {
            throw new EdtfException(s, monthFrom, L2_X_PATTERN);
        }
        if (dayUnspecified) {
            if (p < to && isQualifier(s.charAt(p))) {
                throw cannotQualifyX(s, p);
            }
            if (p < to && s.charAt(p) == 'T') {
                throw new EdtfException(s, p, "a time needs a full date without X before it; " + EXPECTED_TIME);
            }
            if (p < to) {
                throw unexpected(s, p, EXPECTED);
            }
            DatePart part;
            if (yearMask == Mask.XXXX) {
                part = DatePart.masked(Mask.XXXX_XX_XX, 0, 9999, 0);
            } else if (monthUnspecified) {
                part = DatePart.masked(Mask.YYYY_XX_XX, year, year, 0);
            } else {
                part = DatePart.masked(Mask.YYYY_MM_XX, year, year, month);
            }
            return finish(s, from, end, part);
        }
        int day = number(s, dayFrom, p);
        if (day < 1 || day > 31) {
            throw new EdtfException(s, dayFrom, "day " + s.substring(dayFrom, p) + " is out of range 01–31; "
                    + EXPECTED);
        }
        int monthLength = DatePart.lengthOfMonth(year, month);
        if (day > monthLength) {
            throw new EdtfException(s, dayFrom, "day " + day + " is out of range 01–" + monthLength + " for "
                    + EventDate.monthName(month) + " " + year + "; " + EXPECTED);
        }
        if (p == to) {
            return DatePart.day(year, month, day, DatePart.NO_QUALIFIER);
        }
        c = s.charAt(p);
        if (isQualifier(c)) {
            checkQualifierEnds(s, p, to);
            return DatePart.day(year, month, day, c);
        }
        if (c == 'T') {
            return parseTime(s, p + 1, to, year, month, day);
        }
        throw unexpected(s, p, EXPECTED);
    }

    private static DatePart century(String s, int from, int digitsFrom, int p, int to, boolean negative, int firstX,
            boolean end) {
        if (firstX >= 0) {
            throw new EdtfException(s, firstX, "a two-digit century takes no X; " + EXPECTED);
        }
        int century = number(s, digitsFrom, p);
        if (negative && century == 0) {
            throw new EdtfException(s, from, "century -00 is not valid; write 00");
        }
        if (p < to) {
            char c = s.charAt(p);
            if (isQualifier(c)) {
                throw new EdtfException(s, p, L2_QUALIFIED_CENTURY);
            }
            if (c == 'S') {
                throw new EdtfException(s, p, L2_SIGNIFICANT);
            }
            if (c == '-') {
                throw new EdtfException(s, digitsFrom, "the year must have 4 digits (two digits are a century,"
                        + " like 19); " + EXPECTED);
            }
            throw unexpected(s, p, EXPECTED);
        }
        if (end) {
            throw new EdtfException(s, from, "a century cannot be an interval end; interval ends are YYYY, YYYY-MM"
                    + " or YYYY-MM-DD, like 1900/1999");
        }
        return DatePart.century(negative ? -century : century);
    }

    private static DatePart season(String s, int from, int seasonFrom, int p, int to, int year, int season,
            boolean end) {
        if (p < to) {
            char c = s.charAt(p);
            if (isQualifier(c)) {
                throw new EdtfException(s, p, "a qualifier (?, ~ or %) cannot follow a season; expected YYYY-21"
                        + " to YYYY-24");
            }
            if (c == '-') {
                throw new EdtfException(s, p, "a season (21–24) has no day; expected YYYY-21 to YYYY-24");
            }
            throw unexpected(s, p, EXPECTED);
        }
        if (end) {
            throw new EdtfException(s, seasonFrom, "a season cannot be an interval end; interval ends are YYYY,"
                    + " YYYY-MM or YYYY-MM-DD, like 2020-01/2020-06");
        }
        return DatePart.season(year, season);
    }

    /** Parses {@code hh:mm[:ss[.sss]][Z|±hh[:mm]]} at {@code p}, the character after 'T'. */
    private static DatePart parseTime(String s, int p, int to, int year, int month, int day) {
        int hourAt = p;
        int hour = twoDigits(s, p, to, "the hour (hh)");
        p += 2;
        p = expect(s, p, to, ':');
        int minute = twoDigits(s, p, to, "the minutes (mm)");
        int minuteAt = p;
        p += 2;
        int second = 0;
        int secondAt = -1;
        int milli = 0;
        if (p < to && s.charAt(p) == ':') {
            secondAt = ++p;
            second = twoDigits(s, p, to, "the seconds (ss)");
            p += 2;
            if (p < to && s.charAt(p) == '.') {
                int fractionFrom = ++p;
                while (p < to && isDigit(s.charAt(p))) {
                    p++;
                }
                int digits = p - fractionFrom;
                if (digits == 0 || digits > 3) {
                    throw new EdtfException(s, fractionFrom, "a fraction of a second has 1 to 3 digits"
                            + " (milliseconds); " + EXPECTED_TIME);
                }
                milli = number(s, fractionFrom, p) * (digits == 1 ? 100 : digits == 2 ? 10 : 1);
            }
        }
        if (hour > 24) {
            throw new EdtfException(s, hourAt, "hour " + s.substring(hourAt, hourAt + 2) + " is out of range"
                    + " 00–23; " + EXPECTED_TIME);
        }
        if (minute > 59) {
            throw new EdtfException(s, minuteAt, "minute " + s.substring(minuteAt, minuteAt + 2) + " is out of"
                    + " range 00–59; " + EXPECTED_TIME);
        }
        if (second > 59) {
            throw new EdtfException(s, secondAt, "second " + s.substring(secondAt, secondAt + 2) + " is out of"
                    + " range 00–59 (leap seconds are not supported); " + EXPECTED_TIME);
        }
        if (hour == 24 && (minute != 0 || second != 0 || milli != 0)) {
            throw new EdtfException(s, hourAt, "hour 24 is only valid as 24:00:00, the end of the day; "
                    + EXPECTED_TIME);
        }

        int offsetMinutes = 0;
        if (p < to) {
            char c = s.charAt(p);
            if (c == 'Z') {
                p++;
            } else if (c == '+' || c == '-' || c == '\u2212') {
                int offsetAt = p;
                p++;
                int hours = twoDigits(s, p, to, "the offset hours (hh)");
                p += 2;
                int minutes = 0;
                if (p < to && s.charAt(p) == ':') {
                    p++;
                    minutes = twoDigits(s, p, to, "the offset minutes (mm)");
                    p += 2;
                } else if (p < to && isDigit(s.charAt(p))) {
                    minutes = twoDigits(s, p, to, "the offset minutes (mm)");
                    p += 2;
                }
                if (minutes > 59) {
                    throw new EdtfException(s, p - 2, "offset minutes " + s.substring(p - 2, p) + " are out of"
                            + " range 00–59; " + EXPECTED_TIME);
                }
                offsetMinutes = hours * 60 + minutes;
                if (c != '+') {
                    if (offsetMinutes == 0) {
                        throw new EdtfException(s, offsetAt, "offset -00:00 is not allowed; write Z or +00:00");
                    }
                    offsetMinutes = -offsetMinutes;
                }
                if (offsetMinutes > 14 * 60 || offsetMinutes < -12 * 60) {
                    throw new EdtfException(s, offsetAt, "offset " + s.substring(offsetAt, p) + " is out of range"
                            + " -12:00 to +14:00; " + EXPECTED_TIME);
                }
            } else if (isQualifier(c)) {
                throw new EdtfException(s, p, "a qualifier (?, ~ or %) cannot follow a time; " + EXPECTED_TIME);
            } else {
                throw unexpected(s, p, EXPECTED_TIME);
            }
        }
        if (p < to) {
            if (isQualifier(s.charAt(p))) {
                throw new EdtfException(s, p, "a qualifier (?, ~ or %) cannot follow a time; " + EXPECTED_TIME);
            }
            throw unexpected(s, p, EXPECTED_TIME);
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        long epochMilli = epochDay * DatePart.MILLIS_PER_DAY
                + ((hour * 60L + minute - offsetMinutes) * 60 + second) * 1000 + milli;
        long utcDay = Math.floorDiv(epochMilli, DatePart.MILLIS_PER_DAY);
        if (utcDay < MIN_EPOCH_DAY || utcDay > MAX_EPOCH_DAY) {
            throw new EdtfException(s, hourAt, "the date-time falls outside the years -9999 to 9999 in UTC; "
                    + EXPECTED_TIME);
        }
        return DatePart.dateTime(epochMilli);
    }

    private static final long MIN_EPOCH_DAY = LocalDate.of(-9999, 1, 1).toEpochDay();
    private static final long MAX_EPOCH_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

    /** The canonical form of a date-time: UTC with milliseconds, as edtf.js prints it. */
    static String formatDateTime(long epochMilli) {
        long epochDay = Math.floorDiv(epochMilli, DatePart.MILLIS_PER_DAY);
        int millisOfDay = (int) Math.floorMod(epochMilli, DatePart.MILLIS_PER_DAY);
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        StringBuilder b = new StringBuilder(25);
        appendYear(b, date.getYear());
        b.append('-');
        append2(b, date.getMonthValue());
        b.append('-');
        append2(b, date.getDayOfMonth());
        b.append('T');
        append2(b, millisOfDay / 3_600_000);
        b.append(':');
        append2(b, millisOfDay / 60_000 % 60);
        b.append(':');
        append2(b, millisOfDay / 1000 % 60);
        b.append('.');
        int milli = millisOfDay % 1000;
        b.append((char) ('0' + milli / 100)).append((char) ('0' + milli / 10 % 10)).append((char) ('0' + milli % 10));
        return b.append('Z').toString();
    }

    /** Appends a year as EDTF writes it: at least 4 digits, '-' when negative. */
    static void appendYear(StringBuilder b, int year) {
        if (year < 0) {
            b.append('-');
        }
        int abs = Math.abs(year);
        if (abs < 1000) {
            b.append('0');
        }
        if (abs < 100) {
            b.append('0');
        }
        if (abs < 10) {
            b.append('0');
        }
        b.append(abs);
    }

    private static void append2(StringBuilder b, int value) {
        b.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private static DatePart finish(String s, int from, boolean end, DatePart part) {
        if (end && part.mask() != Mask.NONE) {
            throw new EdtfException(s, from, L2_X_INTERVAL);
        }
        return part;
    }

    private static DatePart maskedYear(String s, int yearFrom, Mask mask, boolean negative) {
        if (mask == Mask.XXXX) {
            return DatePart.masked(mask, 0, 9999, 0);
        }
        int known = mask == Mask.YYYX ? 3 : 2;
        int scale = mask == Mask.YYYX ? 10 : 100;
        int low = number(s, yearFrom, yearFrom + known) * scale;
        int high = low + scale - 1;
        if (!negative) {
            return DatePart.masked(mask, low, high, 0);
        }
        // -201X covers -2019..-2010; -000X covers -9..-1, as -0000 is not a year.
        return DatePart.masked(mask, -high, low == 0 ? -1 : -low, 0);
    }

    /** The mask of a 4-character year token, or a level 2 refusal for X where level 1 does not allow it. */
    private static Mask yearMask(String s, int from, int firstX) {
        if (firstX < 0) {
            return Mask.NONE;
        }
        int xs = 0;
        for (int i = from; i < from + 4; i++) {
            if (s.charAt(i) == 'X') {
                xs++;
            }
        }
        // Level 1 X digits run from the right: YYYX, YYXX, XXXX.
        if (firstX + xs != from + 4) {
            throw new EdtfException(s, firstX, L2_X_INSIDE);
        }
        return switch (xs) {
            case 1 -> Mask.YYYX;
            case 2 -> Mask.YYXX;
            case 4 -> Mask.XXXX;
            default -> throw new EdtfException(s, firstX, L2_X_INSIDE);
        };
    }

    /**
     * The end of the run of digits and X from {@code from}; refuses a lower-case 'x' there, the commonest slip.
     */
    private static int tokenEnd(String s, int from, int to) {
        int p = from;
        while (p < to) {
            char c = s.charAt(p);
            if (c == 'x') {
                throw new EdtfException(s, p, "unspecified digits are written with a capital 'X'; " + EXPECTED);
            }
            if (c != 'X' && !isDigit(c)) {
                break;
            }
            p++;
        }
        return p;
    }

    /** 0 when {@code s[from, to)} has no X, 2 when it is all X, 1 for a mix. */
    private static int xKind(String s, int from, int to) {
        boolean digits = false;
        boolean xs = false;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == 'X') {
                xs = true;
            } else {
                digits = true;
            }
        }
        return xs ? (digits ? 1 : 2) : 0;
    }

    /** The index of the first X in {@code s[from, to)}, or -1. */
    private static int xIndex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == 'X') {
                return i;
            }
        }
        return -1;
    }

    private static void checkQualifierEnds(String s, int p, int to) {
        if (p + 1 == to) {
            return;
        }
        char next = s.charAt(p + 1);
        if (next == '-') {
            throw new EdtfException(s, p, L2_COMPONENT);
        }
        if (isQualifier(next)) {
            throw new EdtfException(s, p + 1, "use one qualifier at the end: ? (uncertain), ~ (approximate) or %"
                    + " (both)");
        }
        throw unexpected(s, p + 1, EXPECTED);
    }

    private static EdtfException cannotQualifyX(String s, int p) {
        return new EdtfException(s, p, "a qualifier (?, ~ or %) cannot follow unspecified digits 'X'; " + LEVEL1_X);
    }

    private static EdtfException timeNeedsDay(String s, int p) {
        return new EdtfException(s, p, "a time needs a full date YYYY-MM-DD before 'T'; " + EXPECTED_TIME);
    }

    private static EdtfException unexpected(String s, int p, String expected) {
        if (p >= s.length() || s.charAt(p) == '/') {
            return new EdtfException(s, p, "the date ends too early; " + expected);
        }
        char c = s.charAt(p);
        if (c == 'x') {
            return new EdtfException(s, p, "unspecified digits are written with a capital 'X'; " + expected);
        }
        if (c == '\u2212') {
            return new EdtfException(s, p, "write a negative year with '-' (hyphen-minus), not '−'; " + expected);
        }
        String shown = c >= 0x20 && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
        return new EdtfException(s, p, "unexpected " + shown + "; " + expected);
    }

    private static int twoDigits(String s, int p, int to, String what) {
        if (p + 2 > to || !isDigit(s.charAt(p)) || !isDigit(s.charAt(p + 1))) {
            throw new EdtfException(s, Math.min(p, s.length()), what + " must be 2 digits; " + EXPECTED_TIME);
        }
        return (s.charAt(p) - '0') * 10 + (s.charAt(p + 1) - '0');
    }

    private static int expect(String s, int p, int to, char c) {
        if (p >= to || s.charAt(p) != c) {
            throw new EdtfException(s, Math.min(p, s.length()), "expected '" + c + "' here; " + EXPECTED_TIME);
        }
        return p + 1;
    }

    /** The value of the decimal digits {@code s[from, to)}; at most 9 digits. */
    private static int number(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (s.charAt(i) - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isQualifier(char c) {
        return c == '?' || c == '~' || c == '%';
    }
}
