package dev.timeline.cli;

/** The exit codes of every command, as the design documents them. */
public final class ExitCode {
    /** Success, also when nothing matched. */
    public static final int OK = 0;
    /** The data could not be read or is invalid, or output could not be written. */
    public static final int DATA = 1;
    /** The command line was wrong: unknown option, bad value, unknown name. */
    public static final int USAGE = 2;

    private ExitCode() {
    }
}
