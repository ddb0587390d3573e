package dev.timeline.cli;

/** Any failure meant for a person: one line of message and the exit code to end with. */
public final class TimelineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public TimelineException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public TimelineException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public static TimelineException usage(String message) {
        return new TimelineException(ExitCode.USAGE, message);
    }

    public static TimelineException data(String message, Throwable cause) {
        return new TimelineException(ExitCode.DATA, message, cause);
    }

    public int exitCode() {
        return exitCode;
    }
}
