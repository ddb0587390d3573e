package dev.timeline.dates;

/**
 * A text that is not an EDTF date this project accepts (level 0 or level 1). The message is one line for a
 * person: what is wrong and the expected form; it does not repeat the input, which {@link #input()} holds.
 */
public final class EdtfException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String input;
    private final int index;

    public EdtfException(String input, int index, String message) {
        super(message);
        this.input = input;
        this.index = index;
    }

    /** The text that was refused. */
    public String input() {
        return input;
    }

    /** Zero-based offset in {@link #input()} where the problem was found. */
    public int index() {
        return index;
    }
}
