package dev.timeline.query;

/**
 * A query that cannot be built from what was typed: an unknown actor or event, options that contradict each other.
 * The message is one line for a person, naming the option and the value; the command line reports it as a usage
 * error (exit 2).
 */
public final class QueryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public QueryException(String message) {
        super(message);
    }
}
