package dev.timeline.store;

import dev.timeline.query.EventStore;
import dev.timeline.query.Timeline;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.threeten.extra.LocalDateRange;
import java.util.function.Consumer;

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
     */
    public record Options(boolean skipBad, boolean useCache, Map<String, String> env, Progress progress,
            Consumer<String> warnings, boolean writeBehind, LocalDateRange actorDays, IndexPrefetch prefetch) {

        public Options(boolean skipBad, boolean useCache, Map<String, String> env, Progress progress,
                Consumer<String> warnings) {
            this(skipBad, useCache, env, progress, warnings, false, null, null);
        }

        public Options withActorDays(LocalDateRange days) {
            return new Options(skipBad, useCache, env, progress, warnings, writeBehind, days, prefetch);
        }

        /** Fail on bad records, cache under the given environment's folder, no progress, warnings dropped. */
        public static Options defaults(Map<String, String> env) {
            return new Options(false, true, env, Progress.NONE, w -> { });
        }
    }

    private Inputs() {
    }

    /** Opens {@code path}; messages name it as given. */
    public static EventStore open(Path path, Options options) {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            throw new DataException(name, "is a directory; expected a data file");
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(path);
            InputFormat.Layout layout = InputFormat.detect(channel, name);
            if (layout.format() == InputFormat.DATASET_JSON) {
                channel.close();
                return Timeline.of(DatasetReader.read(path));
            }
            BigSource source = big(path, name, channel, layout, options);
            channel = null;
            return source;
        } catch (IOException e) {
            throw DataException.reading(name, e);
        } finally {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException e) {
                    // already failing
                }
            }
        }
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

    private static RecordIndex scan(String name, FileChannel channel, InputFormat.Layout layout, FileStamp stamp,
            Options options, int actorsFrom, int actorsTo) throws IOException {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 8));
        options.progress().start("indexing " + name, stamp.size());
        try {
            return ChunkScanner.scan(channel, name, stamp, layout.dataStart(), layout.firstLine(), layout.rows(),
                    options.skipBad(), threads, options.progress()::advance, actorsFrom, actorsTo);
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

    private static BigSource big(Path path, String name, FileChannel channel, InputFormat.Layout layout,
            Options options) throws IOException {
        Path real = path.toRealPath();
        String key = key(layout);
        FileStamp stamp = FileStamp.of(path, channel);
        IndexCache cache = options.useCache() ? IndexCache.in(options.env()) : null;
        Trace.mark("stamped");
        RecordIndex index = cache == null || options.prefetch() == null ? null
                : options.prefetch().take(real, key, stamp);
        if (index == null && cache != null) {
            index = cache.load(real, key, stamp);
        }
        Trace.mark("cache " + (index != null ? "hit" : "miss"));
        Thread writer = null;
        if (index == null) {
            int[] days = days(options.actorDays());
            index = scan(name, channel, layout, stamp, options, days[0], days[1]);
            Trace.mark("indexed");
            if (!FileStamp.of(path, channel).equals(stamp)) {
                throw new DataException(name, "the file changed while timeline was indexing it; run the command "
                        + "again");
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
                throw new DataException(index.problems().subList(0, 1));
            }
            options.warnings().accept(name + ": skipped " + index.problemCount() + " bad record"
                    + (index.problemCount() == 1 ? "" : "s") + " (--skip-bad); " + (index.problemCount()
                    > index.problems().size() ? "the first " + index.problems().size() + ":" : "they are:"));
            index.problems().forEach(p -> options.warnings().accept("  " + p));
        }
        IndexCache forget = cache;
        FileChannel file = channel;
        return new BigSource(path, name, channel, layout.rows(), index, () -> {
            if (forget != null) {
                forget.forget(real);
            }
        }, writer, () -> {
            // a later query needs every actor: index them all once, and keep that
            try {
                if (!FileStamp.of(path, file).equals(stamp)) {
                    throw new DataException(name, "the file changed while timeline was reading it; run the command "
                            + "again");
                }
                RecordIndex full = scan(name, file, layout, stamp, options, Integer.MIN_VALUE, Integer.MAX_VALUE);
                if (forget != null) {
                    forget.store(real, key, full);
                }
                return full;
            } catch (IOException e) {
                throw new DataException(name, "cannot read: " + e.getMessage());
            }
        });
    }
}
