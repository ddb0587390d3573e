package dev.timeline.index;

import dev.timeline.io.Problem;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * Where a place in the JSON Lines copy of a JSON array ({@link JsonArrayLines}) is in the array file: each
 * element's line there, and where its own line breaks were (they became spaces in the copy), so that a problem
 * inside a pretty-printed element is reported on its own line and column. The breaks are kept as varint deltas,
 * about a byte each.
 */
final class ArrayPlacement implements UnaryOperator<Problem> {

    private int size;
    private int[] copyLine = new int[64];
    private int[] line = new int[64];
    private int[] column = new int[64];
    private int[] lead = new int[64];
    private long[] breaksFrom = new long[65];
    private byte[] breaks = new byte[256];
    private int breaksSize;

    /**
     * Records an element that starts at {@code line}:{@code column} in the array file and is on {@code copyLine}
     * of the copy after {@code lead} spaces; {@code bytes[0, length)} are its bytes as in the array file.
     */
    void add(int copyLine, int line, int column, int lead, byte[] bytes, int length) {
        if (size == this.copyLine.length) {
            int grown = size * 2;
            this.copyLine = Arrays.copyOf(this.copyLine, grown);
            this.line = Arrays.copyOf(this.line, grown);
            this.column = Arrays.copyOf(this.column, grown);
            this.lead = Arrays.copyOf(this.lead, grown);
            breaksFrom = Arrays.copyOf(breaksFrom, grown + 1);
        }
        this.copyLine[size] = copyLine;
        this.line[size] = line;
        this.column[size] = column;
        this.lead[size] = lead;
        breaksFrom[size] = breaksSize;
        int last = -1;
        for (int i = 0; i < length; i++) {
            if (bytes[i] == '\n') {
                put(i - last);
                last = i;
            }
        }
        size++;
        breaksFrom[size] = breaksSize;
    }

    private void put(int delta) {
        if (breaksSize + 5 > breaks.length) {
            breaks = Arrays.copyOf(breaks, breaks.length * 2);
        }
        int rest = delta;
        while (rest >= 0x80) {
            breaks[breaksSize++] = (byte) (rest & 0x7f | 0x80);
            rest >>>= 7;
        }
        breaks[breaksSize++] = (byte) rest;
    }

    /** {@code problem} placed in the array file; as it is when it is not inside an element. */
    @Override
    public Problem apply(Problem problem) {
        int k = Arrays.binarySearch(copyLine, 0, size, problem.line());
        int at = problem.column() - 1 - (k >= 0 ? lead[k] : 0); // the byte of the element it points at
        if (k < 0 || problem.line() <= 0 || at < 0) {
            return problem;
        }
        int lines = 0;
        int lastBreak = -1;
        int position = -1;
        for (int p = (int) breaksFrom[k]; p < breaksFrom[k + 1]; ) {
            int delta = 0;
            int shift = 0;
            byte b;
            do {
                b = breaks[p++];
                delta |= (b & 0x7f) << shift;
                shift += 7;
            } while (b < 0);
            position += delta;
            if (position >= at) {
                break;
            }
            lines++;
            lastBreak = position;
        }
        int placedColumn = lines == 0 ? column[k] + at : at - lastBreak;
        return new Problem(problem.file(), line[k] + lines, placedColumn, problem.message(), problem.severity());
    }
}
