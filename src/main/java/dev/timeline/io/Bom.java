package dev.timeline.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

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

    /**
     * The bytes of {@code in} decoded as UTF-8, where malformed input is an error (a {@code MalformedInputException}
     * at the read that meets it), not U+FFFD. Closing the reader closes {@code in}.
     */
    public static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
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
