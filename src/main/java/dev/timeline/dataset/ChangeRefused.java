package dev.timeline.dataset;

/**
 * A change to a dataset that the user asked for and that cannot be made as asked (an unknown event, an id already
 * taken, an actor still referred to): a usage error, exit 2. The file is left as it was. A result that would not
 * pass {@code validate} is a {@link dev.timeline.io.DataException} instead (exit 1).
 */
public final class ChangeRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ChangeRefused(String message) {
        super(message);
    }
}
