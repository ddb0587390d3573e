package dev.timeline.index;

import dev.timeline.model.Actor;
import dev.timeline.model.ActorKind;
import dev.timeline.model.Names;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@link RowFormat} reports for one record while indexing, and the actors met so far by one scanning
 * thread. Days are epoch days; an open start is {@link Integer#MIN_VALUE}, an open end {@link Integer#MAX_VALUE}.
 */
final class IndexRow {

    /** A day as the index stores it: its epoch day, with the open ends of LocalDateRange at the int extremes. */
    public static int day(LocalDate day) {
        if (day.equals(LocalDate.MIN)) {
            return Integer.MIN_VALUE;
        }
        if (day.equals(LocalDate.MAX)) {
            return Integer.MAX_VALUE;
        }
        return (int) Math.max(Integer.MIN_VALUE + 1, Math.min(Integer.MAX_VALUE - 1, day.toEpochDay()));
    }

    int start;
    int end;
    int idHash;
    int actorCount;
    int[] actors = new int[8];
    /** False when the format left this record's actors out (see {@link #wantsActors}). */
    boolean actorsKnown;

    /** The days whose records get their actors indexed now; others may leave them out (epoch days, inclusive). */
    int actorsFrom = Integer.MIN_VALUE;
    int actorsTo = Integer.MAX_VALUE;

    /** Actors met by this thread, by the key the format gives them (a raw name, or id and name). */
    final Map<String, Integer> keys = new HashMap<>();
    final List<Actor> dictionary = new ArrayList<>();

    /** The same actors by the raw bytes of their key: an open-addressing table, so a known actor costs no String. */
    private int[] slots = new int[1 << 12]; // dictionary index + 1, 0 when empty
    private JsonCursor cursor;

    private int[] slotHashes = new int[1 << 12];
    private byte[][] slotKeys = new byte[1 << 12][];
    private int used;

    void reset() {
        start = 0;
        end = 0;
        idHash = 0;
        actorCount = 0;
        actorsKnown = true;
    }

    /**
     * Whether this record's actors are worth reading now, its days known: a format whose actors cost much to
     * reach (JSON Lines, behind the summary) indexes them only for the days the query at hand asks about, and
     * leaves the rest to be read when a later query needs them.
     */
    boolean wantsActors() {
        return start <= actorsTo && end >= actorsFrom;
    }

    void id(String id) {
        idHash = hash(id);
    }

    /**
     * Adds the actor known by {@code key} to this record, creating it with {@code id}, {@code name}, {@code kind}
     * and {@code country} the first time the key is seen.
     */
    void actor(String key, String id, String name, ActorKind kind, String country) {
        Integer index = keys.get(key);
        if (index == null) {
            index = dictionary.size();
            dictionary.add(new Actor(id != null ? id : Names.slug(name), name, kind, country, null, null, null));
            keys.put(key, index);
        }
        add(index);
    }

    /**
     * Adds the actor whose key is the bytes {@code b[from, to)} (hash {@code hash}, from {@link #hash(byte[], int,
     * int)}) to this record, if this thread has met it before.
     *
     * @return whether it was known (else the caller decodes it and calls {@link #actor(byte[], int, int, int,
     *     String, String, ActorKind, String)})
     */
    boolean knownActor(byte[] b, int from, int to, int hash) {
        int mask = slots.length - 1;
        for (int i = hash & mask; slots[i] != 0; i = (i + 1) & mask) {
            if (slotHashes[i] == hash && Arrays.equals(slotKeys[i], 0, slotKeys[i].length, b, from, to)) {
                add(slots[i] - 1);
                return true;
            }
        }
        return false;
    }

    /** Adds a new actor known by the bytes {@code b[from, to)} to this record and to the table. */
    void actor(byte[] b, int from, int to, int hash, String id, String name, ActorKind kind, String country) {
        int index = dictionary.size();
        dictionary.add(new Actor(id != null ? id : Names.slug(name), name, kind, country, null, null, null));
        if ((used + 1) * 2 > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = hash & mask;
        while (slots[i] != 0) {
            i = (i + 1) & mask;
        }
        slots[i] = index + 1;
        slotHashes[i] = hash;
        slotKeys[i] = Arrays.copyOfRange(b, from, to);
        used++;
        add(index);
    }

    private void grow() {
        int[] oldSlots = slots;
        int[] oldHashes = slotHashes;
        byte[][] oldKeys = slotKeys;
        slots = new int[oldSlots.length * 2];
        slotHashes = new int[oldSlots.length * 2];
        slotKeys = new byte[oldSlots.length * 2][];
        int mask = slots.length - 1;
        for (int j = 0; j < oldSlots.length; j++) {
            if (oldSlots[j] != 0) {
                int i = oldHashes[j] & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = oldSlots[j];
                slotHashes[i] = oldHashes[j];
                slotKeys[i] = oldKeys[j];
            }
        }
    }

    private void add(int index) {
        if (actorCount == actors.length) {
            actors = Arrays.copyOf(actors, actorCount * 2);
        }
        actors[actorCount++] = index;
    }

    /** The one cursor the thread filling this row reads JSON lines with, moved to {@code b[from, to)}. */
    JsonCursor cursor(byte[] b, int from, int to, boolean open) {
        if (cursor == null) {
            cursor = new JsonCursor(b, from, to, open);
            return cursor;
        }
        return cursor.at(b, from, to, open);
    }

    /** FNV-1a over {@code b[from, to)}; equal to {@link #hash(String)} of the UTF-8 text those bytes hold. */
    static int hash(byte[] b, int from, int to) {
        int h = 0x811c9dc5;
        for (int i = from; i < to; i++) {
            h = (h ^ (b[i] & 0xff)) * 0x01000193;
        }
        return h;
    }

    /**
     * The epoch day of {@code YYYY-MM-DD} at {@code b[from]}, or {@link Integer#MIN_VALUE} when the ten bytes are
     * not such a date (the caller then parses the text properly).
     */
    static int isoDay(byte[] b, int from, int to) {
        if (to - from < 10 || b[from + 7] != '-') {
            return Integer.MIN_VALUE;
        }
        int month = isoMonth(b, from, to);
        if (month == Integer.MIN_VALUE) {
            return Integer.MIN_VALUE;
        }
        int y = month / 12;
        int m = month % 12 + 1;
        int d1 = b[from + 8] - '0';
        int d2 = b[from + 9] - '0';
        if (d1 < 0 || d1 > 3 || d2 < 0 || d2 > 9) {
            return Integer.MIN_VALUE;
        }
        int d = d1 * 10 + d2;
        if (d < 1 || d > monthLength(y, m)) {
            return Integer.MIN_VALUE;
        }
        return epochDay(y, m, d);
    }

    /**
     * Sets {@link #start} and {@link #end} from the EDTF date {@code b[from, to)} when it is one of the shapes
     * big files hold (a day {@code YYYY-MM-DD}, a month {@code YYYY-MM}, a closed interval of days
     * {@code YYYY-MM-DD/YYYY-MM-DD}) with years 0000-9999, exactly as {@code EventDate.parse} would; false, with
     * nothing set, for anything else (other shapes, escapes, invalid or backwards dates), which the caller then
     * parses properly, so that its message is the parser's. Indexing takes this path for nearly every record: the
     * parser, which builds objects for the date's parts and checks them with {@code java.time}, cost a tenth of
     * the scan of a million JSON Lines records with ranged dates.
     */
    boolean days(byte[] b, int from, int to) {
        int length = to - from;
        if (length == 10) {
            int day = isoDay(b, from, to);
            if (day == Integer.MIN_VALUE) {
                return false;
            }
            start = day;
            end = day;
            return true;
        }
        if (length == 7) {
            int month = isoMonth(b, from, to);
            if (month == Integer.MIN_VALUE) {
                return false;
            }
            int y = month / 12;
            int m = month % 12 + 1;
            start = epochDay(y, m, 1);
            end = epochDay(y, m, monthLength(y, m));
            return true;
        }
        if (length == 21 && b[from + 10] == '/') {
            int first = isoDay(b, from, from + 10);
            int last = first == Integer.MIN_VALUE ? first : isoDay(b, from + 11, to);
            if (last == Integer.MIN_VALUE || last < first) {
                return false;
            }
            start = first;
            end = last;
            return true;
        }
        return false;
    }

    /** {@code year * 12 + month - 1} of {@code YYYY-MM} at {@code b[from]}, or {@link Integer#MIN_VALUE}. */
    private static int isoMonth(byte[] b, int from, int to) {
        if (to - from < 7 || b[from + 4] != '-') {
            return Integer.MIN_VALUE;
        }
        int y = 0;
        for (int i = 0; i < 4; i++) {
            int d = b[from + i] - '0';
            if (d < 0 || d > 9) {
                return Integer.MIN_VALUE;
            }
            y = y * 10 + d;
        }
        int m1 = b[from + 5] - '0';
        int m2 = b[from + 6] - '0';
        if (m1 < 0 || m1 > 1 || m2 < 0 || m2 > 9) {
            return Integer.MIN_VALUE;
        }
        int m = m1 * 10 + m2;
        return m < 1 || m > 12 ? Integer.MIN_VALUE : y * 12 + m - 1;
    }

    /** Days in month {@code m} of year {@code y}: an enum constant's switch, no {@code YearMonth} made. */
    private static int monthLength(int y, int m) {
        return Month.of(m).length(Year.isLeap(y));
    }

    /** Days from civil (Howard Hinnant), as {@code LocalDate.toEpochDay} computes them, for years 0-9999. */
    private static int epochDay(int y, int m, int d) {
        int yy = m <= 2 ? y - 1 : y;
        int era = Math.floorDiv(yy, 400);
        int yoe = yy - era * 400;
        int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    /** The hash the index keeps of an event id (FNV-1a over its UTF-8 bytes), for finding one event by id. */
    static int hash(String id) {
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        int h = 0x811c9dc5;
        for (byte b : bytes) {
            h = (h ^ (b & 0xff)) * 0x01000193;
        }
        return h;
    }
}
