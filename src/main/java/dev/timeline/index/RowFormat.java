package dev.timeline.index;

import dev.timeline.model.Event;

/**
 * One record-per-line input format of big datasets (JSON Lines, ACLED CSV, GDELT TSV): what the index needs from
 * a record, and the whole record as an {@link Event}. Implementations are immutable and used from several
 * threads at once; records are the bytes between line ends (no terminator, a trailing CR removed).
 */
interface RowFormat {

    /** Whether a quoted field may hold a line break (CSV), so that one record may span lines. */
    boolean quoted();

    /**
     * Whether its actors are tied to a country by their names or country codes (ACLED, GDELT), so that
     * {@code --actor COUNTRY} covers that state's actors ({@link dev.timeline.query.ActorResolver#coveringCountries}).
     */
    default boolean tiesActorsToCountries() {
        return false;
    }

    /**
     * Finds what the index keeps of one record: its span of days, id and actors, put into {@code row}. Reads as
     * little of the record as that needs.
     */
    void index(byte[] bytes, int from, int to, IndexRow row) throws BadRow;

    /**
     * Whether {@link #indexPrefix} works: the format can index a record without knowing where its line ends, so
     * that the scanner need only look for the line end past the fields the index needs.
     */
    default boolean indexesPrefix() {
        return false;
    }

    /**
     * Indexes the record starting at {@code from} like {@link #index}, reading no further than it needs and
     * never past the record's line end; {@code limit} is the end of the bytes read so far, which may lie past that
     * line end or short of it.
     *
     * @return where it stopped reading (the scanner looks for the line end from there)
     * @throws MoreBytes when it needs bytes past {@code limit}
     */
    default int indexPrefix(byte[] bytes, int from, int limit, IndexRow row) throws BadRow, MoreBytes {
        throw new UnsupportedOperationException();
    }

    /** Thrown by {@link #indexPrefix} when the bytes read so far end inside the record. */
    final class MoreBytes extends Exception {
        private static final long serialVersionUID = 1L;
        static final MoreBytes INSTANCE = new MoreBytes();

        private MoreBytes() {
            super("more bytes needed", null, false, false);
        }
    }

    /** The whole record as an event; its actors' ids are those {@link #index} gave them. */
    public Event parse(byte[] bytes, int from, int to) throws BadRow;
}
