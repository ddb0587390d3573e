package dev.timeline.format;

import dev.timeline.model.Event;
import dev.timeline.model.Source;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * RFC 5545 iCalendar: a {@code VCALENDAR} with one all-day {@code VEVENT} per event, written as the events come.
 *
 * <ul>
 *   <li>{@code PRODID} is {@code -//timeline//timeline//EN}, without a version number, so that the same data gives
 *       the same bytes from one release to the next (golden files, diffs of exported calendars).</li>
 *   <li>{@code X-WR-CALNAME} (and {@code X-WR-CALDESC}) carry the dataset's title and description: calendar
 *       applications name an imported or subscribed calendar after them.</li>
 *   <li>{@code UID} is {@code <event-id>@<dataset-id>}, so re-importing updates entries rather than doubling them.</li>
 *   <li>{@code DTSTAMP} is {@link FormatContext#timestamp()} when set; otherwise it is derived from the data: the
 *       latest day on which any source of the dataset's events (all of them, not just those written, so that a query
 *       does not move it) may have been published, at 00:00:00Z; 1970-01-01T00:00:00Z when no source is dated.
 *       Never the clock: the same input always gives the same bytes.</li>
 *   <li>{@code DTSTART;VALUE=DATE} is the first day of the event's span and {@code DTEND;VALUE=DATE} the day after
 *       its last (RFC 5545 ends are exclusive), so "2022-10" is an entry covering all of October. The precision is
 *       spelled out in {@code DESCRIPTION} ("Date: 2022-10 (month: October 2022)"), so the calendar does not
 *       pretend to know more than the data.</li>
 *   <li>{@code TRANSP:TRANSPARENT}: a historical event must not mark the reader as busy.</li>
 *   <li>Left out, with one count each on {@link FormatContext#notices()}: events with an open or unknown start or
 *       end (a calendar entry cannot be endless), and events outside 0001-01-01..9999-12-30, which a four-digit
 *       {@code DATE} with an exclusive end cannot write.</li>
 * </ul>
 *
 * <p>Text is escaped and lines folded by {@link IcsLines}. A calendar with no events is still written (calendar
 * applications import it as empty), although RFC 5545 asks for at least one component.
 */
final class IcsFormatter implements Formatter {

    static final String PRODID = "-//timeline//timeline//EN";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 30);

    private final FormatContext context;

    IcsFormatter(FormatContext context) {
        this.context = context;
    }

    @Override
    public void write(Iterable<Event> events, Writer out) throws IOException {
        String stamp = STAMP.format(stamp(context));
        IcsLines.write(out, "BEGIN:VCALENDAR");
        IcsLines.write(out, "VERSION:2.0");
        IcsLines.write(out, "PRODID:" + PRODID);
        IcsLines.write(out, "CALSCALE:GREGORIAN");
        IcsLines.write(out, "X-WR-CALNAME:" + IcsLines.escapeText(context.dataset().title()));
        if (context.dataset().description() != null) {
            IcsLines.write(out, "X-WR-CALDESC:" + IcsLines.escapeText(context.dataset().description()));
        }
        int open = 0;
        int outOfRange = 0;
        for (Event event : events) {
            if (event.date().isOpenStart() || event.date().isOpenEnd()) {
                open++;
            } else if (event.date().earliest().isBefore(FIRST) || event.date().latest().isAfter(LAST)) {
                outOfRange++;
            } else {
                writeEvent(out, event, stamp);
            }
        }
        IcsLines.write(out, "END:VCALENDAR");
        if (open > 0) {
            context.notices().accept("ics: left out " + count(open)
                    + " with an open start or end (a calendar entry needs both)");
        }
        if (outOfRange > 0) {
            context.notices().accept("ics: left out " + count(outOfRange)
                    + " dated outside the years 1 to 9999 (iCalendar dates have four-digit years)");
        }
    }

    private void writeEvent(Writer out, Event event, String stamp) throws IOException {
        IcsLines.write(out, "BEGIN:VEVENT");
        IcsLines.write(out, "UID:" + IcsLines.escapeText(event.id() + "@" + context.dataset().id()));
        IcsLines.write(out, "DTSTAMP:" + stamp);
        IcsLines.write(out, "DTSTART;VALUE=DATE:" + DATE.format(event.date().earliest()));
        IcsLines.write(out, "DTEND;VALUE=DATE:" + DATE.format(event.date().latest().plusDays(1)));
        IcsLines.write(out, "SUMMARY:" + IcsLines.escapeText(event.title()));
        IcsLines.write(out, "DESCRIPTION:" + IcsLines.escapeText(description(event)));
        if (event.place() != null) {
            IcsLines.write(out, "LOCATION:" + IcsLines.escapeText(event.place().toString()));
        }
        IcsLines.write(out, "CATEGORIES:" + IcsLines.escapeText(event.type().id()));
        IcsLines.write(out, "TRANSP:TRANSPARENT");
        IcsLines.write(out, "END:VEVENT");
    }

    /** The summary, a blank line, the date with its precision in words, then the sources when there are any. */
    static String description(Event event) {
        StringBuilder b = new StringBuilder();
        if (!event.summary().isEmpty()) {
            b.append(event.summary()).append("\n\n");
        }
        b.append("Date: ").append(event.date()).append(" (").append(event.date().describe()).append(')');
        if (!event.sources().isEmpty()) {
            b.append("\nSources: ").append(Cells.sources(event));
        }
        return b.toString();
    }

    /** The fixed timestamp, or the one derived from the data as the class comment says. */
    static Instant stamp(FormatContext context) {
        if (context.timestamp() != null) {
            return context.timestamp().truncatedTo(ChronoUnit.SECONDS);
        }
        LocalDate latest = null;
        for (Event event : context.dataset().events()) {
            for (Source source : event.sources()) {
                if (source.published() == null) {
                    continue;
                }
                LocalDate day = source.published().latest();
                if (!day.isBefore(FIRST) && !day.isAfter(LAST) && (latest == null || day.isAfter(latest))) {
                    latest = day;
                }
            }
        }
        return latest == null ? Instant.EPOCH : latest.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static String count(int events) {
        return events == 1 ? "1 event" : events + " events";
    }
}
