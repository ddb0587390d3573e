package dev.timeline.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;

/**
 * Drops the byte order mark some editors (Notepad, Excel) put at the start of a UTF-8 file: decoded it is the
 * character U+FEFF, which is no JSON and would stop the parser at line 1, column 1. Lazily, at the first read, so
 * that a decoding error there is reported by the reader's user like any other.
 */
public final class Bom extends FilterReader {

    private static final int MARK = '\uFEFF';
    private boolean started;

    private Bom(Reader in) {
        super(new PushbackReader(in, 1));
    }

    /** {@code in} without a leading U+FEFF. */
    public static Reader skip(Reader in) {
        return new Bom(in);
    }

    private void start() throws IOException {
        if (!started) {
            started = true;
            int first = in.read();
            if (first >= 0 && first != MARK) {
                ((PushbackReader) in).unread(first);
            }
        }
    }

    @Override
    public int read() throws IOException {
        start();
        return in.read();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        start();
        return in.read(buffer, offset, length);
    }
}
