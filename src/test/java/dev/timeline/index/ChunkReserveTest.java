package dev.timeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan sizes its columns from the bytes per record of the first {@value ChunkPart#SAMPLE} records: a guess that
 * must not change the index, whether the rest of the file has much longer records (the guess is too big), much
 * shorter ones (too small: the columns grow past it), or the file ends within the sample. Each file is scanned on
 * one thread and on two, with small chunks, and the columns compared with what the records say.
 */
class ChunkReserveTest {

    @TempDir
    Path folder;

    @Test
    void shortThenLongRecords() throws IOException {
        check(lines(ChunkPart.SAMPLE + 10, 0, 3000, 2000));
    }

    @Test
    void longThenShortRecords() throws IOException {
        check(lines(ChunkPart.SAMPLE + 10, 2000, 30_000, 0));
    }

    @Test
    void fewerRecordsThanTheSample() throws IOException {
        check(lines(ChunkPart.SAMPLE - 1, 0, 0, 0));
        check(lines(ChunkPart.SAMPLE, 0, 1, 0));
        check(lines(ChunkPart.SAMPLE + 1, 0, 0, 0));
    }

    /** {@code first} records with summaries of {@code firstPad} bytes, then {@code rest} of {@code restPad}. */
    private static String lines(int first, int firstPad, int rest, int restPad) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < first + rest; i++) {
            int day = 1 + i % 28;
            text.append("{\"id\":\"E").append(i).append("\",\"date\":\"2023-02-").append(day < 10 ? "0" : "")
                    .append(day).append("\",\"type\":\"t\",\"title\":\"x\",\"summary\":\"")
                    .append("s".repeat(i < first ? firstPad : restPad))
                    .append("\",\"actors\":[{\"id\":\"a").append(i % 7).append("\",\"name\":\"A\"}]}\n");
        }
        return text.toString();
    }

    private void check(String content) throws IOException {
        Path file = Files.writeString(folder.resolve("events-" + content.length() + ".jsonl"), content);
        String[] records = content.split("\n");
        for (int threads : new int[] {1, 2}) {
            try (FileChannel channel = FileChannel.open(file)) {
                RecordIndex index = ChunkScanner.scan(new ScanRequest(channel, file.toString(), FileStamp.of(file,
                        channel), 0, 1, new JsonlFormat(), false, threads, bytes -> { }, Integer.MIN_VALUE,
                        Integer.MAX_VALUE, 1 << 10));
                assertThat(index.size()).as("%d records, %d threads", records.length, threads)
                        .isEqualTo(records.length);
                long at = 0;
                for (int i = 0; i < records.length; i++) {
                    byte[] bytes = records[i].getBytes(StandardCharsets.UTF_8);
                    assertThat(index.offset().get(i)).as("offset of record %d", i).isEqualTo(at);
                    assertThat(index.length().get(i)).as("length of record %d", i).isEqualTo(bytes.length);
                    assertThat(index.line().get(i)).as("line of record %d", i).isEqualTo(i + 1);
                    assertThat(index.idHash().get(i)).isEqualTo(IndexRow.hash("E" + i));
                    assertThat(index.start()[i]).isEqualTo(IndexRow.day(java.time.LocalDate.of(2023, 2, 1 + i % 28)));
                    assertThat(index.actorFrom().get(i)).as("actors of record %d", i).isEqualTo(i);
                    assertThat(index.actors().get(index.actorIds().get(i)).id()).isEqualTo("a" + i % 7);
                    at += bytes.length + 1;
                }
            }
        }
    }
}
