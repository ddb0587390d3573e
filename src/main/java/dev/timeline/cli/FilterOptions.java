package dev.timeline.cli;

import dev.timeline.model.Actor;
import dev.timeline.query.ActorResolver;
import dev.timeline.query.Match;
import dev.timeline.query.Query;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.threeten.extra.LocalDateRange;
import picocli.CommandLine.Option;

/** The filters every command that selects events shares. */
final class FilterOptions {

    @Option(names = "--from", paramLabel = "DATE", converter = DayConverter.class,
            description = {"Events that may fall on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD; inclusive: "
                    + "2023-03 means from March 1).", "Example: --from 2023-01"})
    LocalDateRange from;

    @Option(names = "--to", paramLabel = "DATE", converter = DayConverter.class,
            description = {"Events that may fall on or before DATE (inclusive: --to 2023-03 means through "
                    + "March 31).", "An event with a partial date is listed when the span it may cover overlaps "
                    + "the range.", "Example: --to 2023-03-31"})
    LocalDateRange to;

    @Option(names = "--actor", paramLabel = "NAME",
            description = {"Events involving NAME (id, name or alias, any case) or anything part of it; "
                    + "repeat for any of several.", "Example: --actor Iran --actor Israel"})
    List<String> actors = List.of();

    /** The query these options describe; unknown actor names and reversed ranges are usage errors. */
    Query query(ActorResolver resolver) {
        LocalDate start = from == null ? LocalDate.MIN : from.getStart();
        LocalDate endInclusive = to == null ? null : to.getEndInclusive();
        if (from != null && to != null && from.getStart().isAfter(endInclusive)) {
            throw TimelineException.usage("--from " + from.getStart() + " is after --to " + endInclusive
                    + "; the range would be empty");
        }
        LocalDateRange range = endInclusive == null ? LocalDateRange.ofUnboundedEnd(start)
                : LocalDateRange.ofClosed(start, endInclusive);
        Set<String> ids = new LinkedHashSet<>();
        for (String name : actors) {
            Actor actor = resolver.find(name).orElseThrow(() -> unknownActor(name, resolver));
            ids.addAll(resolver.withParts(actor.id()));
        }
        return new Query(range, Match.OVERLAPS, ids);
    }

    private static TimelineException unknownActor(String name, ActorResolver resolver) {
        List<String> near = resolver.suggest(name);
        String hint = near.isEmpty() ? "; no known actor has a similar name"
                : " (did you mean " + String.join(" or ", near.stream().map(n -> "'" + n + "'").toList()) + "?)";
        return TimelineException.usage("unknown actor '" + name + "' for --actor" + hint);
    }
}
