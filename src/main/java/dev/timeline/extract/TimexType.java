package dev.timeline.extract;

/** The four TIMEX3 types of TimeML: a calendar date or period, a time of day, a length of time, a recurrence. */
public enum TimexType {
    DATE, TIME, DURATION, SET
}
