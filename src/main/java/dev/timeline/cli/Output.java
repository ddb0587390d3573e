package dev.timeline.cli;

import dev.timeline.format.Formatter;
import dev.timeline.model.Event;
import dev.timeline.store.AtomicFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Sends a formatter's output to stdout or, atomically, to a file. */
final class Output {

    private Output() {
    }

    /**
     * Writes {@code events} with {@code formatter} to {@code target}, or to {@code stdout} when the target is
     * null or {@code -}. A failure leaves an existing file as it was and becomes exit code 1 naming the path.
     */
    static void write(Path target, PrintWriter stdout, Formatter formatter, Iterable<Event> events) {
        if (target == null || target.toString().equals("-")) {
            try {
                formatter.write(events, stdout);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a PrintWriter does not throw these; StdoutWriter reports its own
            }
            stdout.flush();
            return;
        }
        try (AtomicFile file = AtomicFile.open(target)) {
            formatter.write(events, file.writer());
            file.commit();
        } catch (IOException e) {
            throw TimelineException.data("cannot write " + target + ": " + reason(e), e);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
