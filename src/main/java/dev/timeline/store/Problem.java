package dev.timeline.store;

/**
 * One thing wrong (or suspicious) in a data file, with where it is.
 *
 * @param file    the file as the user named it
 * @param line    1-based line, 0 when unknown
 * @param column  1-based column, 0 when unknown
 * @param message what is wrong and what was expected, one line
 */
public record Problem(String file, int line, int column, String message) {

    /** {@code FILE:LINE:COLUMN: message}, the form compilers and editors understand. */
    @Override
    public String toString() {
        if (line <= 0) {
            return file + ": " + message;
        }
        return file + ":" + line + ":" + column + ": " + message;
    }
}
