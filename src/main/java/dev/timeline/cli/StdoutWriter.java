package dev.timeline.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
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

        /** What went wrong, for a person: "no space left on device", "standard output is closed". */
        String reason() {
            String message = getMessage();
            if (message == null || message.isBlank()) {
                return "input/output error";
            }
            if (message.contains("Bad file descriptor") || message.contains("Stream Closed")) {
                return "standard output is closed";
            }
            return Character.toLowerCase(message.charAt(0)) + message.substring(1);
        }
    }

    /** The PrintWriter main prints through; binary formats reach the bytes under it. */
    static final class Printer extends PrintWriter {
        private final StdoutWriter stdout;

        Printer(StdoutWriter stdout) {
            super(stdout, false);
            this.stdout = stdout;
        }

        /** Standard output's byte stream, the text printed so far flushed first. */
        OutputStream bytes() {
            flush();
            return stdout.bytes();
        }
    }

    private final OutputStream bytes;
    private final Writer out;

    StdoutWriter() {
        this(new FileOutputStream(FileDescriptor.out));
    }

    /** Standard output as {@code bytes}; tests pass a stream that fails. */
    StdoutWriter(OutputStream bytes) {
        this.bytes = bytes;
        this.out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
    }

    /**
     * The byte stream under this writer, for binary formats (xlsx): the text written so far is flushed first. The
     * stream's failures are plain {@link IOException}s.
     */
    OutputStream bytes() {
        flush();
        return bytes;
    }

    /** Set by the first failure, which was reported: what follows is dropped rather than failing again. */
    private boolean failed;

    @Override
    public void write(char[] buffer, int offset, int length) {
        if (failed) {
            return;
        }
        try {
            out.write(buffer, offset, length);
        } catch (IOException e) {
            failed = true;
            throw new OutputFailure(e);
        }
    }

    @Override
    public void flush() {
        if (failed) {
            return;
        }
        try {
            out.flush();
        } catch (IOException e) {
            failed = true;
            throw new OutputFailure(e);
        }
    }

    @Override
    public void close() {
        flush();
    }
}
