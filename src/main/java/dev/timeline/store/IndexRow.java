package dev.timeline.store;

import dev.timeline.model.Actor;
import dev.timeline.model.ActorKind;
import dev.timeline.model.Names;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@link RowFormat} reports for one record while indexing, and the actors met so far by one scanning
 * thread. Days are epoch days; an open start is {@link Integer#MIN_VALUE}, an open end {@link Integer#MAX_VALUE}.
 */
final class IndexRow {

    int start;
    int end;
    int idHash;
    int actorCount;
    int[] actors = new int[8];

    /** Actors met by this thread, by the key the format gives them (a raw name, or id and name). */
    final Map<String, Integer> keys = new HashMap<>();
    final List<Actor> dictionary = new ArrayList<>();

    void reset() {
        start = 0;
        end = 0;
        idHash = 0;
        actorCount = 0;
    }

    void id(String id) {
        idHash = hash(id);
    }

    /**
     * Adds the actor known by {@code key} to this record, creating it with {@code id}, {@code name}, {@code kind}
     * and {@code country} the first time the key is seen.
     */
    void actor(String key, String id, String name, ActorKind kind, String country) {
        Integer index = keys.get(key);
        if (index == null) {
            index = dictionary.size();
            dictionary.add(new Actor(id != null ? id : Names.slug(name), name, kind, country, null, null, null));
            keys.put(key, index);
        }
        if (actorCount == actors.length) {
            actors = java.util.Arrays.copyOf(actors, actorCount * 2);
        }
        actors[actorCount++] = index;
    }

    /** The hash the index keeps of an event id (FNV-1a over its UTF-8 bytes), for finding one event by id. */
    static int hash(String id) {
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        int h = 0x811c9dc5;
        for (byte b : bytes) {
            h = (h ^ (b & 0xff)) * 0x01000193;
        }
        return h;
    }
}
