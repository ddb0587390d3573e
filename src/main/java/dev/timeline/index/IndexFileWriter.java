package dev.timeline.index;

import dev.timeline.io.Problem;
import dev.timeline.model.Actor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * Writes a {@link RecordIndex} in the layout {@link IndexCache} describes and reads back (the reading, the checks
 * and the atomic rename stay there): header, actors, problems, the columns, and last the CRC-32C of all of it.
 * The start order is written with its first and last days by position, so that a load can check it against the
 * day columns by reading both in order; the actor columns follow it in the same order, so that a date window's
 * actors are one slice.
 */
final class IndexFileWriter {

    private IndexFileWriter() {
    }

    /** Writes {@code index} of {@code input}, read as {@code format}, to {@code channel}, in the cache's layout. */
    static void write(FileChannel channel, Path input, String format, RecordIndex index) throws IOException {
        Out out = new Out(channel);
        out.putInt(IndexCache.MAGIC);
        out.putInt(IndexCache.VERSION);
        out.put(input.toString());
        out.put(format);
        FileStamp stamp = index.stamp();
        out.putLong(stamp.size());
        out.putLong(stamp.modified());
        out.putLong(stamp.changed());
        out.putLong(stamp.inode());
        out.putLong(stamp.device());
        out.room(1).put((byte) (stamp.whole() ? 1 : 0));
        out.putLong(stamp.fingerprint());
        out.putInt(index.size());
        out.putInt(index.actorIds().limit());
        out.putInt(index.actors().size());
        out.putInt(index.problemCount());
        out.putInt(index.problems().size());
        for (Actor actor : index.actors()) {
            out.put(actor.id());
            out.put(actor.name());
            out.room(1).put((byte) actor.kind().ordinal());
            out.put(actor.country() == null ? "" : actor.country());
        }
        for (Problem problem : index.problems()) {
            out.put(problem.file());
            out.putInt(problem.line());
            out.putInt(problem.column());
            out.put(problem.message());
        }
        out.put(index.startColumn());
        out.put(index.endColumn());
        out.put(index.offset());
        out.put(index.length());
        out.put(index.line());
        out.put(index.idHash());
        long[] unknown = index.unknown();
        out.putInt(unknown == null ? 0 : unknown.length);
        if (unknown != null) {
            out.put(unknown);
        }
        // sorted here, on the writer's thread, so that the run that built the index does not wait for it
        RecordIndex.StartOrder byStart = index.byStart() != null ? index.byStart()
                : RecordIndex.StartOrder.of(index.start(), index.end());
        out.put(byStart.record());
        out.put(byStart.start());
        out.put(byStart.end());
        out.put(byStart.reach());
        if (index.actorsInStartOrder()) {
            out.put(index.actorFrom());
            out.put(index.actorIds());
        } else {
            out.putInStartOrder(byStart.record(), index.actorFrom(), index.actorIds());
        }
        out.finish();
    }

    /** Writes through a 1 MiB buffer, keeping the CRC-32C of everything written; the CRC goes last. */
    private static final class Out {
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
        private final CRC32C crc = new CRC32C();

        Out(FileChannel channel) {
            this.channel = channel;
        }

        ByteBuffer room(int bytes) throws IOException {
            if (buffer.remaining() < bytes) {
                flush();
            }
            return buffer;
        }

        void putInt(int value) throws IOException {
            room(4).putInt(value);
        }

        void putLong(long value) throws IOException {
            room(8).putLong(value);
        }

        void put(String text) throws IOException {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            putInt(bytes.length);
            for (int at = 0; at < bytes.length; ) {
                int n = Math.min(bytes.length - at, room(1).remaining());
                buffer.put(bytes, at, n);
                at += n;
            }
        }

        void put(int[] values) throws IOException {
            for (int at = 0; at < values.length; ) {
                int n = Math.min(values.length - at, room(4).remaining() / 4);
                buffer.asIntBuffer().put(values, at, n);
                buffer.position(buffer.position() + n * 4);
                at += n;
            }
        }

        void put(IntBuffer values) throws IOException {
            IntBuffer rest = values.duplicate().rewind();
            while (rest.hasRemaining()) {
                int n = Math.min(rest.remaining(), room(4).remaining() / 4);
                IntBuffer slice = rest.slice().limit(n);
                buffer.asIntBuffer().put(slice);
                buffer.position(buffer.position() + n * 4);
                rest.position(rest.position() + n);
            }
        }

        /**
         * The actor slices ({@code from}, one more than the records) and numbers ({@code ids}) of a fresh index,
         * by record, written in the order of {@code records} (the start order): position k's actors are then
         * {@code ids[from[k]..from[k+1])} of what is written.
         */
        void putInStartOrder(IntBuffer records, IntBuffer from, IntBuffer ids) throws IOException {
            int n = records.limit();
            int[] record = RecordIndex.ints(records);
            int[] slice = RecordIndex.ints(from);
            int[] all = RecordIndex.ints(ids);
            int[] positionFrom = new int[n + 1];
            int[] inOrder = new int[all.length];
            int at = 0;
            for (int k = 0; k < n; k++) {
                int i = record[k];
                for (int a = slice[i]; a < slice[i + 1]; a++) {
                    inOrder[at++] = all[a]; // a record has a few: a loop, not a call to arraycopy each
                }
                positionFrom[k + 1] = at;
            }
            put(positionFrom);
            put(inOrder);
        }

        void put(LongBuffer values) throws IOException {
            LongBuffer rest = values.duplicate().rewind();
            while (rest.hasRemaining()) {
                int n = Math.min(rest.remaining(), room(8).remaining() / 8);
                LongBuffer slice = rest.slice().limit(n);
                buffer.asLongBuffer().put(slice);
                buffer.position(buffer.position() + n * 8);
                rest.position(rest.position() + n);
            }
        }

        void put(long[] values) throws IOException {
            for (int at = 0; at < values.length; ) {
                int n = Math.min(values.length - at, room(8).remaining() / 8);
                buffer.asLongBuffer().put(values, at, n);
                buffer.position(buffer.position() + n * 8);
                at += n;
            }
        }

        private void flush() throws IOException {
            buffer.flip();
            crc.update(buffer.duplicate());
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            buffer.clear();
        }

        void finish() throws IOException {
            flush();
            buffer.putLong(crc.getValue()).flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }
}
