package dev.timeline.format;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.timeline.dates.Precision;
import dev.timeline.io.Json;
import dev.timeline.model.Actor;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.model.Participation;
import dev.timeline.model.Role;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * The TimelineJS3 JSON format (Knight Lab): a title slide, one slide per event, and the context periods as eras.
 * Shaped like the examples TimelineJS ships ({@code ../shared/corpora/timelinejs3}): date parts are strings, keys
 * are those of its documented slide, date, text and era objects. Two-space indented, one trailing newline.
 *
 * <ul>
 *   <li>Title slide: the dataset's title as {@code headline}, its description as {@code text}.</li>
 *   <li>Slides: dates as {@link TimelineJsWhen#slide} says (no invented day or month; words in
 *       {@code display_date} where the dates alone would mislead); {@code text.headline} the title;
 *       {@code text.text} the summary and a "Sources:" paragraph; {@code group} the name of the primary actor (the
 *       first initiator, else the first actor; none when the event names no actor); {@code unique_id} the event id.
 *       An event with no known day at all ({@code XXXX}, {@code ../..}) is left out, with a count on
 *       {@link FormatContext#notices()}, since a slide needs a start date.</li>
 *   <li>Eras: every {@code policy-period} or {@code war} event also becomes an era (headline only), after its
 *       slide. An era needs both ends: an open end is closed at the last bounded day of the dataset's events (an
 *       open start at the first), taken from the whole dataset so that a query does not move it.</li>
 *   <li>Every text ({@code headline}, {@code text}, {@code group}, {@code display_date}) is HTML-escaped: TimelineJS
 *       puts them into the page as HTML.</li>
 * </ul>
 *
 * <p>Slides are written as the events come; eras are held (a date pair and a headline each) and written at the end.
 */
final class TimelineJsFormatter implements Formatter {

    private final FormatContext context;
    private final Map<String, Actor> actors;

    TimelineJsFormatter(FormatContext context) {
        this.context = context;
        this.actors = context.actors();
    }

    @Override
    public void write(Iterable<Event> events, Writer out) throws IOException {
        LocalDateRange known = null;
        List<Era> eras = new ArrayList<>();
        int slides = 0;
        int undated = 0;
        try (JsonGenerator json = Json.FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(Json.prettyPrinter("  "));
            json.writeStartObject();
            writeTitle(json);
            json.writeArrayFieldStart("events");
            for (Event event : events) {
                Optional<TimelineJsWhen> when = TimelineJsWhen.slide(event.date());
                if (when.isEmpty()) {
                    undated++;
                    continue;
                }
                writeSlide(json, event, when.get());
                slides++;
                if (event.type() == EventType.POLICY_PERIOD || event.type() == EventType.WAR) {
                    if (known == null && (event.date().isOpenStart() || event.date().isOpenEnd())) {
                        known = knownDays(context.dataset().events());
                    }
                    Optional<TimelineJsWhen> era = TimelineJsWhen.era(event.date(), known);
                    if (era.isPresent()) {
                        eras.add(new Era(era.get(), event.title()));
                    }
                }
            }
            json.writeEndArray();
            if (!eras.isEmpty()) {
                json.writeArrayFieldStart("eras");
                for (Era era : eras) {
                    json.writeStartObject();
                    era.when().start().write(json, "start_date");
                    era.when().end().write(json, "end_date");
                    json.writeObjectFieldStart("text");
                    json.writeStringField("headline", html(era.headline()));
                    json.writeEndObject();
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeRaw('\n');
        }
        if (undated > 0) {
            context.notices().accept("timelinejs: left out " + (undated == 1 ? "1 event" : undated + " events")
                    + " with no known date (a slide needs a start date)");
        }
        if (slides == 0) {
            context.notices().accept("timelinejs: no events to show (TimelineJS needs at least one to draw)");
        }
    }

    private void writeTitle(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("title");
        json.writeObjectFieldStart("text");
        json.writeStringField("headline", html(context.dataset().title()));
        if (context.dataset().description() != null) {
            json.writeStringField("text", html(context.dataset().description()));
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private void writeSlide(JsonGenerator json, Event event, TimelineJsWhen when) throws IOException {
        json.writeStartObject();
        when.start().write(json, "start_date");
        if (when.end() != null) {
            when.end().write(json, "end_date");
        }
        if (when.display() != null) {
            json.writeStringField("display_date", html(when.display()));
        }
        json.writeObjectFieldStart("text");
        json.writeStringField("headline", html(event.title()));
        json.writeStringField("text", text(event));
        json.writeEndObject();
        String group = group(event);
        if (group != null) {
            json.writeStringField("group", html(group));
        }
        json.writeStringField("unique_id", event.id());
        json.writeEndObject();
    }

    /** The summary as a paragraph, then "Sources: ..." as another; each escaped. */
    private static String text(Event event) {
        StringBuilder b = new StringBuilder();
        if (!event.summary().isEmpty()) {
            b.append("<p>").append(html(event.summary())).append("</p>");
        }
        if (!event.sources().isEmpty()) {
            b.append("<p>Sources: ").append(html(Cells.sources(event))).append("</p>");
        }
        return b.toString();
    }

    /** The name of the first initiator, else of the first actor; null when the event names none. */
    private String group(Event event) {
        Participation primary = event.actors().stream().filter(p -> p.role() == Role.INITIATOR).findFirst()
                .orElse(event.actors().isEmpty() ? null : event.actors().get(0));
        return primary == null ? null : Cells.name(primary, actors);
    }

    /** {@code text} with {@code & < > " '} as HTML character references. */
    static String html(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** From the first to the last bounded day of {@code events} (precision unknown left aside), or null. */
    static LocalDateRange knownDays(List<Event> events) {
        LocalDate first = null;
        LocalDate last = null;
        for (Event event : events) {
            if (event.date().precision() == Precision.UNKNOWN) {
                continue;
            }
            for (LocalDate day : List.of(event.date().earliest(), event.date().latest())) {
                if (day.equals(LocalDate.MIN) || day.equals(LocalDate.MAX)) {
                    continue;
                }
                first = first == null || day.isBefore(first) ? day : first;
                last = last == null || day.isAfter(last) ? day : last;
            }
        }
        return first == null ? null : LocalDateRange.ofClosed(first, last);
    }

    private record Era(TimelineJsWhen when, String headline) {
    }
}
