package dev.timeline.cli;

import dev.timeline.format.BinaryFormatter;
import dev.timeline.format.Formatter;
import dev.timeline.io.AtomicFile;
import dev.timeline.io.DataException;
import dev.timeline.model.Event;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;

/** Sends a formatter's output to stdout or, atomically, to a file. */
final class Output {

    /** Names of standard output that a pipe gives no file for: written through stdout instead. */
    private static final Set<String> STDOUT_NAMES = Set.of("-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1");

    private Output() {
    }

    /**
     * Where a command writes when a person may be reading: {@code stdout} itself, unless the output goes to a
     * terminal in a format that writes data as it is (CSV, JSON…; not the table or Markdown, which pass every text
     * through the sanitiser and may colour), where every character passes {@link ErrorHandler#escaping}, so no
     * control code from the data reaches the terminal.
     */
    static PrintWriter forPerson(PrintWriter stdout, Path target, boolean terminal, boolean sanitisesItself) {
        return isStdout(target) && terminal && !sanitisesItself ? ErrorHandler.escaping(stdout) : stdout;
    }

    /** Whether {@code target} (an -o value, null when not given) means standard output. */
    static boolean isStdout(Path target) {
        return target == null || STDOUT_NAMES.contains(target.toString());
    }

    /**
     * Writes {@code events} with {@code formatter} to {@code target}, or to {@code stdout} when the target is
     * null, {@code -} or {@code /dev/stdout}. A failure leaves an existing file as it was and becomes exit code 1
     * naming the path.
     */
    static void write(Path target, PrintWriter stdout, Formatter formatter, Iterable<Event> events) {
        if (isStdout(target)) {
            try {
                if (formatter instanceof BinaryFormatter binary) {
                    if (!(stdout instanceof StdoutWriter.Printer printer)) {
                        throw TimelineException.usage("a binary format cannot be written to this output; use -o FILE");
                    }
                    binary.write(events, printer.bytes());
                    printer.bytes().flush();
                } else {
                    formatter.write(events, stdout);
                }
            } catch (IOException e) {
                if (formatter instanceof BinaryFormatter) {
                    throw new StdoutWriter.OutputFailure(e);
                }
                throw new UncheckedIOException(e); // a PrintWriter does not throw these; StdoutWriter reports its own
            }
            stdout.flush();
            return;
        }
        try (AtomicFile file = AtomicFile.open(target)) {
            if (formatter instanceof BinaryFormatter binary) {
                binary.write(events, file.stream());
            } else {
                formatter.write(events, file.writer());
            }
            file.commit();
        } catch (IOException e) {
            throw TimelineException.data("cannot write " + target + ": " + reason(e), e);
        }
    }

    private static String reason(IOException e) {
        return DataException.why(e);
    }
}
