package dev.timeline.extract;

import static dev.timeline.extract.Lexicon.DAY_PARTS;
import static dev.timeline.extract.Lexicon.MONTH_NAMES;
import static dev.timeline.extract.Lexicon.NUMBER_WORDS;
import static dev.timeline.extract.Lexicon.SEASON_NAMES;
import static dev.timeline.extract.Lexicon.UNITS;
import static dev.timeline.extract.Lexicon.WEEKDAY_NAMES;

import dev.timeline.extract.TemporalTagger.Context;
import dev.timeline.extract.TemporalTagger.Found;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules: for each kind of expression, the words it may start with, its pattern, and how its value is worked
 * out. Patterns are case-insensitive; where case matters (a month or weekday name is a proper noun, "may" and
 * "march" are verbs) the rule checks the capital itself.
 */
final class Rules {

    /** Turns one match into zero or more candidates. */
    interface Norm {
        void apply(Matcher m, Context ctx, List<Found> out);
    }

    record Rule(String name, List<String> triggers, Pattern pattern, Norm norm) {
    }

    private Rules() {
    }

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)";
    private static final String DAY = "(0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:1[0-9]|20)[0-9]{2})";
    private static final String WEEKDAY = "(" + WEEKDAY_NAMES + ")";
    private static final String END = "(?![\\w])";
    private static final String NUM = "(\\d{1,3}|" + NUMBER_WORDS + ")";
    private static final String ORDINAL = "(first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|past"
            + "|previous|year-ago|year-earlier|prior-year|same|next|coming)";
    private static final String ZONE = "(?:\\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|local\\s+time))?";
    private static final Pattern FUTURE_WORDS = Pattern.compile("(?i)\\b(?:will|'ll|next|coming)\\b");
    private static final Pattern YEAR_PREPOSITION = Pattern.compile(
            "(?i)\\b(?:in|since|of|by|until|from|to|through|the\\s+year|year|during|before|after|around|early|late|mid|fiscal|between|and|summer|spring|winter|fall|autumn)[-\\s]+$");
    private static final Pattern NOT_A_YEAR_AFTER = Pattern.compile(
            "(?i)^(?:\\s*(?:%|percent|per\\s+cent|points?|people|persons|men|women|troops|soldiers|shares|tons|"
                    + "barrels|miles|km|kilometers|meters|feet|dollars|yen|marks|francs|pounds|units|cars|jobs|"
                    + "employees|workers|students|acres|votes|members|cases|deaths|pages|copies|rooms|homes|tonnes|"
                    + "seats|a\\.m|p\\.m|hours|-year|-day|-month|:)|[,.]\\d)");
    private static final Pattern MONEY_BEFORE = Pattern.compile("(?:[$£€#]|No\\.|\\bnumber|\\bpage|\\bRoute|\\bFlight)\\s?$");
    private static final Pattern MAY_BEFORE = Pattern.compile(
            "(?i)\\b(?:in|by|since|until|of|last|this|next|early|late|mid|through|during|from|to|between|and|or|"
                    + "before|after|end|beginning|on)[-\\s]+$");

    static List<Rule> all() {
        List<Rule> rules = new ArrayList<>();
        List<String> months = words(MONTH_NAMES);
        List<String> weekdays = words(WEEKDAY_NAMES);
        List<String> digit = List.of("#");

        // March 30, 2023 / Nov. 9 / April 7 and 8 / March 1-5
        rules.add(rule("month-day", months, MONTH + "\\s+" + DAY + END
                + "(?:\\s*(?:-|–|—|to|through|and|or|&)\\s*" + DAY + END + ")?(?:,?\\s+" + YEAR + END + ")?",
                (m, ctx, out) -> {
                    if (!capital(m.group(1))) {
                        return;
                    }
                    int month = Lexicon.month(m.group(1));
                    int day = Integer.parseInt(m.group(2));
                    int year = m.group(4) != null ? Integer.parseInt(m.group(4))
                            : ctx.cal.yearOf(month, day, ctx.futureNear(m.start()) || ctx.future(m.start()));
                    String first = date(year, month, day);
                    if (first == null) {
                        return;
                    }
                    if (m.group(3) == null) {
                        out.add(new Found(m.start(), m.end(), TimexType.DATE, first, null));
                        return;
                    }
                    int firstEnd = m.end(2);
                    while (!Character.isLetterOrDigit(ctx.text.charAt(firstEnd - 1))) {
                        firstEnd--;
                    }
                    String second = date(year, month, Integer.parseInt(m.group(3)));
                    if (second == null || Integer.parseInt(m.group(3)) <= day) {
                        // "Oct. 12 - 10:35": what follows is no later day of the month, so no range or list
                        out.add(new Found(m.start(), firstEnd, TimexType.DATE, first, null));
                        return;
                    }
                    String join = ctx.text.substring(m.end(2), m.start(3)).toLowerCase(Locale.ROOT);
                    boolean list = join.contains("and") || join.contains("or") || join.contains("&");
                    boolean between = ctx.before(m.start(), 10).toLowerCase(Locale.ROOT).matches("(?s).*\\b(between|from)\\s+$");
                    String range = list && !between ? null : first + "/" + second;
                    out.add(new Found(m.start(), firstEnd, TimexType.DATE, first, range));
                    out.add(new Found(m.start(3), m.end(), TimexType.DATE, second, range));
                }));
        // 30 March 2023 / 30th of March
        rules.add(rule("day-month", digit, DAY + "\\s+(?:of\\s+)?" + MONTH + END + "(?:,?\\s+" + YEAR + END + ")?",
                (m, ctx, out) -> {
                    if (!capital(m.group(2))) {
                        return;
                    }
                    int month = Lexicon.month(m.group(2));
                    int day = Integer.parseInt(m.group(1));
                    int year = m.group(3) != null ? Integer.parseInt(m.group(3))
                            : ctx.cal.yearOf(month, day, ctx.futureNear(m.start()) || ctx.future(m.start()));
                    add(out, m, TimexType.DATE, date(year, month, day));
                }));
        // Monday, Oct. 30, 1989
        rules.add(rule("weekday-date", weekdays, WEEKDAY + ",?\\s+" + MONTH + "\\s+" + DAY + END + "(?:,?\\s+" + YEAR
                + END + ")?", (m, ctx, out) -> {
                    if (!capital(m.group(1)) || !capital(m.group(2))) {
                        return;
                    }
                    int month = Lexicon.month(m.group(2));
                    int day = Integer.parseInt(m.group(3));
                    int year = m.group(4) != null ? Integer.parseInt(m.group(4))
                            : ctx.cal.yearOf(month, day, ctx.futureNear(m.start()) || ctx.future(m.start()));
                    add(out, m, TimexType.DATE, date(year, month, day));
                }));
        // 2023-03-30, 3/30/2023
        rules.add(rule("iso-date", digit, YEAR + "-(\\d{2})-(\\d{2})" + END, (m, ctx, out) -> add(out, m,
                TimexType.DATE, date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))))));
        rules.add(rule("us-date", digit, "(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})" + END, (m, ctx, out) -> {
            int y = Integer.parseInt(m.group(3));
            y = y < 100 ? (y < 30 ? 2000 + y : 1900 + y) : y;
            add(out, m, TimexType.DATE, date(y, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }));
        // October 2022, March of 1991
        rules.add(rule("month-year", months, MONTH + "(?:,?\\s+|\\s+of\\s+)" + YEAR + END, (m, ctx, out) -> {
            if (capital(m.group(1))) {
                add(out, m, TimexType.DATE, m.group(2) + "-" + Calendar.two(Lexicon.month(m.group(1))));
            }
        }));
        // June last year, March this year, January next year
        rules.add(rule("month-relative-year", months, MONTH + "\\s+(?:of\\s+)?(last|this|next)\\s+year" + END,
                (m, ctx, out) -> {
                    if (capital(m.group(1))) {
                        int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                            case "last" -> -1;
                            case "next" -> 1;
                            default -> 0;
                        };
                        add(out, m, TimexType.DATE, Calendar.year(ctx.cal.anchor().year() + shift) + "-"
                                + Calendar.two(Lexicon.month(m.group(1))));
                    }
                }));
        // October (the year from the publication date and the tense)
        rules.add(rule("month", months, MONTH + END, (m, ctx, out) -> {
            String name = m.group(1);
            if (!capital(name) || name.length() <= 4 && !name.equalsIgnoreCase("june") && !name.equalsIgnoreCase("july")
                    && !name.equalsIgnoreCase("may")) {
                return; // an abbreviation alone is too often something else
            }
            if ((name.equalsIgnoreCase("may") || name.equalsIgnoreCase("march"))
                    && !MAY_BEFORE.matcher(ctx.before(m.start(), 20)).find()) {
                return;
            }
            if (m.end(1) < m.end() && Character.isUpperCase(ctx.after(m.end(), 2).strip().isEmpty() ? 'a'
                    : ctx.after(m.end(), 2).strip().charAt(0)) && !ctx.after(m.end(), 1).equals(",")) {
                return;
            }
            int month = Lexicon.month(name);
            int year = ctx.cal.yearOf(month, 1, ctx.futureNear(m.start()) || ctx.future(m.start()));
            add(out, m, TimexType.DATE, Calendar.year(year) + "-" + Calendar.two(month));
        }));
        // 2021, 1990s, 2013–2021, fiscal 1998
        rules.add(rule("year", digit, YEAR + "(?:(s|'s)|\\s*(?:-|–|—)\\s*(" + YEAR.substring(1, YEAR.length() - 1)
                + "|\\d{2}))?" + END, (m, ctx, out) -> {
                    String before = ctx.before(m.start(), 20);
                    if (MONEY_BEFORE.matcher(before).find() || (before.endsWith(",") || before.endsWith("."))
                            && before.length() > 1 && Character.isDigit(before.charAt(before.length() - 2))) {
                        return;
                    }
                    int y = Integer.parseInt(m.group(1));
                    if (m.group(2) == null && NOT_A_YEAR_AFTER.matcher(ctx.after(m.end(), 12)).find()) {
                        return;
                    }
                    boolean plausible = y >= 1900 && y <= ctx.cal.anchor().year() + 30;
                    if (!plausible && !YEAR_PREPOSITION.matcher(before).find()) {
                        return;
                    }
                    if (m.group(2) != null) {
                        if (y % 10 == 0) {
                            add(out, m, TimexType.DATE, m.group(1).substring(0, 3));
                        } else {
                            add(out, m, TimexType.DATE, m.group(1)); // "1998's"
                        }
                        return;
                    }
                    if (m.group(3) != null) {
                        int to = Integer.parseInt(m.group(3));
                        if (to < 100) {
                            to = y / 100 * 100 + to;
                        }
                        if (to > y && to - y < 200) {
                            String range = m.group(1) + "/" + Calendar.year(to);
                            out.add(new Found(m.start(), m.end(), TimexType.DATE, range, range));
                        }
                        return;
                    }
                    add(out, m, TimexType.DATE, m.group(1));
                }));
        // nineteen ninety-six, the year two thousand (transcripts spell years out)
        rules.add(rule("spelled-year", List.of("nineteen", "two", "the"), "(?:the\\s+year\\s+)?(?:nineteen[-\\s]+("
                + "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:one|two|three|four|five|six|seven"
                + "|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
                + "|two\\s+thousand(?:\\s+(?:and\\s+)?(one|two|three|four|five|six|seven|eight|nine|ten))?)" + END,
                (m, ctx, out) -> {
                    if (m.group(1) != null) {
                        add(out, m, TimexType.DATE, Integer.toString(1900 + Lexicon.number(m.group(1))));
                    } else if (m.group().toLowerCase(Locale.ROOT).startsWith("the") || m.group(2) != null
                            || !ctx.after(m.end(), 12).matches("(?s)\\s*(?:people|dollars|troops|men|of|and|or|to|more|\\d).*")) {
                        int n = m.group(2) == null ? 0 : Lexicon.number(m.group(2));
                        add(out, m, TimexType.DATE, Integer.toString(2000 + n));
                    }
                }));
        rules.add(rule("fiscal-year", List.of("fiscal"), "fiscal\\s+(?:year\\s+)?" + YEAR + END,
                (m, ctx, out) -> add(out, m, TimexType.DATE, m.group(1))));
        // the '90s, the nineties, mid-'80s
        rules.add(rule("short-decade", List.of("'", "#"), "'?([1-9]0)'?s" + END, (m, ctx, out) -> {
            String before = ctx.before(m.start(), 12).toLowerCase(Locale.ROOT);
            if (m.group().startsWith("'") || before.matches("(?s).*\\b(the|mid-|early|late|of)\\s*$")) {
                add(out, m, TimexType.DATE, "19" + m.group(1).charAt(0));
            }
        }));
        rules.add(rule("decade-words", List.of("the"), "the\\s+(?:(?:early|late|mid)[-\\s]+)?(?:nineteen[-\\s]+)?"
                + "(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)" + END, (m, ctx, out) -> {
                    String d = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                        case "twenties" -> "192";
                        case "thirties" -> "193";
                        case "forties" -> "194";
                        case "fifties" -> "195";
                        case "sixties" -> "196";
                        case "seventies" -> "197";
                        case "eighties" -> "198";
                        default -> "199";
                    };
                    add(out, m, TimexType.DATE, d);
                }));
        // the 20th century
        rules.add(rule("century", List.of("#", "the"), "(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)[-\\s]+century" + END,
                (m, ctx, out) -> add(out, m, TimexType.DATE, Calendar.two(Integer.parseInt(m.group(1)) - 1))));
        // spring 2023, the summer, summer of 1998
        rules.add(rule("season", words(SEASON_NAMES), "(" + SEASON_NAMES + ")(?:\\s+(?:of\\s+)?" + YEAR + ")?" + END,
                (m, ctx, out) -> {
                    String code = Lexicon.season(m.group(1));
                    if (m.group(2) != null) {
                        add(out, m, TimexType.DATE, m.group(2) + "-" + code);
                        return;
                    }
                    if (!ctx.before(m.start(), 12).toLowerCase(Locale.ROOT)
                            .matches("(?s).*\\b(the|in|during|early|late|mid|since|until|by|this)[-\\s]+$")) {
                        return;
                    }
                    out.add(new Found(m.start(), m.end(), TimexType.DATE, season(ctx, code, 0, m.start()), null));
                }));
        // the third quarter (of 1998), fourth-quarter, the first half, this year's third quarter
        rules.add(rule("quarter", List.of("the", "this", "last", "next", "#", "fiscal", "first", "second", "third",
                "fourth", "final", "latest", "current", "past", "previous", "year", "prior", "same", "coming", "calendar"),
                "(?:the\\s+)?(?:(this|last|next|" + YEAR.substring(1, YEAR.length() - 1) + ")(?:'s|\\s+year's)?\\s+)?"
                        + "(?:(?:fiscal|calendar)\\s+)?" + ORDINAL + "[-\\s]+(?:(?:fiscal|calendar)[-\\s]+)?(quarter|half)"
                        + "(?:\\s+of\\s+(?:fiscal\\s+|calendar\\s+)?(?:" + YEAR + "|(this|last|next)\\s+year|the\\s+year))?"
                        + END, (m, ctx, out) -> {
                            String which = m.group(2).toLowerCase(Locale.ROOT);
                            boolean half = m.group(3).equalsIgnoreCase("half");
                            String yearWord = m.group(1) != null ? m.group(1) : m.group(5);
                            String value = quarter(ctx, which, half, yearWord, m.group(4), m.start());
                            int start = m.start();
                            if (m.group().regionMatches(true, 0, "the ", 0, 4) && m.group(1) == null
                                    && ctx.text.charAt(m.start(3) - 1) == '-') {
                                start = m.start(2); // "the third-quarter results": the adjective alone
                            }
                            if (value != null) {
                                out.add(new Found(start, m.end(), TimexType.DATE, value, null));
                            }
                        }));
        rules.add(rule("the-quarter", List.of("the"), "the\\s+(quarter|year-ago\\s+quarter|year-earlier\\s+quarter)" + END,
                (m, ctx, out) -> {
                    if (ctx.cal.quarter() == 0) {
                        return;
                    }
                    int back = m.group(1).toLowerCase(Locale.ROOT).startsWith("year") ? -5 : -1;
                    add(out, m, TimexType.DATE, ctx.cal.unitValue("Q", back));
                }));
        // today, yesterday morning, tonight, the day before yesterday
        rules.add(rule("deictic-day", List.of("today", "yesterday", "tomorrow", "tonight", "the"),
                "(?:the\\s+day\\s+(before|after)\\s+)?(today|yesterday|tomorrow|tonight)(?:'s)?(?:\\s+(" + DAY_PARTS + "))?"
                        + END, (m, ctx, out) -> {
                            String w = m.group(2).toLowerCase(Locale.ROOT);
                            int shift = switch (w) {
                                case "yesterday" -> -1;
                                case "tomorrow" -> 1;
                                default -> 0;
                            };
                            if (m.group(1) != null) {
                                shift += m.group(1).equalsIgnoreCase("before") ? -1 : 1;
                            }
                            String day = ctx.cal.day(shift);
                            boolean hasDay = ctx.cal.anchor().hasDay();
                            if (w.equals("tonight")) {
                                out.add(new Found(m.start(), m.end(), TimexType.TIME, hasDay ? day + "TNI" : day, null));
                            } else if (m.group(3) != null) {
                                out.add(new Found(m.start(), m.end(), TimexType.TIME,
                                        hasDay ? day + "T" + Lexicon.dayPart(m.group(3)) : day, null));
                            } else {
                                if (w.equals("today") && m.group().endsWith("'s") && false) {
                                    return;
                                }
                                int end = m.group().endsWith("'s") ? m.end() - 2 : m.end();
                                out.add(new Found(m.start(), end, TimexType.DATE, day, hasDay ? null
                                        : ctx.cal.anchor() + "~"));
                            }
                        }));
        // the weekend: the one before publication, or after it when the text speaks of the future
        rules.add(rule("the-weekend", List.of("the"), "the\\s+weekend" + END, (m, ctx, out) -> add(out, m, TimexType.DATE,
                ctx.cal.unitValue("WE", ctx.future(m.start()) ? 0 : weekendBack(ctx.cal)))));
        // the latest period, the year-earlier period (of a company's results: a quarter)
        rules.add(rule("the-period", List.of("the"), "the\\s+(latest|year-earlier|year-ago|comparable|same)\\s+period" + END,
                (m, ctx, out) -> {
                    if (ctx.cal.quarter() > 0 && mentionsQuarter(ctx, m.start())) {
                        boolean back = m.group(1).toLowerCase(Locale.ROOT).startsWith("year");
                        add(out, m, TimexType.DATE, ctx.cal.unitValue("Q", back ? -5 : -1));
                    }
                }));
        rules.add(rule("fiscal-year-alone", List.of("the"), "the\\s+(?:current\\s+)?fiscal\\s+year" + END,
                (m, ctx, out) -> add(out, m, TimexType.DURATION, "P1Y")));
        // this morning, last night
        rules.add(rule("part-of-day", List.of("this", "last"), "(this|last)\\s+(" + DAY_PARTS + ")" + END,
                (m, ctx, out) -> {
                    boolean last = m.group(1).equalsIgnoreCase("last");
                    if (last && !m.group(2).equalsIgnoreCase("night")) {
                        return;
                    }
                    String day = ctx.cal.day(last ? -1 : 0);
                    out.add(new Found(m.start(), m.end(), TimexType.TIME, ctx.cal.anchor().hasDay()
                            ? day + "T" + Lexicon.dayPart(m.group(2)) : day, null));
                }));
        // last week, this year, next month, the past year, last November, last Friday, last spring
        rules.add(rule("relative-unit", List.of("last", "this", "next", "past", "coming", "previous", "following",
                "the", "current"), "(the\\s+)?(last|this|next|past|coming|previous|following|current)\\s+"
                        + "(week|weekend|month|year|quarter|decade|century|" + SEASON_NAMES + "|" + MONTH_NAMES + "|"
                        + WEEKDAY_NAMES + ")" + END, (m, ctx, out) -> relative(m, ctx, out)));
        // two years ago, a year earlier, three weeks later
        rules.add(rule("ago", List.of("#", "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight",
                "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "several", "few",
                "many", "some", "about", "nearly", "almost", "more", "less", "only", "just", "at", "over", "roughly",
                "around", "half", "a"), "(?:(?:nearly|almost|around|more\\s+than|less\\s+than|at\\s+least)\\s+)?" + NUM + "\\s+(" + UNITS + ")(?:\\s+or\\s+so)?\\s+(ago|earlier|later|before|after|from\\s+now|hence)" + END,
                (m, ctx, out) -> ago(m, ctx, out)));
        // three decades, the past two years, a five-year low, the first nine months
        rules.add(rule("duration", List.of("#", "the", "a", "an", "one", "two", "three", "four", "five", "six", "seven",
                "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
                "hundred", "several", "few", "many", "some", "dozens", "hundreds", "couple", "half", "about",
                "nearly", "almost", "more", "less", "at", "over", "roughly", "around", "only", "just", "up",
                "another", "past", "last", "next", "first", "dozen"),
                "(?:the\\s+)?(?:(past|last|next|first|previous|coming|final|following|same|latest|initial)\\s+)?"
                        + "(?:(?:nearly|almost|around|more\\s+than|less\\s+than|no\\s+more\\s+than|at\\s+least)\\s+)?"
                        + NUM + "[-\\s]+(?:(?:more|full|straight"
                        + "|consecutive|long|additional)\\s+)?(" + UNITS + ")(?:-long)?" + END + "(?![-\\s]+old\\b)",
                (m, ctx, out) -> duration(m, ctx, out)));
        // the coming weeks, the next few months, the weeks ahead: a length of time, unknown in count
        rules.add(rule("vague-span", List.of("the", "coming", "next", "past", "upcoming"), "(?:the\\s+)?(?:(coming|next|"
                + "past|upcoming)\\s+(?:few\\s+|several\\s+)?(days|weeks|months|years|decades)|(days|weeks|months|years)"
                + "\\s+ahead)" + END, (m, ctx, out) -> {
                    String unit = m.group(2) != null ? m.group(2) : m.group(3);
                    if (m.group(1) != null && m.group(1).equalsIgnoreCase("past") && !m.group().toLowerCase(Locale.ROOT)
                            .startsWith("the")) {
                        return;
                    }
                    add(out, m, TimexType.DURATION, Lexicon.unit(unit).duration(-1));
                }));
        // decades-long, day-long
        rules.add(rule("long-adjective", List.of("decades", "years", "months", "weeks", "days", "day", "hours", "centuries",
                "year", "month", "week", "hour"), "(decades|years|months|weeks|days|hours|centuries|day|week|month|year"
                + "|hour)-long" + END, (m, ctx, out) -> {
                    Lexicon.Unit unit = Lexicon.unit(m.group(1));
                    boolean plural = m.group(1).toLowerCase(Locale.ROOT).endsWith("s");
                    add(out, m, TimexType.DURATION, unit.duration(plural ? -1 : 1));
                }));
        // every year, each Monday, every other week, twice a year, daily
        rules.add(rule("every", List.of("every", "each"), "(?:every|each)\\s+(?:(other)\\s+|" + NUM + "\\s+)?("
                + UNITS + "|" + WEEKDAY_NAMES + "|" + MONTH_NAMES + "|" + DAY_PARTS + "|" + SEASON_NAMES + ")" + END,
                (m, ctx, out) -> {
                    String what = m.group(3);
                    int n = m.group(1) != null ? 2 : m.group(2) != null ? Lexicon.number(m.group(2)) : 1;
                    if (n == 0) {
                        return;
                    }
                    Lexicon.Unit unit = Lexicon.unit(what);
                    String value;
                    if (unit != null) {
                        value = unit.duration(n);
                    } else if (Lexicon.weekday(what) > 0) {
                        value = "XXXX-WXX-" + Lexicon.weekday(what);
                    } else if (Lexicon.month(what) > 0) {
                        value = "XXXX-" + Calendar.two(Lexicon.month(what));
                    } else if (what.matches("(?i)" + SEASON_NAMES)) {
                        value = "XXXX-" + Lexicon.season(what);
                    } else {
                        value = "XXXX-XX-XXT" + Lexicon.dayPart(what);
                    }
                    add(out, m, TimexType.SET, value);
                }));
        rules.add(rule("times-per", List.of("once", "twice", "thrice", "#", "one", "two", "three", "four", "five",
                "six", "seven", "eight", "nine", "ten", "several", "many"), "(once|twice|thrice|" + NUM
                        + "\\s+times)\\s+(?:a|an|per|each|every)\\s+(" + UNITS + ")" + END, (m, ctx, out) -> {
                            Lexicon.Unit unit = Lexicon.unit(m.group(3));
                            if (unit != null) {
                                add(out, m, TimexType.SET, unit.duration(1));
                            }
                        }));
        rules.add(rule("per-unit", List.of("per", "a"), "(?:per|a)\\s+(year|month|week|day)" + END, (m, ctx, out) -> {
            String before = ctx.before(m.start(), 24);
            if (m.group().toLowerCase(Locale.ROOT).startsWith("per")
                    || before.matches("(?s).*(\\d|million|billion|thousand|hundred|dollars|cents|percent|%)\\s*$")) {
                add(out, m, TimexType.SET, Lexicon.unit(m.group(1)).duration(1));
            }
        }));
        rules.add(rule("adverb-set", List.of("daily", "weekly", "monthly", "yearly", "hourly", "nightly"),
                "(daily|weekly|monthly|yearly|hourly|nightly)" + END, (m, ctx, out) -> {
                    if (capital(m.group(1)) && !ctx.before(m.start(), 3).matches("(?s).*(^|[.!?\"“]\\s*|\\n\\s*)")) {
                        return; // "Eurasia Daily Monitor": part of a name
                    }
                    String v = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                        case "daily" -> "P1D";
                        case "weekly" -> "P1W";
                        case "monthly" -> "P1M";
                        case "hourly" -> "PT1H";
                        case "nightly" -> "XXXX-XX-XXTNI";
                        case "quarterly" -> "P3M";
                        default -> "P1Y";
                    };
                    add(out, m, TimexType.SET, v);
                }));
        // 3 p.m., 10:35 a.m. EST Thursday, noon
        rules.add(rule("clock", digit, "(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.m\\.?|p\\.m\\.?|am|pm)" + END.replace("\\w", "\\w.")
                + ZONE + "(?:,?\\s+(?:on\\s+)?(today|yesterday|tomorrow|" + WEEKDAY_NAMES + "|" + MONTH + "\\s+"
                + DAY + "(?:,?\\s+" + YEAR + ")?))?" + END,
                (m, ctx, out) -> {
                    int h = Integer.parseInt(m.group(1));
                    int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                    if (h < 1 || h > 12 || min > 59) {
                        return;
                    }
                    boolean pm = m.group(3).toLowerCase(Locale.ROOT).startsWith("p");
                    h = h % 12 + (pm ? 12 : 0);
                    String day;
                    if (m.group(5) != null) { // "5 p.m. EST Nov. 9"
                        int month = Lexicon.month(m.group(5));
                        int dd = Integer.parseInt(m.group(6));
                        int year = m.group(7) != null ? Integer.parseInt(m.group(7))
                                : ctx.cal.yearOf(month, dd, ctx.futureNear(m.start()) || ctx.future(m.start()));
                        day = date(year, month, dd);
                        if (day == null) {
                            return;
                        }
                    } else {
                        day = dayOf(ctx, m.group(4), m.start());
                    }
                    String v = day + "T" + Calendar.two(h) + ":" + Calendar.two(min);
                    out.add(new Found(m.start(), m.end(), TimexType.TIME, ctx.cal.anchor().hasDay() ? v : day, null));
                }));
        rules.add(rule("noon", List.of("noon", "midnight", "midday"), "(noon|midnight|midday)(?:\\s+(today|yesterday|tomorrow|"
                + WEEKDAY_NAMES + "))?" + END, (m, ctx, out) -> {
                    String day = dayOf(ctx, m.group(2), m.start());
                    String t = m.group(1).equalsIgnoreCase("midnight") ? "T24:00" : "T12:00";
                    out.add(new Found(m.start(), m.end(), TimexType.TIME, ctx.cal.anchor().hasDay() ? day + t : day, null));
                }));
        // Friday, Friday morning
        rules.add(rule("weekday", weekdays, WEEKDAY + "(?:\\s+(" + DAY_PARTS + "))?" + END, (m, ctx, out) -> {
            if (!capital(m.group(1))) {
                return;
            }
            LocalDate d = ctx.cal.weekday(Lexicon.weekday(m.group(1)), ctx.futureNear(m.start()));
            String v = d == null ? "XXXX-WXX-" + Lexicon.weekday(m.group(1)) : d.toString();
            out.add(new Found(m.start(), m.end(), TimexType.DATE, v, d == null ? null : v));
        }));
        // now, currently, recently, the future, soon
        rules.add(rule("present", List.of("now", "currently", "nowadays", "present", "the", "at", "right", "these"),
                "(?:right\\s+now|now|currently|nowadays|at\\s+present|the\\s+present(?=\\s*[,.;)]|\\s+day|\\s+time)"
                        + "(?:\\s+(?:day|time))?|these\\s+days)" + END, (m, ctx, out) -> {
                            if (m.group().equalsIgnoreCase("now") && ctx.after(m.end(), 6).matches("(?s)\\s+that.*")) {
                                return;
                            }
                            add(out, m, TimexType.DATE, "PRESENT_REF");
                        }));
        rules.add(rule("past", List.of("recently", "recent", "the", "lately"),
                "(?:recently|recent(?:\\s+(?:years|months|weeks|days|times))?|lately|the\\s+past"
                        + "(?!\\s+(?:" + NUMBER_WORDS + "|\\d|few|several|" + UNITS + "|week|month|year)))" + END,
                (m, ctx, out) -> {
                    String w = m.group().toLowerCase(Locale.ROOT);
                    if (w.equals("recent") && !ctx.after(m.end(), 12).matches("(?s)\\s+(weeks|months|years|days|"
                            + "times|decades|history|past|memory).*")) {
                        return;
                    }
                    add(out, m, TimexType.DATE, "PAST_REF");
                }));
        rules.add(rule("future", List.of("the", "future"), "(?:the\\s+(?:near\\s+|foreseeable\\s+|distant\\s+)?"
                + "future)" + END, (m, ctx, out) -> add(out, m, TimexType.DATE, "FUTURE_REF")));
        // Christmas, New Year's Day, Thanksgiving
        rules.add(rule("holiday", List.of("christmas", "new", "thanksgiving", "halloween", "independence"),
                "(Christmas(?:\\s+(?:Day|Eve))?|New\\s+Year's(?:\\s+(?:Day|Eve))?|Thanksgiving(?:\\s+Day)?|Halloween"
                        + "|Independence\\s+Day)(?:\\s+" + YEAR + ")?" + END, (m, ctx, out) -> {
                            if (!capital(m.group(1))) {
                                return;
                            }
                            String name = m.group(1).toLowerCase(Locale.ROOT);
                            int month = name.startsWith("christmas") ? 12 : name.startsWith("new") ? 1
                                    : name.startsWith("thanks") ? 11 : name.startsWith("hallo") ? 10 : 7;
                            int year = m.group(2) != null ? Integer.parseInt(m.group(2))
                                    : ctx.cal.yearOf(month, 1, ctx.futureNear(m.start()) || ctx.future(m.start()));
                            int day;
                            if (name.startsWith("thanks")) {
                                LocalDate first = LocalDate.of(year, 11, 1);
                                day = first.with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(4,
                                        java.time.DayOfWeek.THURSDAY)).getDayOfMonth();
                            } else {
                                day = switch (month) {
                                    case 12 -> name.endsWith("eve") ? 24 : 25;
                                    case 1 -> name.endsWith("eve") ? 31 : 1;
                                    case 10 -> 31;
                                    default -> 4;
                                };
                                if (month == 1 && name.endsWith("eve")) {
                                    add(out, m, TimexType.DATE, date(year - 1, 12, 31));
                                    return;
                                }
                            }
                            add(out, m, TimexType.DATE, date(year, month, day));
                        }));
        return rules;
    }

    private static void relative(Matcher m, Context ctx, List<Found> out) {
        boolean the = m.group(1) != null;
        String rel = m.group(2).toLowerCase(Locale.ROOT);
        String what = m.group(3);
        String w = what.toLowerCase(Locale.ROOT);
        int step = switch (rel) {
            case "last", "past", "previous" -> -1;
            case "next", "coming", "following" -> 1;
            default -> 0;
        };
        if (the && rel.equals("this")) {
            return;
        }
        Calendar cal = ctx.cal;
        int month = Lexicon.month(what);
        int weekday = Lexicon.weekday(what);
        if (month > 0 || weekday > 0) {
            if (!capital(what) || the) {
                return;
            }
            if (weekday > 0) {
                LocalDate d = cal.weekdayStep(weekday, step);
                add(out, m, TimexType.DATE, d == null ? "XXXX-WXX-" + weekday : d.toString());
                return;
            }
            Anchor a = cal.anchor();
            int year = a.year();
            if (a.hasMonth()) {
                if (step < 0) {
                    year = month < a.month() ? a.year() : a.year() - 1;
                } else if (step > 0) {
                    year = month > a.month() ? a.year() : a.year() + 1;
                }
            }
            add(out, m, TimexType.DATE, Calendar.year(year) + "-" + Calendar.two(month));
            return;
        }
        if (w.matches(SEASON_NAMES)) {
            out.add(new Found(m.start(), m.end(), TimexType.DATE, season(ctx, Lexicon.season(w), step, m.start()), null));
            return;
        }
        boolean duration = rel.equals("past") && !the || the && (w.equals("decade") || w.equals("century"));
        if (duration && !w.equals("weekend")) {
            Lexicon.Unit unit = Lexicon.unit(w);
            String edtf = step < 0 ? since(cal, unit, 1) : null;
            out.add(new Found(m.start(), m.end(), TimexType.DURATION, unit.duration(1), edtf));
            return;
        }
        String value = switch (w) {
            case "week" -> cal.unitValue("W", step);
            case "weekend" -> cal.unitValue("WE", step);
            case "month" -> cal.unitValue("M", step);
            case "quarter" -> cal.unitValue("Q", step);
            case "decade" -> cal.unitValue("DE", step);
            case "century" -> cal.unitValue("CE", step);
            default -> cal.unitValue("Y", step);
        };
        add(out, m, TimexType.DATE, value);
    }

    private static void ago(Matcher m, Context ctx, List<Found> out) {
        int n = Lexicon.number(m.group(1));
        Lexicon.Unit unit = Lexicon.unit(m.group(2));
        String dir = m.group(3).toLowerCase(Locale.ROOT);
        if (unit == null || n == 0) {
            return;
        }
        boolean hedged = !m.group().regionMatches(true, 0, m.group(1), 0, m.group(1).length());
        if (dir.equals("before") || dir.equals("after") || dir.equals("later") || hedged && dir.equals("ago")) {
            // "two years before the war": a distance, not a date; the signal word is not part of it
            int end = dir.equals("ago") ? m.end() : m.end(2);
            out.add(new Found(m.start(), end, TimexType.DURATION, unit.duration(n), null));
            return;
        }
        if (n < 0) {
            add(out, m, TimexType.DATE, dir.equals("ago") || dir.equals("earlier") ? "PAST_REF" : "FUTURE_REF");
            return;
        }
        int sign = dir.equals("ago") || dir.equals("earlier") ? -1 : 1;
        Calendar cal = ctx.cal;
        int k = sign * n * unit.times();
        String value = switch (unit.letter() + (unit.time() ? "T" : "")) {
            case "Y" -> {
                if (unit.times() == 10 && n == 1) {
                    yield cal.unitValue("DE", sign);
                }
                if (n == 1 && unit.times() == 1 && ctx.cal.quarter() > 0 && mentionsQuarter(ctx, m.start())) {
                    yield cal.unitValue("Q", -1 + 4 * sign);
                }
                yield cal.unitValue("Y", k);
            }
            case "Q" -> cal.unitValue("Q", k);
            case "M" -> cal.unitValue("M", k);
            case "W" -> cal.unitValue("W", k);
            default -> cal.unitValue("D", unit.time() ? 0 : k);
        };
        if (!value.matches("\\d{2,4}.*")) {
            return; // "900 centuries ago": before year 0, which a TIMEX3 value cannot write
        }
        add(out, m, TimexType.DATE, value);
    }

    /** 0 when publication falls on a weekend (it is that weekend), else -1 (the one before). */
    private static int weekendBack(Calendar cal) {
        LocalDate d = cal.anchor().date();
        return d != null && d.getDayOfWeek().getValue() >= 6 ? 0 : -1;
    }

    private static boolean mentionsQuarter(Context ctx, int pos) {
        String around = ctx.before(pos, 400) + ctx.after(pos, 80);
        return around.toLowerCase(Locale.ROOT).contains("quarter");
    }

    private static void duration(Matcher m, Context ctx, List<Found> out) {
        int n = Lexicon.number(m.group(2));
        Lexicon.Unit unit = Lexicon.unit(m.group(3));
        if (n == 0 || unit == null) {
            return;
        }
        String text = m.group().toLowerCase(Locale.ROOT);
        if (unit.letter().equals("Q") && (text.matches("(?s).*-quarters?") || n == 1 && !text.startsWith("the"))) {
            return; // three-quarters: a fraction
        }
        if ((m.group(2).equalsIgnoreCase("a") || m.group(2).equalsIgnoreCase("an")) && text.startsWith("the")) {
            return;
        }
        String value = unit.letter().equals("Q") ? "P" + (n < 0 ? "X" : Integer.toString(3 * n)) + "M"
                : unit.duration(n);
        String past = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        String edtf = null;
        if ((past.equals("past") || past.equals("last") || past.equals("previous")) && n > 0) {
            edtf = since(ctx.cal, unit, n);
        }
        int start = m.start();
        if (text.startsWith("the") && m.group(1) == null && ctx.text.charAt(m.start(3) - 1) == '-') {
            start = m.start(2); // "the 30-day period": the adjective alone is the expression
        }
        out.add(new Found(start, m.end(), TimexType.DURATION, value, edtf));
    }

    /** "the past two years" counted back from publication: the start, approximate, at the unit's precision, open end. */
    private static String since(Calendar cal, Lexicon.Unit unit, int n) {
        if (unit == null || unit.time()) {
            return null;
        }
        Anchor a = cal.anchor();
        String start = switch (unit.letter()) {
            case "Y" -> Calendar.year(a.year() - n * unit.times());
            case "Q" -> a.hasMonth() ? Edtf.of(TimexType.DATE, cal.unitValue("M", -3 * n), a) : null;
            case "M" -> a.hasMonth() ? cal.unitValue("M", -n) : null;
            case "W" -> a.hasDay() ? a.date().minusWeeks(n).toString() : null;
            default -> a.hasDay() ? a.date().minusDays(n).toString() : null;
        };
        return start == null || !start.matches("\\d{4}.*") ? null : start + "~/..";
    }

    private static String season(Context ctx, String code, int step, int pos) {
        Anchor a = ctx.cal.anchor();
        int idx = Arrays.asList("SP", "SU", "FA", "WI").indexOf(code);
        if (!a.hasMonth()) {
            return Calendar.year(a.year() + step) + "-" + code;
        }
        int[] now = Calendar.seasonOf(a.year(), a.month());
        int current = now[0] * 4 + now[1];
        int same = now[0] * 4 + idx;
        int target;
        if (step < 0) {
            target = same < current ? same : same - 4;
        } else if (step > 0) {
            target = same > current ? same : same + 4;
        } else {
            target = same;
            if (step == 0 && same > current && !ctx.future(pos)) {
                target = same - 4;
            }
        }
        return Calendar.year(Math.floorDiv(target, 4)) + "-" + code;
    }

    private static String quarter(Context ctx, String which, boolean half, String yearWord, String ofYear, int pos) {
        Calendar cal = ctx.cal;
        Anchor a = cal.anchor();
        int n = switch (which) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            case "fourth", "4th" -> half ? 0 : 4;
            case "final", "last", "latter" -> half ? 2 : which.equals("final") ? 4 : 0;
            default -> 0;
        };
        String letter = half ? "H" : "Q";
        int year;
        String explicit = ofYear != null ? ofYear : yearWord != null && yearWord.matches("\\d{4}") ? yearWord : null;
        if (explicit != null) {
            year = Integer.parseInt(explicit);
        } else if (yearWord != null) {
            year = a.year() + switch (yearWord.toLowerCase(Locale.ROOT)) {
                case "last" -> -1;
                case "next" -> 1;
                default -> 0;
            };
        } else {
            year = -1;
        }
        if (n == 0) {
            if (half || cal.quarter() == 0) {
                return null;
            }
            int shift = switch (which) {
                case "current", "same" -> 0;
                case "next", "coming" -> 1;
                case "year-ago", "year-earlier", "prior-year" -> -5;
                default -> -1;
            };
            if (year >= 0) {
                return null;
            }
            return cal.unitValue("Q", shift);
        }
        if (year < 0) {
            year = a.year();
            int current = half ? (a.month() + 5) / 6 : cal.quarter();
            if (current > 0 && n > current && !ctx.future(pos)) {
                year--;
            }
        }
        return Calendar.year(year) + "-" + letter + n;
    }

    private static String dayOf(Context ctx, String word, int pos) {
        if (word == null) {
            return ctx.cal.day(0);
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals("yesterday")) {
            return ctx.cal.day(-1);
        }
        if (w.equals("tomorrow")) {
            return ctx.cal.day(1);
        }
        if (w.equals("today")) {
            return ctx.cal.day(0);
        }
        LocalDate d = ctx.cal.weekday(Lexicon.weekday(w), ctx.future(pos));
        return d == null ? ctx.cal.day(0) : d.toString();
    }

    private static Rule rule(String name, List<String> triggers, String regex, Norm norm) {
        return new Rule(name, triggers.stream().map(t -> t.toLowerCase(Locale.ROOT)).distinct().toList(),
                Pattern.compile(regex, Pattern.CASE_INSENSITIVE), norm);
    }

    private static List<String> words(String alternation) {
        return Arrays.stream(alternation.split("\\|")).map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    private static boolean capital(String word) {
        return Character.isUpperCase(word.charAt(0));
    }

    private static void add(List<Found> out, Matcher m, TimexType type, String value) {
        if (value != null) {
            out.add(new Found(m.start(), m.end(), type, value, null));
        }
    }

    /** An ISO date, or null when the day does not exist (February 30). */
    private static String date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
