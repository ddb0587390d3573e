package dev.timeline.cli;

import dev.timeline.io.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A one-line progress bar on stderr for long work (indexing a big file, importing), drawn only once the work
 * has gone on for two seconds (quick work stays silent), redrawn at most ten times a second, and erased when
 * done. Used only when stderr is a terminal, so logs and pipes never see it.
 */
final class ProgressBar implements Progress {

    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final long delayNanos;
    private String what = "";
    private long total;
    private long done;
    private long started;
    private long drawn;
    private boolean shown;

    ProgressBar(PrintWriter err) {
        this(err, 2_000_000_000L);
    }

    /** A bar drawn once work has gone on for {@code delayNanos}. */
    ProgressBar(PrintWriter err, long delayNanos) {
        this.err = err;
        this.delayNanos = delayNanos;
    }

    /**
     * Whether stderr is a terminal. Java 17 can only ask that of stdout and stdin together
     * ({@code System.console()}), so this reads where file descriptor 2 points on Linux ({@code /dev/pts/N},
     * {@code /dev/ttyN}); elsewhere it answers no, and no bar is drawn.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    @Override
    public synchronized void start(String task, long expected) {
        what = task;
        total = Math.max(1, expected);
        done = 0;
        started = System.nanoTime();
        shown = false;
    }

    @Override
    public synchronized void advance(long amount) {
        done += amount;
        long now = System.nanoTime();
        if (now - started < delayNanos || shown && now - drawn < REDRAW_NANOS) {
            return;
        }
        drawn = now;
        shown = true;
        int percent = (int) Math.min(100, done * 100 / total);
        int width = 30;
        int filled = percent * width / 100;
        err.print("\rtimeline: " + what + " [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + percent
                + "%");
        err.flush();
    }

    @Override
    public synchronized void done() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
            shown = false;
        }
    }
}
