package dev.timeline.store;

import dev.timeline.model.Actor;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.util.List;

/**
 * What timeline keeps of a big input so that a query need not parse it again: for each record (in file order)
 * its span of days, where it is in the file, a hash of its id and its actors (as numbers into {@link #actors}),
 * plus the bad records met. Columns are arrays, so a million records take about 40 MB. Built by
 * {@link ChunkScanner}, stored by {@link IndexCache}; never changed once built.
 *
 * @param stamp        the file it describes, as it was when indexed
 * @param start        first possible day (epoch day), {@link Integer#MIN_VALUE} when open
 * @param end          last possible day (epoch day, inclusive), {@link Integer#MAX_VALUE} when open
 * @param offset       where the record starts in the file
 * @param length       its length in bytes, without the line end
 * @param line         the line it starts on (1-based)
 * @param idHash       {@link IndexRow#hash} of its id
 *                     (these four are read only for the records a query selects, so a cached index leaves them
 *                     in the mapped file rather than copying them)
 * @param actorFrom    its actors are {@code actorIds[actorFrom[i]..actorFrom[i+1])}; one longer than the rest
 * @param actorIds     indexes into {@code actors}
 * @param actors       every actor met, each once by id
 * @param unknown      bit i set when record i's actors were not indexed (its days were outside those the first
 *                     query asked about; see {@link IndexRow#wantsActors}), or null when every record's are known
 * @param problemCount how many bad records were left out (only with {@code --skip-bad}; else indexing stops)
 * @param problems     the first few of them
 */
record RecordIndex(FileStamp stamp, int[] start, int[] end, LongBuffer offset, IntBuffer length, IntBuffer line,
        IntBuffer idHash,
        int[] actorFrom, int[] actorIds, List<Actor> actors, long[] unknown, int problemCount,
        List<Problem> problems) {

    /** How many bad records an index lists; the rest are only counted. */
    static final int PROBLEMS_LISTED = 5;

    RecordIndex {
        actors = List.copyOf(actors);
        problems = List.copyOf(problems);
    }

    int size() {
        return start.length;
    }

    /** Whether record {@code i}'s actors are in the index. */
    boolean actorsKnown(int i) {
        return unknown == null || (unknown[i >>> 6] & (1L << i)) == 0;
    }

    /** Whether some record's actors are not in the index. */
    boolean partial() {
        return unknown != null;
    }
}
