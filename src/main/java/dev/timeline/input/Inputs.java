package dev.timeline.input;

import dev.timeline.dataset.DatasetReader;
import dev.timeline.index.BigSource;
import dev.timeline.index.ChunkScanner;
import dev.timeline.index.FileStamp;
import dev.timeline.index.IndexCache;
import dev.timeline.index.IndexRow;
import dev.timeline.index.JsonArrayLines;
import dev.timeline.index.RecordIndex;
import dev.timeline.index.ScanRequest;
import dev.timeline.index.Spool;
import dev.timeline.io.Bom;
import dev.timeline.io.DataException;
import dev.timeline.io.Problem;
import dev.timeline.io.Progress;
import dev.timeline.io.Trace;
import dev.timeline.query.EventStore;
import dev.timeline.query.Timeline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.threeten.extra.LocalDateRange;

/**
 * Opens any data file timeline reads, whatever its format ({@link InputFormat#detect}): a native dataset is read
 * whole and validated by {@link DatasetReader}; a big input is indexed (or its cached index reused) and read as
 * a {@link BigSource}.
 */
public final class Inputs {

    /**
     * How to open a big input.
     *
     * @param skipBad  leave malformed records out, reporting them on {@code warnings}, instead of failing
     * @param useCache keep and reuse the index under the cache folder
     * @param env      the environment (XDG_CACHE_HOME, HOME) naming the cache folder
     * @param progress told how indexing goes
     * @param warnings where skipped records are reported, one line each
     * @param writeBehind write a new index to the cache in the background, while the query runs; the caller
     *                    must then {@link BigSource#close() close} the source before exiting
     * @param actorDays   a fresh index may leave out the actors of records outside these days, where they cost
     *                    much to reach (JSON Lines); null to index every record's actors
     * @param prefetch    a cached index being loaded already, or null
     * @param tuning      the thresholds of splitting and completing an index
     * @param trace       told the phases of opening a big input (stamped, cache hit or miss, indexed)
     */
    public record Options(boolean skipBad, boolean useCache, Map<String, String> env, Progress progress,
            Consumer<String> warnings, boolean writeBehind, LocalDateRange actorDays, IndexPrefetch prefetch,
            BigSource.Tuning tuning, Trace trace) {

        public Options(boolean skipBad, boolean useCache, Map<String, String> env, Progress progress,
                Consumer<String> warnings, boolean writeBehind, LocalDateRange actorDays, IndexPrefetch prefetch) {
            this(skipBad, useCache, env, progress, warnings, writeBehind, actorDays, prefetch, BigSource.Tuning.DEFAULT,
                    Trace.NONE);
        }

        public Options(boolean skipBad, boolean useCache, Map<String, String> env, Progress progress,
                Consumer<String> warnings) {
            this(skipBad, useCache, env, progress, warnings, false, null, null);
        }

        public Options withActorDays(LocalDateRange days) {
            return new Options(skipBad, useCache, env, progress, warnings, writeBehind, days, prefetch, tuning, trace);
        }

        /** The same options with other thresholds (tests lower them to exercise small files). */
        public Options withTuning(BigSource.Tuning other) {
            return new Options(skipBad, useCache, env, progress, warnings, writeBehind, actorDays, prefetch, other, trace);
        }

        /** The same options telling {@code listener} the phases of opening a big input. */
        public Options withTrace(Trace listener) {
            return new Options(skipBad, useCache, env, progress, warnings, writeBehind, actorDays, prefetch, tuning,
                    listener);
        }

        /** Fail on bad records, cache under the given environment's folder, no progress, warnings dropped. */
        public static Options defaults(Map<String, String> env) {
            return new Options(false, true, env, Progress.NONE, w -> { });
        }
    }

    private Inputs() {
    }

    /** What {@code --data -} names: standard input. */
    public static final String STDIN = "-";

    /**
     * Opens {@code path}; messages name it as given. {@code -} is standard input; a pipe ({@code <(…)},
     * {@code /dev/stdin}) is read once into a {@link Spool}, as is a gzip or zip file; neither a stream nor a
     * pipe has an index cache, a compressed file has one like any other.
     */
    public static EventStore open(Path path, Options options) {
        String name = path.toString();
        if (name.equals(STDIN)) {
            return open(System.in, "<stdin>", options);
        }
        if (Files.isDirectory(path)) {
            throw new DataException(name, "is a directory; expected a data file");
        }
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            try (InputStream in = Files.newInputStream(path)) {
                return open(in, name, options);
            } catch (IOException e) {
                throw DataException.reading(name, e);
            }
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(path);
            Content content;
            if (Spool.Packing.of(channel) == Spool.Packing.NONE) {
                FileStamp stamp = FileStamp.of(path, channel);
                FileChannel file = channel;
                content = new Content(name, path, channel, path.toRealPath(), stamp, () -> {
                    try {
                        return !stamp.still(path, file);
                    } catch (IOException e) {
                        return true;
                    }
                });
            } else {
                FileStamp stamp = FileStamp.of(path, channel);
                FileChannel unpacked = Spool.of(Channels.newInputStream(channel.position(0)), name);
                if (!stamp.still(path, channel)) {
                    unpacked.close();
                    throw changedWhileIndexing(name);
                }
                channel.close();
                // the spool is this process's own copy: nobody can change it under the reader
                content = new Content(name, path, unpacked, path.toRealPath(), stamp, () -> false);
            }
            channel = null;
            return open(content, options);
        } catch (IOException e) {
            throw DataException.reading(name, e);
        } finally {
            close(channel);
        }
    }

    /**
     * Opens the data read from {@code in} (not closed), whatever its format, told by content; gzip and zip are
     * unpacked. No index is cached: a stream has no identity to key it by.
     */
    public static EventStore open(InputStream in, String name, Options options) {
        FileChannel spool = Spool.of(in, name);
        return open(new Content(name, Path.of(name.equals("<stdin>") ? "stdin" : name), spool, null, null,
                () -> false), options);
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
     */
    private record Content(String name, Path path, FileChannel channel, Path real, FileStamp stamp,
            BooleanSupplier changed, UnaryOperator<Problem> place) {

        Content(String name, Path path, FileChannel channel, Path real, FileStamp stamp, BooleanSupplier changed) {
            this(name, path, channel, real, stamp, changed, UnaryOperator.identity());
        }

        DataException placed(DataException e) {
            return new DataException(e.problems().stream().map(place).toList());
        }
    }

    private static EventStore open(Content content, Options options) {
        FileChannel channel = content.channel();
        try {
            InputFormat.Layout layout = InputFormat.detect(channel, content.name());
            if (layout.format().opening() == InputFormat.Opening.DATASET) {
                try (FileChannel file = channel; InputStream in = Channels.newInputStream(file.position(0))) {
                    channel = null;
                    return Timeline.of(DatasetReader.read(Bom.utf8(in), content.name()));
                }
            }
            if (layout.format().opening() == InputFormat.Opening.JSON_ARRAY) {
                JsonArrayLines.Lines copy = JsonArrayLines.of(channel, content.name());
                FileChannel lines = copy.channel();
                if (content.changed().getAsBoolean()) {
                    lines.close();
                    throw changedWhileIndexing(content.name());
                }
                channel.close();
                channel = lines;
                // the spool is this process's own copy: nobody can change it under the reader
                content = new Content(content.name(), content.path(), lines, content.real(), content.stamp(),
                        () -> false, copy.placement());
            }
            BigSource source = big(content, layout, options);
            channel = null;
            return source;
        } catch (IOException e) {
            throw DataException.reading(content.name(), e);
        } finally {
            close(channel);
        }
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // already failing
            }
        }
    }

    private static DataException changedWhileIndexing(String name) {
        return new DataException(name, "the file changed while timeline was indexing it; run the command again");
    }

    /** Opens {@code path} as a big input, whatever the format (a native dataset is refused). */
    public static BigSource openBig(Path path, Options options) {
        EventStore store = open(path, options);
        if (store instanceof BigSource big) {
            return big;
        }
        throw new DataException(path.toString(), "is a dataset JSON file, not a big input");
    }

    /** What an index is keyed by besides the file: the format and where its records start. */
    static String key(InputFormat.Layout layout) {
        return layout.format().name() + ":" + layout.dataStart();
    }

    private static RecordIndex scan(Content content, InputFormat.Layout layout, Options options, int actorsFrom,
            int actorsTo) throws IOException {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 8));
        FileChannel channel = content.channel();
        FileStamp stamp = content.stamp() != null ? content.stamp() : FileStamp.ofContent(channel);
        options.progress().start("indexing " + content.name(), channel.size());
        try {
            return ChunkScanner.scan(new ScanRequest(channel, content.name(), stamp, layout.dataStart(),
                    layout.firstLine(), layout.rows(), options.skipBad(), threads, options.progress()::advance,
                    actorsFrom, actorsTo, options.tuning().minChunkBytes()));
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

    private static BigSource big(Content content, InputFormat.Layout layout, Options options) throws IOException {
        String name = content.name();
        FileChannel channel = content.channel();
        Path real = content.real();
        String key = key(layout);
        FileStamp stamp = content.stamp();
        IndexCache cache = options.useCache() && real != null ? IndexCache.in(options.env()) : null;
        options.trace().mark("stamped");
        RecordIndex index = cache == null || options.prefetch() == null ? null
                : options.prefetch().take(real, key, stamp);
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
        BigSource source = new BigSource(content.path(), name, channel, layout.rows(), index, () -> {
            if (forget != null) {
                forget.forget(real);
            }
        }, content.changed(), fromCache, writer, options.tuning(), () -> {
            // a later query needs every actor: index them all once, and keep that
            try {
                if (from.changed().getAsBoolean()) {
                    throw new DataException(name, "the file changed while timeline was reading it; run the command "
                            + "again");
                }
                RecordIndex full = scan(from, layout, options, Integer.MIN_VALUE, Integer.MAX_VALUE);
                if (forget != null) {
                    forget.store(real, key, full);
                }
                return full;
            } catch (IOException e) {
                throw new DataException(name, "cannot read: " + e.getMessage());
            }
        });
        source.reportTo(options.progress());
        source.place = content.place();
        return source;
    }
}
