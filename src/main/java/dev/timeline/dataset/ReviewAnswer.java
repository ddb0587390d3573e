package dev.timeline.dataset;

import java.util.Locale;
import java.util.Optional;

/** What a person answers for a draft in {@code timeline review}: one letter (or the word) a line. */
public enum ReviewAnswer {
    ACCEPT, EDIT, SKIP, QUIT;

    /** The answer {@code line} gives ("a", "accept", " E "...), or empty for anything else (a blank line too). */
    public static Optional<ReviewAnswer> parse(String line) {
        String typed = line == null ? "" : line.strip().toLowerCase(Locale.ROOT);
        for (ReviewAnswer answer : values()) {
            String word = answer.name().toLowerCase(Locale.ROOT);
            if (!typed.isEmpty() && (typed.equals(word) || typed.equals(word.substring(0, 1)))) {
                return Optional.of(answer);
            }
        }
        return Optional.empty();
    }
}
