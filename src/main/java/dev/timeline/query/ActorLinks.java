package dev.timeline.query;

import dev.timeline.model.Actor;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links the actors of several datasets read together (issue #15): an actor crosswalk ({@code --actor-map FILE}:
 * rows of dataset, name or pattern, actor id) and the country rule (an actor of ACLED, GDELT, UCDP or ICEWS tied to a
 * state, by its country code or by its name as the coder writes it, is part of that state's actor in every
 * dataset). Commands resolve the names people type in each dataset and widen the result with {@link #linked}, so
 * that {@code --actor}, {@code --with} and {@code --role} mean the same thing whatever the dataset.
 *
 * <p>API agreed between the multi-source store and the crosswalk; {@link #NONE} links nothing but the country rule.
 */
public final class ActorLinks {

    /** No crosswalk: the country rule alone. */
    public static final ActorLinks NONE = new ActorLinks();

    private ActorLinks() {
    }

    /**
     * Reads a crosswalk: CSV with a header naming {@code dataset}, {@code name} or {@code pattern}, and
     * {@code actor}, or a JSON array of objects with those fields.
     *
     * @throws dev.timeline.io.DataException naming the file and line of a bad row
     */
    public static ActorLinks read(Path file) {
        throw new UnsupportedOperationException("ActorLinks.read: crosswalk files come with issue #15");
    }

    /**
     * The ids of the actors of the member dataset {@code dataset} (its {@code actors}) that stand for one of
     * {@code selected} (actors of any dataset read, {@code partOf} already expanded): by a crosswalk rule, in either
     * direction, or by the country rule.
     *
     * @return ids of {@code actors}, each once; empty when none is linked
     */
    public Set<String> linked(String dataset, Collection<Actor> actors, Collection<Actor> selected) {
        return Set.of();
    }

    /**
     * The keys an actor of {@code dataset} is linked by, for telling whether two records share an actor after
     * linking: {@code id:DATASET/ID} for itself, {@code id:DATASET/ID} of each actor a crosswalk rule links it to,
     * and {@code country:ISO3} for a state or an actor tied to one. Two records share an actor when the keys of one
     * of each's actors meet.
     */
    public Set<String> keys(String dataset, Actor actor) {
        return Set.of("id:" + dataset + "/" + actor.id());
    }

    /**
     * The names {@code actor} of {@code dataset} is known by in each other dataset ({@code members}: dataset name to
     * its actors), for {@code actors}: dataset name to names, in the members' order, datasets without one left out.
     */
    public Map<String, List<String>> knownAs(String dataset, Actor actor, Map<String, Collection<Actor>> members) {
        return Map.of();
    }
}
