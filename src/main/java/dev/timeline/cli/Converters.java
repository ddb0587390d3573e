package dev.timeline.cli;

import dev.timeline.dates.PeriodExpression;
import dev.timeline.dates.Precision;
import dev.timeline.dates.Window;
import dev.timeline.engine.Dialect;
import dev.timeline.engine.Engine;
import dev.timeline.model.Coded;
import dev.timeline.model.EventType;
import dev.timeline.model.Names;
import dev.timeline.model.Place;
import dev.timeline.model.Role;
import dev.timeline.chart.LaneMode;
import dev.timeline.dataset.DraftEvent;
import dev.timeline.dates.EventDate;
import dev.timeline.format.OutputFormat;
import dev.timeline.format.ReportFormat;
import dev.timeline.query.Match;
import dev.timeline.query.SortOrder;
import dev.timeline.query.Stats;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * picocli converters for the domain types; each error names the value and shows the expected form. They are
 * registered once, by type, in the factory ({@link #registerAll}); an option names a converter only when its type is
 * a general one with a meaning of its own there (a --limit, an -o path).
 */
final class Converters {

    private Converters() {
    }

    /** Registers a converter for every domain type with {@code cmd} and the subcommands it has now. */
    static void registerAll(CommandLine cmd) {
        cmd.registerConverter(LocalDateRange.class, new DayConverter());
        cmd.registerConverter(PeriodExpression.class, new PeriodConverter());
        cmd.registerConverter(Window.class, new WindowConverter());
        cmd.registerConverter(Precision.class, new PrecisionConverter());
        cmd.registerConverter(EventType.class, new CodedConverter<>(EventType.class, "event type"));
        cmd.registerConverter(Role.class, new CodedConverter<>(Role.class, "role"));
        cmd.registerConverter(OutputFormat.class, new CodedConverter<>(OutputFormat.class, "format"));
        cmd.registerConverter(ReportFormat.class, new CodedConverter<>(ReportFormat.class, "format"));
        cmd.registerConverter(LaneMode.class, new CodedConverter<>(LaneMode.class, "lane kind"));
        cmd.registerConverter(Stats.By.class, new StatsCommand.ByConverter());
        cmd.registerConverter(Match.class, new MatchConverter());
        cmd.registerConverter(Engine.class, new CodedConverter<>(Engine.class, "engine"));
        cmd.registerConverter(Dialect.class, new CodedConverter<>(Dialect.class, "dialect"));
        cmd.registerConverter(SortOrder.class, new SortConverter());
        cmd.registerConverter(EventDate.class, new DraftConverter<>(true));
        cmd.registerConverter(Place.class, new DraftConverter<>(false));
    }

    // Converters are classes, not lambdas: on JDK 17 each lambda is linked when registered, a third of a millisecond
    // each in a short run, and every run registers them all.

    /** One of a coded enum's ids ({@link #coded}), {@code what} naming it in the message. */
    private record CodedConverter<E extends Enum<E> & Coded>(Class<E> type, String what) implements ITypeConverter<E> {
        @Override
        public E convert(String text) {
            return coded(type, what, text);
        }
    }

    /** A date or a place as a draft event writes it; the parser's {@link IllegalArgumentException} names the form. */
    private record DraftConverter<T>(boolean date) implements ITypeConverter<T> {
        @Override
        @SuppressWarnings("unchecked")
        public T convert(String text) {
            try {
                return (T) (date ? DraftEvent.parseDate(text) : DraftEvent.parsePlace(text));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class PeriodConverter implements ITypeConverter<PeriodExpression> {
        @Override
        public PeriodExpression convert(String text) {
            try {
                return PeriodExpression.parse(text);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class WindowConverter implements ITypeConverter<Window> {
        @Override
        public Window convert(String text) {
            try {
                return Window.parse(text);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** A --match: overlaps or within, in any case. */
    static final class MatchConverter implements ITypeConverter<Match> {
        @Override
        public Match convert(String text) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "overlaps" -> Match.OVERLAPS;
                case "within" -> Match.WITHIN;
                default -> throw new TypeConversionException("'" + text + "'; expected overlaps or within");
            };
        }
    }

    /** A --sort: date (or +date) or -date. */
    static final class SortConverter implements ITypeConverter<SortOrder> {
        @Override
        public SortOrder convert(String text) {
            Optional<SortOrder> order = SortOrder.parse(text);
            if (order.isEmpty()) {
                throw new TypeConversionException("'" + text + "'; expected date (oldest first) or -date (newest "
                        + "first)");
            }
            return order.get();
        }
    }

    static final class PrecisionConverter implements ITypeConverter<Precision> {

        @Override
        public Precision convert(String text) {
            return Arrays.stream(Precision.values()).filter(p -> p.id().equalsIgnoreCase(text.strip())).findFirst()
                    .orElseThrow(() -> new TypeConversionException("'" + text + "' is not a precision; expected one "
                            + "of: day, month, season, year, decade, century"));
        }
    }

    static <E extends Enum<E> & Coded> E coded(Class<E> type, String what, String text) {
        return Coded.lookup(type, text).orElseThrow(() -> new TypeConversionException("unknown " + what + " '"
                + text + "'" + Names.didYouMean(text, Coded.ids(type)) + "; expected one of: "
                + String.join(", ", Coded.ids(type))));
    }

    /** A --limit: a whole number from 1 to the largest an int holds; anything else names the allowed range. */
    static final class LimitConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            long value;
            try {
                value = Long.parseLong(text.strip());
            } catch (NumberFormatException e) {
                value = Long.MIN_VALUE;
            }
            if (value < 1 || value > Integer.MAX_VALUE) {
                throw new TypeConversionException("'" + text + "' is not an allowed limit; expected a whole number "
                        + "from 1 to " + Integer.MAX_VALUE);
            }
            return (int) value;
        }
    }

    /** An -o value: any path, '-' for standard output; an empty one is a usage error, not "is a directory". */
    static final class OutputPathConverter implements ITypeConverter<Path> {
        @Override
        public Path convert(String text) {
            if (text.isBlank()) {
                throw new TypeConversionException("the file name is empty; expected a file name, or - for standard "
                        + "output");
            }
            try {
                return Path.of(text);
            } catch (InvalidPathException e) {
                throw new TypeConversionException("'" + text + "' is not a usable file name (" + e.getReason() + ")");
            }
        }
    }

    /** Completion candidates for options whose values are not enum constants' names. */
    static final class MatchModes extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        MatchModes() {
            for (Match match : Match.values()) {
                add(match.name().toLowerCase(Locale.ROOT));
            }
        }
    }

    static final class SortOrders extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        SortOrders() {
            for (SortOrder order : SortOrder.values()) {
                add(order.toString());
            }
        }
    }

    static final class Precisions extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Precisions() {
            super(List.of("day", "month", "season", "year", "decade", "century"));
        }
    }

    static final class Buckets extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Buckets() {
            super(List.of("month", "quarter", "year", "type", "actor", "quad"));
        }
    }
}
