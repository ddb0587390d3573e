package dev.timeline.index;

import dev.timeline.io.DataException;
import dev.timeline.io.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.threeten.extra.LocalDateRange;

/**
 * How a big input opens, behind {@link BigSource}'s static entry points: its bytes are made readable at any offset
 * (the file, or a spool of a packed file, a stream or a JSON array), its index is taken from the prefetch or the
 * cache or built, bad records are reported, and a {@link BigSource} reads it.
 */
final class BigOpening {

    private BigOpening() {
    }

    /**
     * The bytes of an input and where they came from.
     *
     * @param name    for messages
     * @param path    as given, for the dataset's name
     * @param channel the content, read at any offset (the file itself, or a spool)
     * @param real    the real path that keys the index cache, or null for none
     * @param stamp   the version of the file at {@code real} the content is, or null
     * @param changed whether the content no longer is what was stamped
     * @param place   places a problem found in the content in the file the user named
     * @param direct  the file whose bytes the content is, to read records from by path (a plain file), or null
     *                (a spool)
     */
    record Content(String name, Path path, FileChannel channel, Path real, FileStamp stamp,
            BooleanSupplier changed, UnaryOperator<Problem> place, Path direct) {

        Content(String name, Path path, FileChannel channel, Path real, FileStamp stamp, BooleanSupplier changed) {
            this(name, path, channel, real, stamp, changed, UnaryOperator.identity(), null);
        }

        DataException placed(DataException e) {
            return new DataException(e.problems().stream().map(place).toList());
        }
    }

    /** The content of the regular file {@code path}, opened as {@code channel} (taken over), unpacked if packed. */
    static Content file(Path path, FileChannel channel) throws IOException {
        String name = path.toString();
        if (Spool.Packing.of(channel) == Spool.Packing.NONE) {
            FileStamp stamp = FileStamp.of(path, channel);
            // classes, not lambdas, on a cached query's path: on JDK 17 each lambda is linked in every run
            return new Content(name, path, channel, path.toRealPath(), stamp, new BooleanSupplier() {
                @Override
                public boolean getAsBoolean() {
                    try {
                        return !stamp.still(path, channel);
                    } catch (IOException e) {
                        return true;
                    }
                }
            }, UnaryOperator.identity(), path);
        }
        FileStamp stamp = FileStamp.of(path, channel);
        FileChannel unpacked = Spool.of(Channels.newInputStream(channel.position(0)), name);
        if (!stamp.still(path, channel)) {
            unpacked.close();
            throw changedWhileIndexing(name);
        }
        channel.close();
        // the spool is this process's own copy: nobody can change it under the reader
        return new Content(name, path, unpacked, path.toRealPath(), stamp, () -> false);
    }

    /** The content read from {@code in} (not closed), unpacked; it has no identity to key an index by. */
    static Content stream(InputStream in, String name) {
        FileChannel spool = Spool.of(in, name);
        return new Content(name, Path.of(name.equals("<stdin>") ? "stdin" : name), spool, null, null, () -> false);
    }

    /** {@code content}, a JSON array, copied to JSON Lines, one element a line; the original channel is closed. */
    static Content asJsonLines(Content content) throws IOException {
        JsonArrayLines.Lines copy = JsonArrayLines.of(content.channel(), content.name());
        FileChannel lines = copy.channel();
        if (content.changed().getAsBoolean()) {
            lines.close();
            throw changedWhileIndexing(content.name());
        }
        content.channel().close();
        // the spool is this process's own copy: nobody can change it under the reader
        return new Content(content.name(), content.path(), lines, content.real(), content.stamp(), () -> false,
                copy.placement(), null);
    }

    static DataException changedWhileIndexing(String name) {
        return new DataException(name, "the file changed while timeline was indexing it; run the command again");
    }

    /** The cached index of the unpacked regular file {@code path} (open as {@code channel}), or null. */
    static BigSource.Cached loadCached(Path path, FileChannel channel, String key, Map<String, String> env)
            throws IOException {
        IndexCache cache = IndexCache.in(env);
        if (cache == null) {
            return null;
        }
        Path real = path.toRealPath();
        FileStamp stamp = FileStamp.of(path, channel);
        RecordIndex index = cache.load(real, key, stamp);
        if (index == null) {
            return null;
        }
        return new BigSource.Cached(real, key, stamp, index);
    }

    /**
     * Parses the first record, so that the parser's classes are loaded and initialised before the query needs
     * them. (Parsing it a few hundred times, to have it compiled too, gained nothing measurable: on two cores it
     * slows picocli down as much.)
     */
    static void warm(FileChannel channel, RowFormat rows, RecordIndex index) throws IOException {
        if (index.size() == 0) {
            return;
        }
        int length = index.length().get(0);
        ByteBuffer record = ByteBuffer.allocate(length);
        while (record.hasRemaining() && channel.read(record, index.offset().get(0) + record.position()) > 0) {
            // read the whole record
        }
        try {
            rows.parse(record.array(), 0, record.position());
        } catch (BadRow e) {
            // reported when the query reads it
        }
    }

    private static RecordIndex scan(Content content, BigSource.Layout layout, BigSource.Opening options,
            int actorsFrom, int actorsTo) throws IOException {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 8));
        FileChannel channel = content.channel();
        FileStamp stamp = content.stamp() != null ? content.stamp() : FileStamp.ofContent(channel);
        options.progress().start("indexing " + content.name(), channel.size());
        try {
            return ChunkScanner.scan(new ScanRequest(channel, content.name(), stamp, layout.dataStart(),
                    layout.firstLine(), layout.rows().format, options.skipBad(), threads,
                    options.progress()::advance, actorsFrom, actorsTo, options.tuning().minChunkBytes()));
        } catch (DataException e) {
            throw content.placed(e);
        } finally {
            options.progress().done();
        }
    }

    /** {@code days} as inclusive epoch days, open ends as the extreme ints; all days when null. */
    private static int[] days(LocalDateRange days) {
        if (days == null) {
            return new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
        }
        return new int[] {IndexRow.day(days.getStart()), IndexRow.day(days.getEndInclusive())};
    }

    static BigSource open(Content content, BigSource.Layout layout, BigSource.Opening options) throws IOException {
        String name = content.name();
        FileChannel channel = content.channel();
        Path real = content.real();
        String key = layout.key();
        FileStamp stamp = content.stamp();
        IndexCache cache = options.useCache() && real != null ? IndexCache.in(options.env()) : null;
        options.trace().mark("stamped");
        BigSource.Cached prefetched = cache == null ? null : options.prefetched().get();
        RecordIndex index = prefetched != null && prefetched.real.equals(real) && prefetched.key.equals(key)
                && prefetched.stamp.equals(stamp) ? prefetched.index : null;
        boolean settled = false;
        if (index == null && cache != null) {
            long size = channel.size();
            index = cache.load(real, key, size, stored -> {
                try {
                    return stored.equals(stamp) || stamp.settledFrom(stored, channel);
                } catch (IOException e) {
                    return false;
                }
            });
            if (index != null && !index.stamp().equals(stamp)) {
                index = index.withStamp(stamp); // made while the file was fresh; keep it under today's stamp
                settled = true;
            }
        }
        options.trace().mark("cache " + (index != null ? "hit" : "miss"));
        boolean fromCache = index != null;
        Thread writer = null;
        if (index == null || settled) {
            if (index == null) {
                int[] days = days(options.actorDays());
                index = scan(content, layout, options, days[0], days[1]);
                options.trace().mark("indexed");
                if (content.changed().getAsBoolean()) {
                    throw changedWhileIndexing(name);
                }
            }
            if (cache != null) {
                RecordIndex built = index;
                if (options.writeBehind()) {
                    writer = new Thread(() -> cache.store(real, key, built), "timeline-cache-writer");
                    writer.start();
                } else {
                    cache.store(real, key, built);
                }
            }
        }
        if (index.problemCount() > 0) {
            if (!options.skipBad()) {
                throw content.placed(new DataException(index.problems().subList(0, 1)));
            }
            options.warnings().accept(name + ": skipped " + index.problemCount() + " bad record"
                    + (index.problemCount() == 1 ? "" : "s") + " (--skip-bad); " + (index.problemCount()
                    > index.problems().size() ? "the first " + index.problems().size() + ":" : "they are:"));
            index.problems().forEach(p -> options.warnings().accept("  " + content.place().apply(p)));
        }
        IndexCache forget = cache;
        Content from = content;
        Runnable onStale = new Runnable() { // classes, not lambdas: see file()
            @Override
            public void run() {
                if (forget != null) {
                    forget.forget(real);
                }
            }
        };
        Supplier<RecordIndex> completer = new Supplier<>() {
            @Override
            public RecordIndex get() {
                // a later query needs every actor: index them all once, and keep that
                try {
                    if (from.changed().getAsBoolean()) {
                        throw new DataException(name, "the file changed while timeline was reading it; run the "
                                + "command again");
                    }
                    RecordIndex full = scan(from, layout, options, Integer.MIN_VALUE, Integer.MAX_VALUE);
                    if (forget != null) {
                        forget.store(real, key, full);
                    }
                    return full;
                } catch (IOException e) {
                    throw new DataException(name, "cannot read: " + e.getMessage());
                }
            }
        };
        BigSource source = new BigSource(content.path(), name, channel, layout.rows().format, index, onStale,
                content.changed(), fromCache, writer, options.tuning(), completer);
        source.reportTo(options.progress());
        source.place = content.place();
        source.direct = content.direct();
        source.trace = options.trace();
        return source;
    }
}
