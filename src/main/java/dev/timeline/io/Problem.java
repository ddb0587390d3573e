package dev.timeline.io;


/**
 * One thing wrong (or suspicious) in a data file, with where it is.
 *
 * @param file     the file as the user named it
 * @param line     1-based line, 0 when unknown
 * @param column   1-based column, 0 when unknown
 * @param message  what is wrong and what was expected, one line
 * @param severity an error (the file cannot be used) or a warning (it can, but looks wrong)
 */
public record Problem(String file, int line, int column, String message, Severity severity) {

    public enum Severity {
        ERROR, WARNING
    }

    /** An error. */
    public Problem(String file, int line, int column, String message) {
        this(file, line, column, message, Severity.ERROR);
    }

    /**
     * {@code FILE:LINE:COLUMN: message} ({@code FILE:LINE: message} when the column is unknown), the form
     * compilers and editors understand; warnings say
     * {@code warning: } before the message.
     */
    @Override
    public String toString() {
        String text = severity == Severity.WARNING ? "warning: " + message : message;
        if (line <= 0) {
            return file + ": " + text;
        }
        if (column <= 0) {
            return file + ":" + line + ": " + text; // columns count from 1; an unknown one is left out
        }
        return file + ":" + line + ":" + column + ": " + text;
    }
}
