package dev.timeline.chart;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps a time axis may tick by, finest first. An axis takes the finest unit whose ticks stand at least a
 * label's width apart ({@link #choose}); ticks fall on calendar boundaries (Mondays, the 1st of a month, January
 * 1st of a year divisible by the step), so the same days tick whatever the data.
 */
public enum TickUnit {
    DAY(1),
    WEEK(7),
    MONTH(30.44),
    QUARTER(91.31),
    YEAR(365.25),
    FIVE_YEARS(5 * 365.25),
    DECADE(10 * 365.25),
    CENTURY(100 * 365.25);

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private final double days;

    TickUnit(double days) {
        this.days = days;
    }

    /** The average length of one step, in days. */
    public double days() {
        return days;
    }

    /**
     * The finest unit whose average step is at least {@code minSpacing} wide at {@code pixelsPerDay}; the
     * coarsest ({@link #CENTURY}) when none is.
     */
    public static TickUnit choose(double pixelsPerDay, double minSpacing) {
        for (TickUnit unit : values()) {
            if (unit.days * pixelsPerDay >= minSpacing) {
                return unit;
            }
        }
        return CENTURY;
    }

    /** The first tick on or after {@code day}. */
    public LocalDate firstOnOrAfter(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.getDayOfMonth() == 1 ? day : day.withDayOfMonth(1).plusMonths(1);
            case QUARTER -> {
                LocalDate start = day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
                yield start.equals(day) ? day : start.plusMonths(3);
            }
            case YEAR, FIVE_YEARS, DECADE, CENTURY -> {
                int step = yearStep();
                int year = Math.floorDiv(day.getYear(), step) * step;
                LocalDate start = LocalDate.of(year, 1, 1);
                yield start.isBefore(day) ? start.plusYears(step) : start;
            }
        };
    }

    /** The tick after {@code tick}. */
    public LocalDate next(LocalDate tick) {
        return switch (this) {
            case DAY -> tick.plusDays(1);
            case WEEK -> tick.plusWeeks(1);
            case MONTH -> tick.plusMonths(1);
            case QUARTER -> tick.plusMonths(3);
            case YEAR, FIVE_YEARS, DECADE, CENTURY -> tick.plusYears(yearStep());
        };
    }

    /** Every tick from {@code from} (inclusive) to {@code to} (inclusive). */
    public List<LocalDate> ticks(LocalDate from, LocalDate to) {
        List<LocalDate> ticks = new ArrayList<>();
        for (LocalDate tick = firstOnOrAfter(from); !tick.isAfter(to); tick = next(tick)) {
            ticks.add(tick);
        }
        return ticks;
    }

    /** The short label of a tick: the day of the month for days and weeks, "Mar", "Q2", or the year. */
    public String label(LocalDate tick) {
        return switch (this) {
            case DAY, WEEK -> Integer.toString(tick.getDayOfMonth());
            case MONTH -> month(tick);
            case QUARTER -> "Q" + ((tick.getMonthValue() - 1) / 3 + 1);
            case YEAR, FIVE_YEARS, DECADE, CENTURY -> Integer.toString(tick.getYear());
        };
    }

    /**
     * Whether {@code tick} also starts the larger period that gives ticks their context (a month for day and week
     * ticks, a year for month and quarter ticks); years need none.
     */
    public boolean startsContext(LocalDate tick) {
        return switch (this) {
            case DAY -> tick.getDayOfMonth() == 1;
            case WEEK -> tick.getDayOfMonth() <= 7;
            case MONTH, QUARTER -> tick.getMonthValue() == 1;
            case YEAR, FIVE_YEARS, DECADE, CENTURY -> false;
        };
    }

    /** The label of the larger period around {@code day}: "Mar 2023" under day and week ticks, else "2023". */
    public String contextLabel(LocalDate day) {
        return switch (this) {
            case DAY, WEEK -> month(day) + " " + day.getYear();
            default -> Integer.toString(day.getYear());
        };
    }

    /**
     * {@code day} as precisely as the calendar boundary it falls on: "2013" on January 1st, "Oct 2022" on the 1st
     * of a month, else "27 Jan 2023". Labels where an axis segment starts, so a background period beginning in
     * 2013 is not labelled "1 Jan 2013".
     */
    public static String boundaryLabel(LocalDate day) {
        if (day.getDayOfYear() == 1) {
            return Integer.toString(day.getYear());
        }
        if (day.getDayOfMonth() == 1) {
            return month(day) + " " + day.getYear();
        }
        return day.getDayOfMonth() + " " + month(day) + " " + day.getYear();
    }

    /** A day for people, always in full: "27 Jan 2023". */
    public static String dayLabel(LocalDate day) {
        return day.getDayOfMonth() + " " + month(day) + " " + day.getYear();
    }

    private static String month(LocalDate day) {
        return MONTHS[day.getMonthValue() - 1];
    }

    private int yearStep() {
        return switch (this) {
            case FIVE_YEARS -> 5;
            case DECADE -> 10;
            case CENTURY -> 100;
            default -> 1;
        };
    }
}
