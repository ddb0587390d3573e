package dev.timeline.input;

import dev.timeline.dataset.DatasetReader;
import dev.timeline.index.BigSource;
import dev.timeline.io.Bom;
import dev.timeline.io.DataException;
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
import java.util.function.Consumer;
import java.util.function.Supplier;
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
     * @param prefetch    a cached index being loaded already ({@link IndexPrefetch}), or null
     * @param tuning      the thresholds of splitting and completing an index
     * @param trace       told the phases of opening a big input (stamped, cache hit or miss, indexed)
     */
    public record Options(boolean skipBad, boolean useCache, Map<String, String> env, Progress progress,
            Consumer<String> warnings, boolean writeBehind, LocalDateRange actorDays, Supplier<BigSource.Cached> prefetch,
            BigSource.Tuning tuning, Trace trace) {

        public Options(boolean skipBad, boolean useCache, Map<String, String> env, Progress progress,
                Consumer<String> warnings, boolean writeBehind, LocalDateRange actorDays, Supplier<BigSource.Cached> prefetch) {
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
            BigSource.Input content = BigSource.Input.file(path, channel);
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
        return open(BigSource.Input.stream(in, name), options);
    }

    private static EventStore open(BigSource.Input content, Options options) {
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
                content.toJsonLines();
                channel = content.channel();
            }
            BigSource source = BigSource.open(content, big(layout), new BigSource.Opening(options.skipBad(),
                    options.useCache(), options.env(), options.progress(), options.warnings(),
                    options.writeBehind(), options.actorDays(), options.prefetch(), options.tuning(),
                    options.trace()));
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

    /** Opens {@code path} as a big input, whatever the format (a native dataset is refused). */
    public static BigSource openBig(Path path, Options options) {
        EventStore store = open(path, options);
        if (store instanceof BigSource big) {
            return big;
        }
        throw new DataException(path.toString(), "is a dataset JSON file, not a big input");
    }

    /** The big-file layout of {@code layout}: its rows, where they start, and what its index is keyed by. */
    static BigSource.Layout big(InputFormat.Layout layout) {
        return new BigSource.Layout(layout.rows(), layout.dataStart(), layout.firstLine(),
                layout.format().name() + ":" + layout.dataStart());
    }
}
