package dev.timeline.index;

import java.nio.channels.FileChannel;
import java.util.function.LongConsumer;

/**
 * What {@link ChunkScanner} is asked to index, and how.
 *
 * @param channel       the content, read at any offset
 * @param file          the file as the user named it, for problems
 * @param stamp         the version of the file the content is, kept in the index
 * @param dataStart     where the records start (after a header)
 * @param firstLine     the line number of the record at {@code dataStart}
 * @param format        how a record is indexed
 * @param skipBad       leave bad records out (counted) instead of stopping at the first
 * @param threads       how many threads may read chunks
 * @param progress      told the number of bytes read as reading goes on, from any thread
 * @param actorsFrom    the first epoch day whose records' actors are needed ({@link Integer#MIN_VALUE}: all)
 * @param actorsTo      the last such day ({@link Integer#MAX_VALUE}: all)
 * @param minChunkBytes files whose chunks would be smaller than this are read by one thread (tests lower it to
 *                      split small files)
 */
record ScanRequest(FileChannel channel, String file, FileStamp stamp, long dataStart, int firstLine,
        RowFormat format, boolean skipBad, int threads, LongConsumer progress, int actorsFrom, int actorsTo,
        long minChunkBytes) {

    /** Chunks smaller than this are not worth a thread of their own. */
    public static final long MIN_CHUNK_BYTES = 1 << 20;

    /** Every record's actors, fail on the first bad record, one thread, no progress, the usual chunk size. */
    public static ScanRequest of(FileChannel channel, String file, FileStamp stamp, long dataStart, int firstLine,
            RowFormat format) {
        return new ScanRequest(channel, file, stamp, dataStart, firstLine, format, false, 1, bytes -> { },
                Integer.MIN_VALUE, Integer.MAX_VALUE, MIN_CHUNK_BYTES);
    }
}
