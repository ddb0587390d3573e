package dev.timeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.support.Cli;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11, point 6: an edit that keeps size and mtime, in the middle of the file (out of reach of the edge
 * checksum), and a same-size file moved over the old one, are both seen; a file nobody changes is never said to
 * have changed. Each runs twice: with the file taken as settled (only ctime, inode and device can tell), and as
 * fresh (racy: the whole-content checksum tells).
 */
class StaleIndexTest {

    private static final int RECORDS = 3000;
    private static final String EDITED = "e1500";

    @TempDir
    Path dir;

    Path file;
    Cli cli;
    long fine = FileStamp.racyFine;
    long coarse = FileStamp.racyCoarse;

    @BeforeEach
    void write() throws IOException {
        file = dir.resolve("events.jsonl");
        Files.writeString(file, records("2020"), StandardCharsets.UTF_8);
        cli = new Cli().env("XDG_CACHE_HOME", dir.resolve("cache").toString());
    }

    @AfterEach
    void restore() {
        FileStamp.racyFine = fine;
        FileStamp.racyCoarse = coarse;
    }

    /** Records of ~200 bytes, so that the edited one (in the middle) is far from the first and last 64 KiB. */
    private static String records(String editedYear) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < RECORDS; i++) {
            String id = "e" + i;
            String year = id.equals(EDITED) ? editedYear : "2020";
            out.append(String.format("{\"id\":\"e%d\",\"date\":\"%s-05-05\",\"type\":\"statement\",\"title\":"
                    + "\"Record %04d %s\"}%n", i, year, i, "x".repeat(150)));
        }
        return out.toString();
    }

    static Stream<Arguments> freshness() {
        return Stream.of(Arguments.of(true), Arguments.of(false));
    }

    private void settled(boolean settled) {
        if (settled) {
            FileStamp.racyFine = 0;
            FileStamp.racyCoarse = 0;
        } else {
            FileStamp.racyFine = TimeUnit.HOURS.toNanos(1);
            FileStamp.racyCoarse = TimeUnit.HOURS.toNanos(1);
        }
    }

    private Cli.Result in2098() {
        return cli.run("export", "--data", file.toString(), "--in", "2098", "--format", "jsonl");
    }

    @ParameterizedTest(name = "settled={0}")
    @MethodSource("freshness")
    void aSameSizeEditInTheMiddleWithItsTimePutBackIsSeen(boolean settled) throws IOException {
        settled(settled);
        assertThat(in2098().out()).isEmpty();
        FileTime mtime = Files.getLastModifiedTime(file);
        String text = Files.readString(file);
        int at = text.indexOf("{\"id\":\"" + EDITED + "\"");
        assertThat(at).isGreaterThan(128 * 1024).isLessThan(text.length() - 128 * 1024);
        int year = text.indexOf("2020", at);
        try (RandomAccessFile edit = new RandomAccessFile(file.toFile(), "rw")) { // in place: same inode
            edit.seek(year);
            edit.write("2098".getBytes(StandardCharsets.US_ASCII));
        }
        Files.setLastModifiedTime(file, mtime); // touch -r
        assertThat(Files.size(file)).isEqualTo(text.length());
        Cli.Result result = in2098();
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).as(result.toString()).contains("\"id\":\"" + EDITED + "\"");
    }

    @ParameterizedTest(name = "settled={0}")
    @MethodSource("freshness")
    void aSameSizeFileMovedOverTheOldOneIsSeen(boolean settled) throws IOException {
        settled(settled);
        assertThat(in2098().out()).isEmpty();
        FileTime mtime = Files.getLastModifiedTime(file);
        Path other = dir.resolve("other.jsonl");
        Files.writeString(other, records("2098"), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(other, mtime);
        assertThat(Files.size(other)).isEqualTo(Files.size(file));
        Files.move(other, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Cli.Result result = in2098();
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).as(result.toString()).contains("\"id\":\"" + EDITED + "\"");
    }

    /**
     * A file indexed while fresh and queried again once settled keeps its index (the whole-content checksum
     * vouches for it, once) and is never said to have changed.
     */
    @Test
    void aFileNobodyChangesIsNeverSaidToHaveChanged() throws Exception {
        FileStamp.racyFine = TimeUnit.MILLISECONDS.toNanos(300);
        FileStamp.racyCoarse = FileStamp.racyFine;
        int before = ChunkScanner.SCANS.get();
        for (int run = 0; run < 6; run++) {
            Cli.Result result = cli.run("list", "--data", file.toString(), "--in", "2020-05", "--format", "csv");
            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.err()).as(result.toString()).doesNotContain("changed");
            assertThat(result.out().lines()).hasSize(RECORDS + 1);
            Thread.sleep(100); // the file settles between the runs
        }
        assertThat(ChunkScanner.SCANS.get() - before).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 999_999_999})
    void aChangeIsRacyWithinATickOfTheStamp(long nanos) {
        long changed = 1_700_000_000_000_000_000L + nanos;
        long tick = nanos == 0 ? FileStamp.racyCoarse : FileStamp.racyFine;
        assertThat(FileStamp.isRacy(changed, changed)).isTrue();
        assertThat(FileStamp.isRacy(changed, changed - 1)).as("a change in the future").isTrue();
        assertThat(FileStamp.isRacy(changed, changed + tick - 1)).isTrue();
        assertThat(FileStamp.isRacy(changed, changed + tick)).isFalse();
    }
}
