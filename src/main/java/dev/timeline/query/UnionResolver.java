package dev.timeline.query;

import dev.timeline.model.Actor;
import dev.timeline.model.Names;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Resolves the names people type against every member of a {@link UnionStore}: each member resolves the name as
 * it would alone (a curated dataset by ids, names, aliases and {@code partOf}; an ACLED or GDELT file also by
 * country), the actors selected in all members are then handed to {@link ActorLinks#linked} to widen each
 * member's ids, and the result is the union ids of them all. So {@code --actor}, {@code --with} and {@code --role}
 * mean the same thing in every member.
 */
final class UnionResolver extends ActorResolver {

    private final UnionStore union;
    private final List<ActorResolver> members;

    UnionResolver(UnionStore union, List<ActorResolver> members) {
        super(union.actors());
        this.union = union;
        this.members = List.copyOf(members);
    }

    @Override
    public Set<String> select(String name, boolean exact) {
        List<UnionStore.Member> stores = union.members();
        List<Set<String>> ids = new ArrayList<>();
        List<Actor> selected = new ArrayList<>();
        for (int m = 0; m < stores.size(); m++) {
            Set<String> local = new LinkedHashSet<>(members.get(m).select(name, exact));
            for (String id : local) {
                Actor actor = union.memberActor(m, id);
                if (actor != null) {
                    selected.add(actor);
                }
            }
            ids.add(local);
        }
        Set<String> out = new LinkedHashSet<>();
        for (int m = 0; m < stores.size(); m++) {
            if (!selected.isEmpty()) {
                UnionStore.Member member = stores.get(m);
                for (String linked : union.links().linked(member.name(), member.store().actors(), selected)) {
                    // a linked actor stands for the one typed: with its parts, as that one was taken
                    ids.get(m).addAll(exact ? Set.of(linked) : members.get(m).withParts(linked));
                }
            }
            for (String id : ids.get(m)) {
                out.add(union.unionId(m, id));
            }
        }
        return out;
    }

    /** Whether a country's name or code selects the actors tied to it in some member. */
    @Override
    public boolean coversCountries() {
        return members.stream().anyMatch(ActorResolver::coversCountries);
    }

    @Override
    public List<String> suggest(String name) {
        List<String> near = new ArrayList<>();
        members.forEach(m -> near.addAll(m.suggest(name)));
        return Names.closest(name, new LinkedHashSet<>(near), 3);
    }
}
