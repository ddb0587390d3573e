package dev.timeline.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.input.Inputs;
import dev.timeline.io.DataException;
import dev.timeline.io.Progress;
import dev.timeline.model.Event;
import dev.timeline.query.Query;
import dev.timeline.tools.GenerateEvents;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index cache: reused while the file is unchanged, rebuilt when it changes, never trusted when damaged. */
class IndexCacheTest {

    @TempDir
    Path dir;

    Path file;
    Path cacheFolder;

    @BeforeEach
    void generate() throws IOException {
        file = dir.resolve("events.jsonl");
        GenerateEvents.write(file, 2000, 7, false);
        cacheFolder = dir.resolve("cache");
    }

    @Test
    void aRepeatedQueryDoesNotReadTheFileAgain() {
        int before = ChunkScanner.SCANS.get();
        List<String> first = ids(open());
        List<String> second = ids(open());
        assertThat(second).isEqualTo(first).hasSize(2000);
        assertThat(ChunkScanner.SCANS.get() - before).isEqualTo(1);
        assertThat(cacheFile()).exists();
    }

    /** A cached index finds date ranges by binary search over its start order; open spans must not be lost. */
    @Test
    void aCachedDateRangeFindsOpenAndLongSpans() throws IOException {
        Path open = dir.resolve("open.jsonl");
        String[] dates = {"../2020-05-03", "1990/..", "2020-05-10", "2019/2021", "2020-06", "../..", "2020-04-30",
            "2020-05-31/2020-06-02", "2021-01-01/..", "2020-05"};
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < dates.length; i++) {
            lines.append("{\"id\":\"e").append(i).append("\",\"date\":\"").append(dates[i])
                    .append("\",\"type\":\"statement\",\"title\":\"T\"}\n");
        }
        Files.writeString(open, lines);
        Inputs.Options options = new Inputs.Options(false, true, Map.of("XDG_CACHE_HOME", cacheFolder.toString()),
                Progress.NONE, w -> { });
        BigSource fresh = Inputs.openBig(open, options);
        BigSource cached = Inputs.openBig(open, options);
        assertThat(cached.index().byStart()).isNotNull();
        for (dev.timeline.query.Match match : dev.timeline.query.Match.values()) {
            Query may = Query.builder().date(new dev.timeline.query.DateCondition(
                    dev.timeline.dates.PeriodExpression.parse("2020-05").range(), match)).build();
            assertThat(ids(cached, may)).as(match.toString()).isEqualTo(ids(fresh, may));
        }
        Query may = Query.builder().date(new dev.timeline.query.DateCondition(
                dev.timeline.dates.PeriodExpression.parse("2020-05").range(), dev.timeline.query.Match.OVERLAPS))
                .build();
        assertThat(ids(cached, may)).containsExactlyInAnyOrder("e0", "e1", "e3", "e5", "e2", "e7", "e9");
    }

    @Test
    void noCacheNeitherReadsNorWritesOne() {
        int before = ChunkScanner.SCANS.get();
        Inputs.openBig(file, options(false));
        Inputs.openBig(file, options(false));
        assertThat(ChunkScanner.SCANS.get() - before).isEqualTo(2);
        assertThat(cacheFolder).doesNotExist();
    }

    @Test
    void aChangedFileIsIndexedAgain() throws IOException {
        open();
        Files.writeString(file, Files.readString(file).replaceFirst("\"id\":\"[A-Z]+1\"", "\"id\":\"CHANGED1\""));
        int before = ChunkScanner.SCANS.get();
        assertThat(open().event("CHANGED1")).isPresent();
        assertThat(ChunkScanner.SCANS.get() - before).isEqualTo(1);
    }

    @Test
    void aRewriteKeepingSizeAndTimeIsCaughtByTheFingerprint() throws IOException {
        open();
        FileTime time = Files.getLastModifiedTime(file);
        String text = Files.readString(file);
        String first = text.substring(0, text.indexOf("\"date\":\"") + 8);
        String rewritten = first + (text.charAt(first.length()) == '1' ? "2" : "1") + text.substring(first.length() + 1);
        Files.writeString(file, rewritten);
        Files.setLastModifiedTime(file, time);
        int before = ChunkScanner.SCANS.get();
        open();
        assertThat(ChunkScanner.SCANS.get() - before).isEqualTo(1);
    }

    @Test
    void aCorruptCacheIsRebuiltNotTrusted() throws IOException {
        List<String> expected = ids(open());
        try (RandomAccessFile raf = new RandomAccessFile(cacheFile().toFile(), "rw")) {
            raf.seek(raf.length() / 2);
            int b = raf.read();
            raf.seek(raf.length() / 2);
            raf.write(b ^ 0x40);
        }
        int before = ChunkScanner.SCANS.get();
        assertThat(ids(open())).isEqualTo(expected);
        assertThat(ChunkScanner.SCANS.get() - before).isEqualTo(1);
        assertThat(ids(open())).isEqualTo(expected);
        assertThat(ChunkScanner.SCANS.get() - before).isEqualTo(1); // the rebuilt one is good again
    }

    @Test
    void aTruncatedCacheIsRebuilt() throws IOException {
        List<String> expected = ids(open());
        for (long keep : new long[] {0, 10, Files.size(cacheFile()) / 3, Files.size(cacheFile()) - 1}) {
            try (var channel = Files.newByteChannel(cacheFile(), StandardOpenOption.WRITE)) {
                channel.truncate(keep);
            }
            int before = ChunkScanner.SCANS.get();
            assertThat(ids(open())).isEqualTo(expected);
            assertThat(ChunkScanner.SCANS.get() - before).as("truncated to %d bytes", keep).isEqualTo(1);
        }
    }

    @Test
    void twoBuildersAtOnceBothGetTheRightAnswer() throws Exception {
        List<String> expected = ids(Inputs.openBig(file, options(false)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<String>>> tasks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                tasks.add(() -> ids(open()));
            }
            for (Future<List<String>> result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        int before = ChunkScanner.SCANS.get();
        assertThat(ids(open())).isEqualTo(expected);
        assertThat(ChunkScanner.SCANS.get() - before).isZero();
        try (var files = Files.list(cacheFolder)) {
            assertThat(files.toList()).hasSize(1); // no temporary file left behind
        }
    }

    @Test
    void aFileChangedAfterIndexingGivesAnErrorNotAStaleAnswer() throws IOException {
        BigSource source = open();
        String text = Files.readString(file);
        // same length, other content: every record moved by one byte
        Files.writeString(file, " " + text.substring(0, text.length() - 1));
        assertThatThrownBy(() -> ids(source)).isInstanceOf(DataException.class)
                .hasMessageContaining("changed while timeline was reading it");
        assertThat(cacheFile()).doesNotExist(); // forgotten, so the next run indexes again
    }

    /**
     * The main reader reads records through a second handle on the file ({@link IndexedSource#directFile}): a
     * file cut short after that handle is open gives the same error as through the channel, and a file moved
     * over the indexed one after it is open is never read as the indexed one.
     */
    @Test
    void aFileCutShortWhileItsRecordsAreReadGivesAnError() throws IOException {
        BigSource source = open();
        List<String> all = ids(source); // the main reader has opened its handle
        assertThat(all).hasSize(2000);
        try (RandomAccessFile cut = new RandomAccessFile(file.toFile(), "rw")) {
            cut.setLength(cut.length() / 2);
        }
        assertThatThrownBy(() -> ids(source)).isInstanceOf(DataException.class)
                .hasMessageContaining("changed while timeline was reading it");
    }

    @Test
    void aFileMovedOverTheIndexedOneBeforeItsRecordsAreReadIsNotReadAsIt() throws IOException {
        BigSource source = open();
        Path other = dir.resolve("other.jsonl");
        GenerateEvents.write(other, 2000, 8, false); // other events, other offsets
        Files.move(other, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        // the records come from the file that was indexed (still open), or the run fails: never a mix
        try {
            assertThat(ids(source)).hasSize(2000);
        } catch (DataException e) {
            assertThat(e).hasMessageContaining("changed");
        }
        assertThat(source.directFile()).as("not opened on the file moved in").isNull();
    }

    private BigSource open() {
        return Inputs.openBig(file, options(true));
    }

    private Path cacheFile() {
        try {
            return IndexCache.at(cacheFolder.resolve("timeline")).fileFor(file.toRealPath());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> ids(BigSource source) {
        return ids(source, Query.builder().build());
    }

    private static List<String> ids(BigSource source, Query query) {
        return StreamSupport.stream(source.query(query).spliterator(), false).map(Event::id).toList();
    }

    private Inputs.Options options(boolean cache) {
        return new Inputs.Options(false, cache, Map.of("XDG_CACHE_HOME", cacheFolder.toString()), Progress.NONE,
                w -> { });
    }
}
