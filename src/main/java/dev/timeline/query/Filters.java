package dev.timeline.query;

import dev.timeline.dates.PeriodExpression;
import dev.timeline.dates.Precision;
import dev.timeline.dates.Window;
import dev.timeline.model.EventType;
import dev.timeline.model.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * The filters as people type them, before anything is resolved: actor names rather than ids, pivots as the text
 * given ({@code EVENT-ID} or a date), words as typed. {@link Selector} turns them into a {@link Query} against a
 * store. Nulls stand for options not given; lists are never null. The command line fills it from its options.
 *
 * @param from       events that may fall on or after this range's first day (a day, month or year), or null
 * @param to         events that may fall on or before this range's last day, or null
 * @param in         events in this period, or null; not with {@code from}/{@code to}
 * @param around     an event id or a period: events near it, widened by {@code window}; or null
 * @param window     how far {@code around} looks on each side, or null for 7 days (only with {@code around})
 * @param before     an event id or a period: events certainly before it, or null
 * @param after      an event id or a period: events certainly after it, or null
 * @param match      how {@code from}/{@code to}, {@code in} and {@code around} compare an event's span
 * @param precision  events known at least this precisely, or null
 * @param actors     actor names: events involving any of them (and their parts unless {@code exactActor})
 * @param exactActor match {@code actors} and {@code with} alone, not what is part of them
 * @param with       actor names: events involving every one of them
 * @param roles      narrows {@code actors} to these roles (alone: any actor in them)
 * @param types      any of these event types
 * @param tags       any of these tags, as typed
 * @param places     place names or ISO alpha-3 country codes, as typed, any of
 * @param sources    source outlets, as typed, any of
 * @param text       phrases whose every word must occur in title or summary
 * @param sort       the order
 * @param limit      at most this many events (1 or more), or null for all
 * @param datasets   names of datasets read ({@code --dataset}): events from any of them; empty for any
 */
public record Filters(LocalDateRange from, LocalDateRange to, PeriodExpression in, String around, Window window,
        String before, String after, Match match, Precision precision, List<String> actors, boolean exactActor,
        List<String> with, List<Role> roles, List<EventType> types, List<String> tags, List<String> places,
        List<String> sources, List<String> text, SortOrder sort, Integer limit, List<String> datasets) {

    /** No filter: every event, oldest first. */
    public static final Filters NONE = new Filters(null, null, null, null, null, null, null, Match.OVERLAPS, null,
            List.of(), false, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            SortOrder.DATE, null, List.of());

    public Filters {
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(sort, "sort");
        actors = List.copyOf(actors);
        with = List.copyOf(with);
        roles = List.copyOf(roles);
        types = List.copyOf(types);
        tags = List.copyOf(tags);
        places = List.copyOf(places);
        sources = List.copyOf(sources);
        text = List.copyOf(text);
        datasets = List.copyOf(datasets);
    }

    /**
     * The days the date filters ({@code from}/{@code to}, {@code in}) allow, known before any data is read; null
     * when they allow any day or depend on the data ({@code around} an event). Big files index their actors for
     * these days first.
     */
    public LocalDateRange dayHint() {
        if (in != null) {
            return in.range();
        }
        if (from != null || to != null) {
            LocalDate start = from == null ? LocalDate.MIN : from.getStart();
            LocalDate end = to == null ? LocalDate.MAX : to.getEndInclusive();
            return start.isAfter(end) ? null : LocalDateRange.ofClosed(start, end);
        }
        return null;
    }
}
