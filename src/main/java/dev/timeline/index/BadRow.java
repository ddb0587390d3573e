package dev.timeline.index;


/** One record of a big input is malformed; the scanner adds file and line. Carries no stack trace: it is common. */
final class BadRow extends Exception {
    private static final long serialVersionUID = 1L;

    private final int column;

    BadRow(String message) {
        this(message, 0);
    }

    /** {@code column}: 1-based column within the record's first line, 0 when unknown. */
    BadRow(String message, int column) {
        super(message, null, false, false);
        this.column = column;
    }

    int column() {
        return column;
    }
}
