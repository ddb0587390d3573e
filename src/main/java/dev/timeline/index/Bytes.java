package dev.timeline.index;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Searching byte arrays eight bytes at a time (SWAR: a byte equal to the one sought becomes a zero byte, which
 * one subtraction and two masks find), the kernel of reading big files: about twice as fast as a byte loop.
 */
final class Bytes {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private Bytes() {
    }

    /** The index of the first {@code x} in {@code b[from, to)}, or -1. */
    static int indexOf(byte[] b, int from, int to, byte x) {
        long pattern = (x & 0xffL) * ONES;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long v = (long) LONGS.get(b, i) ^ pattern;
            long found = (v - ONES) & ~v & HIGHS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first {@code x} or {@code y} in {@code b[from, to)}, or -1. */
    static int indexOfEither(byte[] b, int from, int to, byte x, byte y) {
        long px = (x & 0xffL) * ONES;
        long py = (y & 0xffL) * ONES;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = (long) LONGS.get(b, i);
            long vx = w ^ px;
            long vy = w ^ py;
            long found = ((vx - ONES) & ~vx | (vy - ONES) & ~vy) & HIGHS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == x || b[i] == y) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first {@code x}, {@code y} or {@code z} in {@code b[from, to)}, or -1. */
    static int indexOfAny(byte[] b, int from, int to, byte x, byte y, byte z) {
        long px = (x & 0xffL) * ONES;
        long py = (y & 0xffL) * ONES;
        long pz = (z & 0xffL) * ONES;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = (long) LONGS.get(b, i);
            long vx = w ^ px;
            long vy = w ^ py;
            long vz = w ^ pz;
            long found = ((vx - ONES) & ~vx | (vy - ONES) & ~vy | (vz - ONES) & ~vz) & HIGHS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == x || b[i] == y || b[i] == z) {
                return i;
            }
        }
        return -1;
    }
}
