package dev.timeline.store;

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
     * Finds what the index keeps of one record: its span of days, id and actors, put into {@code row}. Reads as
     * little of the record as that needs.
     */
    void index(byte[] bytes, int from, int to, IndexRow row) throws BadRow;

    /** The whole record as an event; its actors' ids are those {@link #index} gave them. */
    Event parse(byte[] bytes, int from, int to) throws BadRow;
}
