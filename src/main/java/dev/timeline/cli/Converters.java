package dev.timeline.cli;

import dev.timeline.dates.PeriodExpression;
import dev.timeline.dates.Precision;
import dev.timeline.dates.Window;
import dev.timeline.model.Coded;
import dev.timeline.model.EventType;
import dev.timeline.model.Names;
import dev.timeline.model.Role;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** picocli converters for the domain types; each error names the value and shows the expected form. */
final class Converters {

    private Converters() {
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

    static final class TypeConverter implements ITypeConverter<EventType> {
        @Override
        public EventType convert(String text) {
            return coded(EventType.class, "event type", text);
        }
    }

    static final class RoleConverter implements ITypeConverter<Role> {
        @Override
        public Role convert(String text) {
            return coded(Role.class, "role", text);
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
            super(List.of("overlaps", "within"));
        }
    }

    static final class SortOrders extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        SortOrders() {
            super(List.of("date", "-date"));
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
