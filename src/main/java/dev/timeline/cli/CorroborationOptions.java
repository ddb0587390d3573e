package dev.timeline.cli;

import dev.timeline.dates.Window;
import dev.timeline.model.Event;
import dev.timeline.query.ActorLinks;
import dev.timeline.query.Corroboration;
import dev.timeline.query.EventStore;
import dev.timeline.text.TerminalText;
import java.time.Period;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --corroborate} and {@code --tolerance}: group the records of different datasets that describe the same
 * incident ({@link Corroboration} holds the rule), for list, export and stats.
 */
final class CorroborationOptions {

    @Option(names = "--corroborate", order = 45,
            description = {"Show records of different datasets (--data given more than once) that describe the same "
                    + "incident once, with every record's dataset, id and sources: spans at most --tolerance apart "
                    + "(a month-precise record spans its month), a shared actor after linking, compatible types.",
                "Example: --data mine.json --data acled.csv --around mp-fazil-mustafa-shot --window 3d "
                    + "--corroborate"})
    boolean corroborate;

    @Option(names = "--tolerance", paramLabel = "DAYS", order = 46, converter = ToleranceConverter.class,
            description = {"How many days apart two day-precise records may be and still corroborate each other: 0d "
                    + "to 31d, or weeks (default: 1d).", "Example: --corroborate --tolerance 2d"})
    Integer tolerance;

    /** The tolerance asked for, or the default; a usage error when it is given without what it tunes. */
    int toleranceDays(boolean used) {
        if (tolerance != null && !used) {
            throw TimelineException.usage("--tolerance applies with --corroborate");
        }
        return tolerance == null ? Corroboration.DEFAULT_TOLERANCE_DAYS : tolerance;
    }

    /**
     * The actor keys of the records of {@code store} through {@code links}, the run's crosswalk and the country
     * rule: records of different datasets share an actor only when these link them.
     */
    static Function<Event, Set<String>> keys(EventStore store, ActorLinks links) {
        return Corroboration.actorKeys(links, store.actorsById());
    }


    /** How many datasets {@code events} come from (a one-dataset run's events, with none, count as one). */
    static int datasets(Collection<Event> events) {
        Set<String> names = new HashSet<>();
        for (Event e : events) {
            names.add(e.dataset() == null ? "" : e.dataset());
        }
        return names.size();
    }

    /** The notice for a corroboration asked of one dataset's events: nothing can corroborate them. */
    static final String ONE_DATASET = "--corroborate: the events come from one dataset; records are corroborated "
            + "only by another dataset's (give --data more than once)";

    /** A --tolerance: days as {@code 2d}, {@code 1w} or {@code P3D}, 0 to 31 days. */
    static final class ToleranceConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            Period period;
            try {
                period = Window.parse(text).period();
            } catch (IllegalArgumentException e) {
                period = null;
            }
            if (period == null || period.getYears() != 0 || period.getMonths() != 0 || period.getDays() < 0
                    || period.getDays() > Corroboration.MAX_TOLERANCE_DAYS) {
                throw new TypeConversionException("'" + TerminalText.line(text) + "' is not a tolerance; expected "
                        + "days from 0d to " + Corroboration.MAX_TOLERANCE_DAYS + "d (or 1w, P2D)");
            }
            return period.getDays();
        }
    }
}
