package dev.timeline.index;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The day of an ACLED {@code event_date}, in the current export's ISO form and the older layouts' forms: ACLED's
 * {@code 21 March 2020} and {@code 21/03/2020} (day first), and Excel's {@code 9-May-20}.
 */
final class AcledDates {

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december"};
        for (int i = 0; i < names.length; i++) {
            MONTHS.put(names[i], i + 1);
            MONTHS.put(names[i].substring(0, 3), i + 1);
        }
        MONTHS.put("sept", 9);
    }

    private AcledDates() {
    }

    /**
     * {@code 2020-03-21}, {@code 21 March 2020}, {@code 9-May-20}, {@code 9-May-2020} or, as ACLED's older
     * exports write it, day first {@code 21/03/2020}; null when none of them.
     */
    static LocalDate parseDay(String text) {
        try {
            if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
                return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
            }
            if (text.indexOf('/') > 0) {
                String[] dmy = text.split("/");
                return dmy.length != 3 || dmy[2].length() != 4 ? null : LocalDate.of(number(dmy[2], 0, 4),
                        number(dmy[1], 0, dmy[1].length()), number(dmy[0], 0, dmy[0].length()));
            }
            String[] parts = text.split(text.indexOf('-') > 0 ? "-" : " +");
            if (parts.length != 3) {
                return null;
            }
            Integer month = MONTHS.get(parts[1].toLowerCase(Locale.ROOT));
            if (month == null) {
                return null;
            }
            int year = number(parts[2], 0, parts[2].length());
            if (parts[2].length() == 2) {
                year += year >= 90 ? 1900 : 2000; // ACLED's data start in 1997
            } else if (parts[2].length() != 4) {
                return null;
            }
            return LocalDate.of(year, month, number(parts[0], 0, parts[0].length()));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int number(String text, int from, int to) {
        if (from >= to || to - from > 4) {
            throw new NumberFormatException(text);
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException(text);
            }
            value = value * 10 + c - '0';
        }
        return value;
    }
}
