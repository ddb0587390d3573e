package dev.timeline.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Standard output as UTF-8 whose failures are not swallowed. {@link java.io.PrintWriter} hides I/O errors; this
 * writer turns them into {@link OutputFailure}, which passes through a PrintWriter and stops the command: a
 * closed pipe ({@code timeline list | head -1}) ends quietly, a full disk ({@code > /dev/full}) is an error.
 */
final class StdoutWriter extends Writer {

    /** Writing to standard output failed; {@link #brokenPipe()} when the reader went away. */
    static final class OutputFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutputFailure(IOException cause) {
            super(cause.getMessage(), cause);
        }

        boolean brokenPipe() {
            String message = getMessage();
            return message != null && message.contains("Broken pipe");
        }
    }

    private final Writer out = new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
            StandardCharsets.UTF_8);

    @Override
    public void write(char[] buffer, int offset, int length) {
        try {
            out.write(buffer, offset, length);
        } catch (IOException e) {
            throw new OutputFailure(e);
        }
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new OutputFailure(e);
        }
    }

    @Override
    public void close() {
        flush();
    }
}
