package dev.timeline.format;

import dev.timeline.model.Event;
import dev.timeline.query.Corroboration;
import dev.timeline.query.CorroborationGroup;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The formats that show corroborated records ({@code --corroborate}) once per group: a table row, or a JSON object
 * with a {@code corroboratedBy} array, for the record the group is shown by ({@link CorroborationGroup#shownBy}); the group's other records are left out where
 * they would have come, and records in no group are written as usual.
 */
public final class CorroborationFormats {

    /** The formats that can show groups. */
    public static final Set<OutputFormat> SUPPORTED = Set.of(OutputFormat.TABLE, OutputFormat.JSON,
            OutputFormat.JSONL);

    private CorroborationFormats() {
    }

    /** "table, json, jsonl", for messages. */
    public static String supported() {
        return Arrays.stream(OutputFormat.values()).filter(SUPPORTED::contains).map(OutputFormat::id)
                .collect(Collectors.joining(", "));
    }

    /**
     * The formatter for {@code format} showing the groups of {@code corroboration}, which was built over the events
     * it will be given (the same instances).
     *
     * @throws IllegalArgumentException when {@code format} is not one of {@link #SUPPORTED}
     */
    public static Formatter formatter(OutputFormat format, FormatContext context, Corroboration corroboration) {
        return formatter(format, context, corroboration, List.of());
    }

    /**
     * As {@link #formatter(OutputFormat, FormatContext, Corroboration)}, a group shown by its record of the
     * dataset that comes first in {@code datasets} among its most precise ({@link CorroborationGroup#shownBy}).
     */
    public static Formatter formatter(OutputFormat format, FormatContext context, Corroboration corroboration,
            List<String> datasets) {
        Formatter inner = switch (format) {
            case TABLE -> new TableFormatter(context, corroboration);
            case JSON -> JsonFormatter.array(context).corroborated(corroboration);
            case JSONL -> JsonFormatter.lines(context).corroborated(corroboration);
            default -> throw new IllegalArgumentException("--format " + format + " does not show corroboration");
        };
        return (events, out) -> inner.write(() -> headlines(events.iterator(), corroboration, context.pivotId(), datasets), out);
    }

    /** "acled/123" for a record of a named dataset, its id alone for a one-dataset run's. */
    static String record(Event event) {
        return event.dataset() == null ? event.id() : event.dataset() + "/" + event.id();
    }

    /** A record of a group that is not the one the group is shown by ({@link CorroborationGroup#shownBy}): skipped. */
    private static boolean skipped(Event event, Corroboration corroboration, String pivotId, List<String> datasets) {
        CorroborationGroup group = corroboration.groupOf(event);
        return group != null && group.shownBy(pivotId, datasets) != event;
    }

    private static Iterator<Event> headlines(Iterator<Event> events, Corroboration corroboration, String pivotId,
            List<String> datasets) {
        return new Iterator<>() {
            private Event next;

            @Override
            public boolean hasNext() {
                while (next == null && events.hasNext()) {
                    Event e = events.next();
                    if (!skipped(e, corroboration, pivotId, datasets)) {
                        next = e;
                    }
                }
                return next != null;
            }

            @Override
            public Event next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Event e = next;
                next = null;
                return e;
            }
        };
    }
}
