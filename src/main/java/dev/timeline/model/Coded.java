package dev.timeline.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An enum constant with a stable lower-case spelling used in data files, options and output. */
public interface Coded {

    /** The stable spelling, e.g. {@code armed-attack}. */
    String id();

    /**
     * Finds the constant of {@code type} spelled {@code id}, ignoring case and treating {@code _} as {@code -}.
     *
     * @return the constant, or empty when none is spelled so (also when {@code id} is null)
     */
    static <E extends Enum<E> & Coded> Optional<E> lookup(Class<E> type, String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim().replace('_', '-');
        for (E e : type.getEnumConstants()) { // a loop, not a stream: this runs for every field of every record read
            if (e.id().equalsIgnoreCase(wanted)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Every spelling of {@code type}, in declaration order. */
    static <E extends Enum<E> & Coded> List<String> ids(Class<E> type) {
        List<String> ids = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            ids.add(e.id());
        }
        return List.copyOf(ids);
    }
}
