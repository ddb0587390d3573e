package dev.timeline.index;

import dev.timeline.io.Progress;
import dev.timeline.model.ActorKind;
import dev.timeline.model.Event;
import dev.timeline.io.Trace;
import dev.timeline.query.Timeline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.threeten.extra.LocalDateRange;

/**
 * A big input (JSON Lines, ACLED CSV, GDELT TSV, UCDP GED CSV, ICEWS TSV) read through its {@link RecordIndex}: a query first selects
 * candidates from the index columns (dates, actors), then reads and parses only those records, in date order,
 * and checks the rest of the query on the parsed events. Records are sorted by the index's day span; events with
 * the same span (usually a handful) are parsed together and ordered by EDTF text and id, so the output follows
 * {@link Timeline#ORDER} while memory holds one such group, never the file.
 *
 * <p>Every record read is checked against the index (same span, same id hash), and the file's size and time are
 * checked again at the end: a file changed since it was indexed gives an error, never a stale answer.
 *
 * <p>The one public type of {@code index}: its nested types and static methods are how {@code input} opens a big
 * input ({@link #open(Input, Layout, Opening)}), names its row format ({@link Rows}) and prefetches its cached
 * index ({@link #loadCached}); everything else here is package-private.
 */
public final class BigSource extends IndexedSource {

    /**
     * Thresholds of reading a big input (tests lower them to exercise small files).
     *
     * @param minChunkBytes files whose chunks would be smaller than this are indexed by one thread
     * @param completeAbove when more records than this would be parsed only to learn their actors, all actors
     *                      are indexed instead
     */
    public record Tuning(long minChunkBytes, int completeAbove) {
        public static final Tuning DEFAULT = new Tuning(ScanRequest.MIN_CHUNK_BYTES, 50_000);
    }

    /** The row format of a big input, as its detection found it. */
    public static final class Rows {
        final RowFormat format;

        private Rows(RowFormat format) {
            this.format = format;
        }

        public static Rows jsonLines() {
            return new Rows(new JsonlFormat());
        }

        public static Rows gdelt() {
            return new Rows(new GdeltFormat());
        }

        /** Whether {@code cells}, a row of tab-separated fields, is one of a GDELT event export. */
        public static boolean isGdelt(List<String> cells) {
            return GdeltFormat.recognises(cells);
        }

        /** The ACLED format of a file with this CSV {@code header}, or null when it is no ACLED header. */
        public static Rows acled(List<String> header) {
            return AcledFormat.recognises(header) ? new Rows(AcledFormat.of(header)) : null;
        }

        /** The UCDP GED format of a file with this CSV {@code header}, or null when it is no GED header. */
        public static Rows ucdp(List<String> header) {
            return UcdpFormat.recognises(header) ? new Rows(UcdpFormat.of(header)) : null;
        }

        /** The ICEWS format of a file with this {@code header} (its first line split on tabs), or null. */
        public static Rows icews(List<String> header) {
            return IcewsFormat.recognises(header) ? new Rows(IcewsFormat.of(header)) : null;
        }

        /** Whether {@code row}, the line after an ACLED header, is an HXL hashtag row. */
        public static boolean isAcledHxl(List<String> row) {
            return AcledFormat.isHxl(row);
        }
    }

    /**
     * The native mapping of an ACLED CSV's rows, for an engine that reads the file itself (DuckDB, Spark): the
     * positions of the columns it reads, and a row of raw cells (as a CSV parser gives them: quotes removed,
     * untrimmed, null or "" when empty) as the very {@link Event} this reader makes of it, by the same code. The
     * static methods are the pieces of that mapping an engine computes in its own SQL: each is what the mapping
     * does with those cells. Bad cells throw {@link IllegalArgumentException} with the message the native reader
     * gives for that row.
     */
    public static final class Acled {
        private final AcledFormat format;

        private Acled(AcledFormat format) {
            this.format = format;
        }

        /** The ACLED mapping of {@code rows}, or null when they are not an ACLED CSV's. */
        public static Acled of(Rows rows) {
            return rows != null && rows.format instanceof AcledFormat acled ? new Acled(acled) : null;
        }

        /** How many columns the header names (every row has as many). */
        public int width() {
            return format.width();
        }

        /**
         * The position of the column read as {@code name} (a current export's column name such as
         * {@code event_date} or {@code assoc_actor_1}), or -1 when the file has none.
         */
        public int column(String name) {
            return format.column(name);
        }

        /** The event of the row whose raw cell at each position {@code cells} gives (null past the row). */
        public Event event(IntFunction<String> cells) {
            try {
                return format.event(i -> i < 0 ? null : Fields.text(cells.apply(i)));
            } catch (BadRow e) {
                throw new IllegalArgumentException(e.getMessage());
            }
        }

        /** A raw cell as the mapping reads it: trimmed ({@link String#strip}), null when blank. */
        public static String text(String cell) {
            return Fields.text(cell);
        }

        /** The EDTF text of {@code event_date} at {@code time_precision} (raw cells). */
        public static String date(String eventDate, String timePrecision) {
            try {
                return AcledFormat.when(Fields.text(eventDate), Fields.text(timePrecision)).toString();
            } catch (BadRow e) {
                throw new IllegalArgumentException(e.getMessage());
            }
        }

        /** The type id of {@code event_type} (a raw cell). */
        public static String type(String eventType) {
            try {
                return AcledFormat.type(Fields.text(eventType)).id();
            } catch (BadRow e) {
                throw new IllegalArgumentException(e.getMessage());
            }
        }

        /** The place's country code of the raw cells {@code iso3}, {@code iso} and {@code country}, or null. */
        public static String country(String iso3, String iso, String country) {
            return AcledFormat.country(Fields.text(iso3), Fields.text(iso), Fields.text(country));
        }

        /** The kind of an actor named in a column whose inter code is the raw cell {@code inter}. */
        public static ActorKind kind(String inter) {
            return AcledFormat.kind(Fields.text(inter));
        }
    }

    /**
     * Where the records of a big input start and how they read.
     *
     * @param key what its index is keyed by besides the file (the format and where its records start)
     */
    public record Layout(Rows rows, long dataStart, int firstLine, String key) {
    }

    /**
     * How to open a big input (the fields of {@code input.Inputs.Options}, with a loaded cached index in place of
     * its prefetch).
     *
     * @param prefetched a cached index loaded already, or null; asked only when the cache is used
     */
    public record Opening(boolean skipBad, boolean useCache, Map<String, String> env, Progress progress,
            Consumer<String> warnings, boolean writeBehind, LocalDateRange actorDays, Supplier<Cached> prefetched,
            Tuning tuning, Trace trace) {
        public Opening {
            prefetched = prefetched == null ? () -> null : prefetched;
        }
    }

    /** A cached index loaded ahead, for one version of one file in one format. */
    public static final class Cached {
        final Path real;
        final String key;
        final FileStamp stamp;
        final RecordIndex index;

        Cached(Path real, String key, FileStamp stamp, RecordIndex index) {
            this.real = real;
            this.key = key;
            this.stamp = stamp;
            this.index = index;
        }
    }

    /** The bytes of an input made readable at any offset: a file, or a spool of a packed file or a stream. */
    public static final class Input {
        BigOpening.Content content;

        private Input(BigOpening.Content content) {
            this.content = content;
        }

        /** The regular file {@code path}, open as {@code channel} (taken over), unpacked when gzip or zip. */
        public static Input file(Path path, FileChannel channel) throws IOException {
            return new Input(BigOpening.file(path, channel));
        }

        /** What {@code in} (not closed) holds, unpacked; named {@code name}; it has no cached index. */
        public static Input stream(InputStream in, String name) {
            return new Input(BigOpening.stream(in, name));
        }

        public String name() {
            return content.name();
        }

        /** The content, read at any offset. */
        public FileChannel channel() {
            return content.channel();
        }

        /** Reads this content, a JSON array, as JSON Lines from now on (a copy, one element a line). */
        public void toJsonLines() throws IOException {
            content = BigOpening.asJsonLines(content);
        }
    }

    /** Opens {@code input} (taken over) as a big input laid out as {@code layout}: indexed, or its index reused. */
    public static BigSource open(Input input, Layout layout, Opening options) throws IOException {
        return BigOpening.open(input.content, layout, options);
    }

    /** Whether the content of {@code channel} is packed (gzip, zip). */
    public static boolean packed(FileChannel channel) throws IOException {
        return Spool.Packing.of(channel) != Spool.Packing.NONE;
    }

    /**
     * The cached index of the unpacked regular file {@code path} (open as {@code channel}) laid out as
     * {@code layout}, as the cache of {@code env} holds it; or null.
     */
    public static Cached loadCached(Path path, FileChannel channel, Layout layout, Map<String, String> env)
            throws IOException {
        return BigOpening.loadCached(path, channel, layout.key(), env);
    }

    /**
     * Parses the first record {@code cached} points to in {@code channel} (laid out as {@code layout}), so that the
     * parser's classes are loaded and initialised before a query needs them; a bad record is left for the query.
     */
    public static void warm(FileChannel channel, Layout layout, Cached cached) throws IOException {
        BigOpening.warm(channel, layout.rows().format, cached.index);
    }

    BigSource(Path path, String name, FileChannel channel, RowFormat rows, RecordIndex index, Runnable onStale,
            BooleanSupplier changed, boolean fromCache, Thread cacheWriter, Tuning tuning,
            Supplier<RecordIndex> completer) {
        super(path, name, channel, rows, index, onStale, changed, fromCache, cacheWriter, tuning, completer);
    }
}
