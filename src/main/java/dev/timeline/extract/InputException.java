package dev.timeline.extract;

/** Input the extractor cannot read as an English article: the message says what is wrong, for a person. */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
