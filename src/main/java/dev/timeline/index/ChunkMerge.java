package dev.timeline.index;

import dev.timeline.io.DataException;
import dev.timeline.io.Problem;
import dev.timeline.model.Actor;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Joins the parts of a {@link ChunkScanner} scan into one {@link RecordIndex}: columns, actor dictionary, problems. */
final class ChunkMerge {

    private ChunkMerge() {
    }

    /**
     * The index of the whole scan from its parts, in file order. A later part counts only when the one before
     * ended exactly where it starts; else the rest is read again from where that one stopped (a quoted line break
     * straddled the cut). Fails at the first bad record unless the request skips bad ones.
     */
    static RecordIndex merge(ScanRequest request, List<ChunkPart> parts) {
        FileStamp stamp = request.stamp();
        int firstLine = request.firstLine();
        // a later chunk counts only when the one before ended exactly where it starts
        List<ChunkPart> accepted = new ArrayList<>(List.of(parts.get(0)));
        for (int i = 1; i < parts.size(); i++) {
            ChunkPart previous = accepted.get(accepted.size() - 1);
            if (previous.failed) {
                break;
            }
            if (previous.stoppedAt != parts.get(i).from) {
                ChunkPart rest = new ChunkPart(request, previous.stoppedAt, Long.MAX_VALUE);
                accepted.add(rest.call());
                break;
            }
            accepted.add(parts.get(i));
        }
        int lineBase = firstLine;
        int count = 0;
        int actorCount = 0;
        int problemCount = 0;
        List<Problem> problems = new ArrayList<>();
        for (ChunkPart part : accepted) {
            for (Problem p : part.problems) {
                if (problems.size() < RecordIndex.PROBLEMS_LISTED) {
                    problems.add(new Problem(request.file(), p.line() + lineBase, p.column(), p.message()));
                }
            }
            if (part.failed) {
                throw new DataException(problems.subList(0, 1));
            }
            problemCount += part.problemCount;
            part.lineBase = lineBase;
            lineBase += part.lines;
            count += part.count;
            actorCount += part.actorIds.size;
        }
        int[] start = new int[count];
        int[] end = new int[count];
        long[] offset = new long[count];
        int[] length = new int[count];
        int[] line = new int[count];
        int[] idHash = new int[count];
        int[] actorFrom = new int[count + 1];
        int[] actorIds = new int[actorCount];
        long[] unknown = null;
        List<Actor> actors = new ArrayList<>();
        Map<String, Integer> byId = new HashMap<>();
        int at = 0;
        int actorAt = 0;
        for (ChunkPart part : accepted) {
            int[] remap = new int[part.row.dictionary.size()];
            for (int i = 0; i < remap.length; i++) {
                Actor actor = part.row.dictionary.get(i);
                remap[i] = byId.computeIfAbsent(actor.id(), k -> {
                    actors.add(actor);
                    return actors.size() - 1;
                });
            }
            System.arraycopy(part.start.items, 0, start, at, part.count);
            System.arraycopy(part.end.items, 0, end, at, part.count);
            System.arraycopy(part.offset, 0, offset, at, part.count);
            System.arraycopy(part.length.items, 0, length, at, part.count);
            System.arraycopy(part.idHash.items, 0, idHash, at, part.count);
            for (int i = 0; i < part.count; i++) {
                line[at + i] = part.line.items[i] + part.lineBase;
                actorFrom[at + i] = actorAt + part.actorFrom.items[i];
            }
            for (int i = 0; i < part.actorIds.size; i++) {
                actorIds[actorAt + i] = remap[part.actorIds.items[i]];
            }
            for (int i = 0; i < part.unknown.size; i++) {
                if (unknown == null) {
                    unknown = new long[(count + 63) >>> 6];
                }
                int record = at + part.unknown.items[i];
                unknown[record >>> 6] |= 1L << record;
            }
            at += part.count;
            actorAt += part.actorIds.size;
        }
        actorFrom[count] = actorAt;
        return new RecordIndex(stamp, start, end, LongBuffer.wrap(offset), IntBuffer.wrap(length), IntBuffer.wrap(line),
                IntBuffer.wrap(idHash), IntBuffer.wrap(actorFrom), IntBuffer.wrap(actorIds), actors, unknown,
                problemCount, problems, null);
    }
}
