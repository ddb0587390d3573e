package dev.timeline.extract;

import java.util.Locale;
import java.util.Map;
import static java.util.Map.entry;

/**
 * The word tables the rules read: month and weekday names, number words, units, seasons, parts of the day. Our
 * own tables, in one place, so a rule is its pattern plus a look-up here.
 */
final class Lexicon {

    private Lexicon() {
    }

    static final String MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    static final String WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    static final String SEASON_NAMES = "spring|summer|autumn|fall|winter";
    static final String DAY_PARTS = "morning|afternoon|evening|night";

    private static final Map<String, Integer> MONTHS = Map.ofEntries(entry("january", 1), entry("jan", 1),
            entry("february", 2), entry("feb", 2), entry("march", 3), entry("mar", 3), entry("april", 4),
            entry("apr", 4), entry("may", 5), entry("june", 6), entry("jun", 6), entry("july", 7), entry("jul", 7),
            entry("august", 8), entry("aug", 8), entry("september", 9), entry("sept", 9), entry("sep", 9),
            entry("october", 10), entry("oct", 10), entry("november", 11), entry("nov", 11), entry("december", 12),
            entry("dec", 12));

    private static final Map<String, Integer> WEEKDAYS = Map.of("monday", 1, "tuesday", 2, "wednesday", 3,
            "thursday", 4, "friday", 5, "saturday", 6, "sunday", 7);

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(entry("a", 1), entry("an", 1),
            entry("one", 1), entry("two", 2), entry("three", 3), entry("four", 4), entry("five", 5),
            entry("six", 6), entry("seven", 7), entry("eight", 8), entry("nine", 9), entry("ten", 10),
            entry("eleven", 11), entry("twelve", 12), entry("thirteen", 13), entry("fourteen", 14),
            entry("fifteen", 15), entry("sixteen", 16), entry("seventeen", 17), entry("eighteen", 18),
            entry("nineteen", 19), entry("twenty", 20), entry("thirty", 30), entry("forty", 40),
            entry("fifty", 50), entry("sixty", 60), entry("seventy", 70), entry("eighty", 80),
            entry("ninety", 90), entry("hundred", 100), entry("a hundred", 100), entry("a couple of", 2),
            entry("a couple", 2), entry("couple of", 2), entry("a dozen", 12), entry("dozen", 12),
            entry("half a dozen", 6), entry("a half-dozen", 6));

    /** Number words and quantifiers a duration may start with (a pattern fragment, longest first). */
    static final String NUMBER_WORDS = "a\\s+couple\\s+of|a\\s+couple|couple\\s+of|half\\s+a\\s+dozen|a\\s+half-dozen"
            + "|a\\s+dozen|a\\s+hundred|a\\s+few|a\\s+number\\s+of|several|few|many|some|dozens\\s+of|hundreds\\s+of"
            + "|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:one|two|three|four|five|six|seven"
            + "|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten|one|two"
            + "|three|four|five|six|seven|eight|nine|hundred|an|a";

    /** Units of time, singular or plural (a pattern fragment). */
    static final String UNITS = "seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|centur(?:y|ies)";

    /** The month 1-12 of a name or abbreviation (any case, a trailing dot allowed), or 0. */
    static int month(String word) {
        return MONTHS.getOrDefault(strip(word), 0);
    }

    /** The ISO day of week 1-7 (Monday 1) of a weekday name, or 0. */
    static int weekday(String word) {
        return WEEKDAYS.getOrDefault(strip(word), 0);
    }

    /**
     * The count a number word or numeral says: {@code 3}, {@code "three"}, {@code "twenty-four"}; -1 for a vague
     * quantity ("several", "a few"), which TIMEX3 writes as X; 0 when it is no number.
     */
    static int number(String words) {
        String w = words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        if (w.chars().allMatch(Character::isDigit) && !w.isEmpty()) {
            return w.length() > 6 ? 0 : Integer.parseInt(w);
        }
        Integer n = NUMBERS.get(w);
        if (n != null) {
            return n;
        }
        String[] parts = w.split("[- ]");
        if (parts.length == 2 && NUMBERS.containsKey(parts[0]) && NUMBERS.containsKey(parts[1])) {
            return NUMBERS.get(parts[0]) + NUMBERS.get(parts[1]);
        }
        return switch (w) {
            case "a few", "few", "several", "many", "some", "a number of", "dozens of", "hundreds of" -> -1;
            default -> 0;
        };
    }

    /** The TIMEX3 duration unit letter(s) and multiplier of a unit word: "year" → Y×1, "decade" → Y×10. */
    static Unit unit(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("centur")) {
            return new Unit("Y", 100, false);
        }
        if (w.endsWith("s")) {
            w = w.substring(0, w.length() - 1);
        }
        return switch (w) {
            case "second" -> new Unit("S", 1, true);
            case "minute" -> new Unit("M", 1, true);
            case "hour" -> new Unit("H", 1, true);
            case "day" -> new Unit("D", 1, false);
            case "week" -> new Unit("W", 1, false);
            case "month" -> new Unit("M", 1, false);
            case "quarter" -> new Unit("Q", 1, false);
            case "year" -> new Unit("Y", 1, false);
            case "decade" -> new Unit("Y", 10, false);
            default -> null;
        };
    }

    /** A TIMEX3 duration unit: its letter, how many of it one word means, and whether it is a time unit (PT). */
    record Unit(String letter, int times, boolean time) {
        /** The duration value for {@code n} of this unit; {@code n < 0} is the vague X. */
        String duration(int n) {
            String count = n < 0 ? "X" : Integer.toString(n * times);
            if (n < 0 && times == 10) {
                return "PXY"; // "several decades": TimeML writes an unknown number of years
            }
            return (time ? "PT" : "P") + count + letter;
        }
    }

    /** TimeML's season code (SP, SU, FA, WI) of a season word. */
    static String season(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "spring" -> "SP";
            case "summer" -> "SU";
            case "fall", "autumn" -> "FA";
            default -> "WI";
        };
    }

    /** TimeML's part-of-day code (MO, AF, EV, NI). */
    static String dayPart(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "morning" -> "MO";
            case "afternoon" -> "AF";
            case "evening" -> "EV";
            default -> "NI";
        };
    }

    private static String strip(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }
}
