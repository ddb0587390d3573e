package dev.timeline.query;

import java.util.Optional;

/** The order of a listing, as {@code --sort} spells it. */
public enum SortOrder {
    /** Oldest first: {@code date} (or {@code +date}). */
    DATE("date"),
    /** Newest first: {@code -date}. */
    DATE_DESCENDING("-date");

    private final String id;

    SortOrder(String id) {
        this.id = id;
    }

    /** The order {@code text} names ({@code date}, {@code +date} or {@code -date}, blanks around ignored). */
    public static Optional<SortOrder> parse(String text) {
        return switch (text.strip()) {
            case "date", "+date" -> Optional.of(DATE);
            case "-date" -> Optional.of(DATE_DESCENDING);
            default -> Optional.empty();
        };
    }

    public boolean descending() {
        return this == DATE_DESCENDING;
    }

    @Override
    public String toString() {
        return id;
    }
}
