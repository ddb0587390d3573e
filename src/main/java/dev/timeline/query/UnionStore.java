package dev.timeline.query;

import dev.timeline.model.Actor;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.Names;
import dev.timeline.model.Participation;
import java.io.IOException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Several stores read as one timeline ({@code --data} given more than once): each member keeps its own engine (a
 * curated dataset in memory, a big file through its index) and answers its own query; the union merges their
 * ordered streams and applies the limit after merging, so a big member is streamed as it would be alone.
 *
 * <p>Every event carries its member's name as its {@link Event#dataset() origin}. Event ids stay as the members give
 * them, except an id more than one member holds: each of those events is named {@code NAME:ID}. Actor ids stay too,
 * except an id two members give to actors of different names: those are {@code NAME/ID}. A {@link Query} against the
 * union holds union actor ids; each member is asked with the ids that are its own (an id of no member's actors is
 * dropped, and a member left with none for an actor filter is not asked at all).
 *
 * <p>Events of one member come in its order (earliest day, latest, its own id); the merge orders events of
 * different members by the same keys, ties going to the member read first, and reverses all of it for
 * {@code -date} ({@link OrderedMerge}). {@link #whole()} holds the same events; a {@link Timeline} of it orders
 * same-day events by their union ids, so two named {@code NAME:ID} may come there in another order.
 *
 * <p>Clashing event ids are found from the members that list their ids ({@link EventStore#eventIds()}: datasets in
 * memory), each looked up in every other member; two big files, neither of which lists its ids, are not compared.
 */
public final class UnionStore implements EventStore {

    /** A store read as part of a union, under its name (unique in the union). */
    public record Member(String name, EventStore store) {
    }

    private final List<Member> members;
    private final ActorLinks links;
    /** Ids more than one member holds: named {@code NAME:ID} in the union. */
    private final Set<String> clashing;
    /** Each clashing id, with the names of the members that hold it. */
    private final Map<String, Set<String>> holders;
    /** Per member (by index), local actor id to union id, as decided so far. */
    private final List<Map<String, String>> unionIds = new ArrayList<>();
    /**
     * Per member, its actors by id, asked once: a big file's is a live view that grows as it reads, a dataset's is
     * built anew on every call.
     */
    private final List<Map<String, Actor>> memberActors = new ArrayList<>();
    private final Map<String, Actor> actorsView = new UnionActors();
    /** Union actors found so far, by union id (output asks for each event's actors). */
    private final Map<String, Actor> found = new HashMap<>();
    private final Map<String, Actor> mapped = new HashMap<>();

    private UnionStore(List<Member> members, ActorLinks links, Map<String, Set<String>> holders) {
        this.members = List.copyOf(members);
        this.links = links;
        this.holders = holders;
        this.clashing = holders.keySet();
        members.forEach(m -> unionIds.add(new HashMap<>()));
        members.forEach(m -> memberActors.add(m.store().actorsById()));
        decideSharedActors();
    }

    /**
     * The union of {@code members} (at least two, names unique), linking their actors with {@code links}; when
     * event ids clash, says so once on {@code notices}: how many ids, and in which datasets.
     */
    public static UnionStore of(List<Member> members, ActorLinks links, Consumer<String> notices) {
        if (members.size() < 2) {
            throw new IllegalArgumentException("a union needs two members or more: " + members.size());
        }
        Set<String> names = new HashSet<>();
        for (Member member : members) {
            if (!names.add(member.name())) {
                throw new IllegalArgumentException("two members named " + member.name());
            }
        }
        if (!links.rules().isEmpty()) { // a big member's actors are read only when a crosswalk needs them
            Set<String> actorIds = new HashSet<>();
            members.forEach(m -> actorIds.addAll(m.store().actorsById().keySet()));
            links.checkTargets(actorIds); // a crosswalk naming no actor read would link nothing, silently
        }
        Map<String, Set<String>> holders = clashes(members);
        if (!holders.isEmpty()) {
            Set<String> datasets = new TreeSet<>();
            holders.values().forEach(datasets::addAll);
            int events = holders.values().stream().mapToInt(Set::size).sum();
            Map.Entry<String, Set<String>> first = holders.entrySet().iterator().next();
            String example = members.stream().map(Member::name).filter(first.getValue()::contains).findFirst()
                    .orElseThrow() + ":" + first.getKey();
            notices.accept(holders.size() + (holders.size() == 1 ? " event id is" : " event ids are")
                    + " in more than one dataset (" + String.join(", ", members.stream().map(Member::name)
                            .filter(datasets::contains).toList()) + "): those " + events
                    + " events are named DATASET:ID, e.g. " + example);
        }
        return new UnionStore(members, links, holders);
    }

    /** Clashing id to the names of the members holding it, in id order. */
    private static Map<String, Set<String>> clashes(List<Member> members) {
        Map<String, Set<String>> holders = new LinkedHashMap<>();
        for (int i = 0; i < members.size(); i++) {
            for (String id : members.get(i).store().eventIds()) {
                for (int j = 0; j < members.size(); j++) {
                    if (j != i && holds(members.get(j).store(), id)) {
                        Set<String> names = holders.computeIfAbsent(id, k -> new TreeSet<>());
                        names.add(members.get(i).name());
                        names.add(members.get(j).name());
                    }
                }
            }
        }
        return new TreeMap<>(holders);
    }

    private static boolean holds(EventStore store, String id) {
        return store.event(id).isPresent();
    }

    /**
     * A member's name: a dataset's own id when it is a dataset file (held in memory), else {@code fileName} without
     * its extensions ({@code acled-2023.csv.gz} is {@code acled-2023}).
     */
    public static String nameOf(EventStore store, String fileName) {
        if (store instanceof Timeline timeline) {
            return timeline.dataset().id();
        }
        String name = fileName;
        int dot = name.indexOf('.', 1);
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** {@code names} made unique: the second of one name is {@code NAME-2}, the third {@code NAME-3}, and so on. */
    public static List<String> uniqueNames(List<String> names) {
        Set<String> used = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (String name : names) {
            String unique = name;
            for (int n = 2; !used.add(unique); n++) {
                unique = name + "-" + n;
            }
            out.add(unique);
        }
        return out;
    }

    /** The members, in the order they were given. */
    public List<Member> members() {
        return members;
    }

    /** Qualifies, from the actors known now, every id two members give to actors of different names. */
    private void decideSharedActors() {
        Map<String, Set<String>> namesById = new HashMap<>();
        for (Map<String, Actor> actors : memberActors) {
            for (Actor actor : actors.values()) {
                namesById.computeIfAbsent(actor.id(), k -> new HashSet<>()).add(Names.normalize(actor.name()));
            }
        }
        for (int i = 0; i < members.size(); i++) {
            for (Actor actor : memberActors.get(i).values()) {
                boolean clash = namesById.get(actor.id()).size() > 1;
                unionIds.get(i).put(actor.id(), clash ? members.get(i).name() + "/" + actor.id() : actor.id());
            }
        }
    }

    /**
     * The union id of actor {@code local} of member {@code m}. An actor met after the union was built (a big file
     * learns actors as it reads) keeps its id unless another member has an actor of that id by another name.
     */
    String unionId(int m, String local) {
        Map<String, String> ids = unionIds.get(m);
        String known = ids.get(local);
        if (known != null) {
            return known;
        }
        Actor actor = memberActors.get(m).get(local);
        if (actor == null) {
            return local; // not (yet) an actor of this member; decided when it is
        }
        String name = Names.normalize(actor.name());
        boolean clash = false;
        for (int j = 0; j < members.size() && !clash; j++) {
            Actor other = j == m ? null : memberActors.get(j).get(local);
            clash = other != null && !Names.normalize(other.name()).equals(name);
        }
        String id = clash ? members.get(m).name() + "/" + local : local;
        ids.put(local, id);
        return id;
    }

    /** Member {@code m}'s actor {@code local}, or null. */
    Actor memberActor(int m, String local) {
        return memberActors.get(m).get(local);
    }

    /** The ids of member {@code m}'s own actors among the union ids {@code ids}. */
    Set<String> localIds(int m, Collection<String> ids) {
        Map<String, Actor> actors = memberActors.get(m);
        String prefix = members.get(m).name() + "/";
        Set<String> out = new LinkedHashSet<>();
        for (String id : ids) {
            String local = id.startsWith(prefix) && actors.containsKey(id.substring(prefix.length()))
                    ? id.substring(prefix.length()) : id;
            if (actors.containsKey(local) && unionId(m, local).equals(id)) {
                out.add(local);
            }
        }
        return out;
    }

    /** The member and local id a union actor id stands for, or null. */
    private Map.Entry<Integer, String> locate(String unionId) {
        for (int m = 0; m < members.size(); m++) {
            Set<String> local = localIds(m, List.of(unionId));
            if (!local.isEmpty()) {
                return Map.entry(m, local.iterator().next());
            }
        }
        return null;
    }

    /** Actor {@code local} of member {@code m} as the union names it (its id and its {@code partOf} mapped). */
    private Actor unionActor(int m, Actor local) {
        String id = unionId(m, local.id());
        String partOf = local.partOf() == null ? null : unionId(m, local.partOf());
        if (id.equals(local.id()) && (partOf == null || partOf.equals(local.partOf()))) {
            return local;
        }
        return mapped.computeIfAbsent(id, k -> new Actor(id, local.name(), local.kind(), local.country(),
                local.aliases(), partOf, local.position()));
    }

    /** Event {@code e} of member {@code m} as the union gives it: its origin set, its ids made unique. */
    private Event unionEvent(int m, Event e) {
        String name = members.get(m).name();
        String id = clashing.contains(e.id()) ? name + ":" + e.id() : e.id();
        List<Participation> actors = e.actors();
        for (int i = 0; i < actors.size(); i++) {
            Participation p = actors.get(i);
            String union = unionId(m, p.actorId());
            if (!union.equals(p.actorId())) {
                if (actors == e.actors()) {
                    actors = new ArrayList<>(actors);
                }
                actors.set(i, new Participation(union, p.role()));
            }
        }
        if (actors == e.actors()) {
            return e.withOrigin(id, name);
        }
        return new Event(id, e.date(), e.title(), e.summary(), e.type(), actors, e.place(), e.fatalities(),
                e.sources(), e.tags(), e.note(), name);
    }

    /** The header: the members' ids joined by {@code +}, their titles by {@code  + }; no actors or events. */
    @Override
    public Dataset dataset() {
        return new Dataset(members.stream().map(Member::name).collect(Collectors.joining("+")), null,
                members.stream().map(m -> m.store().dataset().title()).collect(Collectors.joining(" + ")),
                null, List.of(), List.of());
    }

    /** A live view, as a big member's is: actors a member learns while it reads are found here too. */
    @Override
    public Map<String, Actor> actorsById() {
        return actorsView;
    }

    @Override
    public List<Actor> actors() {
        Map<String, Actor> out = new LinkedHashMap<>();
        for (int m = 0; m < members.size(); m++) {
            for (Actor actor : members.get(m).store().actors()) {
                Actor union = unionActor(m, actor);
                out.putIfAbsent(union.id(), union);
            }
        }
        return List.copyOf(out.values());
    }

    @Override
    public ActorResolver resolver() {
        return new UnionResolver(this, members.stream().map(m -> m.store().resolver()).toList());
    }

    @Override
    public ActorResolver resolver(Collection<String> names) {
        return new UnionResolver(this, members.stream().map(m -> m.store().resolver(names)).toList());
    }

    /** The links between the members' actors this union resolves names with. */
    ActorLinks links() {
        return links;
    }

    /**
     * The names the union actor {@code unionId} is known by in each other member ({@link ActorLinks#knownAs}),
     * member name to names; empty for an actor no member has.
     */
    public Map<String, List<String>> knownAs(String unionId) {
        Map.Entry<Integer, String> where = locate(unionId);
        if (where == null) {
            return Map.of();
        }
        Member member = members.get(where.getKey());
        Actor actor = memberActors.get(where.getKey()).get(where.getValue());
        Map<String, Collection<Actor>> others = new LinkedHashMap<>();
        for (Member other : members) {
            if (other != member) {
                others.put(other.name(), other.store().actors());
            }
        }
        return links.knownAs(member.name(), actor, others);
    }

    /** {@code NAME:ID} in the member named NAME when ID clashes; any other id in the member that holds it. */
    @Override
    public Optional<Event> event(String id) {
        for (int m = 0; m < members.size(); m++) {
            String prefix = members.get(m).name() + ":";
            if (id.startsWith(prefix) && clashing.contains(id.substring(prefix.length()))) {
                int member = m;
                return members.get(m).store().event(id.substring(prefix.length())).map(e -> unionEvent(member, e));
            }
        }
        if (clashing.contains(id)) {
            return Optional.empty(); // ambiguous: only NAME:ID names one of these
        }
        for (int m = 0; m < members.size(); m++) {
            int member = m;
            Optional<Event> found = members.get(m).store().event(id).map(e -> unionEvent(member, e));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The ids of the members that list theirs, and every clashing id as each member holding it names it. */
    @Override
    public List<String> eventIds() {
        List<String> ids = new ArrayList<>();
        for (Member member : members) {
            List<String> listed = member.store().eventIds();
            for (String id : listed) {
                ids.add(clashing.contains(id) ? member.name() + ":" + id : id);
            }
            if (listed.isEmpty()) {
                holders.forEach((id, names) -> {
                    if (names.contains(member.name())) {
                        ids.add(member.name() + ":" + id);
                    }
                });
            }
        }
        return ids;
    }

    /** The members' names, in the order read. */
    @Override
    public List<String> datasetNames() {
        return members.stream().map(Member::name).toList();
    }

    @Override
    public Iterable<Event> query(Query query) {
        List<Iterator<Event>> streams = new ArrayList<>();
        List<Integer> from = new ArrayList<>();
        for (int m = 0; m < members.size(); m++) {
            Query local = localQuery(m, query);
            if (local != null) {
                streams.add(members.get(m).store().query(local).iterator());
                from.add(m);
            }
        }
        return () -> new OrderedMerge(streams, from, query.descending(), query.limit(), this::unionEvent);
    }

    /** The query member {@code m} answers for {@code query}, or null when none of its events can match. */
    private Query localQuery(int m, Query query) {
        if (!query.datasets().isEmpty() && !query.datasets().contains(members.get(m).name())) {
            return null;
        }
        Set<String> actorIds = Set.of();
        if (!query.actorIds().isEmpty()) {
            actorIds = localIds(m, query.actorIds());
            if (actorIds.isEmpty()) {
                return null;
            }
        }
        List<Set<String>> withAll = new ArrayList<>();
        for (Set<String> ids : query.withAll()) {
            Set<String> local = localIds(m, ids);
            if (local.isEmpty()) {
                return null;
            }
            withAll.add(local);
        }
        return new Query(query.dates(), actorIds, query.roles(), withAll, query.types(), query.tags(),
                query.places(), query.outlets(), query.words(), query.precision(), query.descending(),
                query.limit(), Set.of());
    }

    @Override
    public void forEachStored(Consumer<Event> action) {
        for (int m = 0; m < members.size(); m++) {
            int member = m;
            members.get(m).store().forEachStored(e -> action.accept(unionEvent(member, e)));
        }
    }

    /** Every member's events, merged in date order, and every actor once (read after the events: all are known). */
    @Override
    public Dataset whole() {
        List<Event> all = new ArrayList<>();
        query(Query.ALL).forEach(all::add);
        Dataset header = dataset();
        return new Dataset(header.id(), null, header.title(), null, actors(), all);
    }

    /** Closes every member; the first failure is thrown once all were tried. */
    @Override
    public void close() throws IOException {
        IOException failed = null;
        for (Member member : members) {
            try {
                member.store().close();
            } catch (IOException e) {
                if (failed == null) {
                    failed = e;
                } else {
                    failed.addSuppressed(e);
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    /** The union's actors by union id: looked up in the members as asked, so that it grows as they do. */
    private final class UnionActors extends AbstractMap<String, Actor> {
        @Override
        public Actor get(Object key) {
            if (!(key instanceof String id)) {
                return null;
            }
            Actor known = found.get(id);
            if (known != null) {
                return known;
            }
            Map.Entry<Integer, String> where = locate(id);
            if (where == null) {
                return null; // perhaps not yet: a big member may learn it while it reads
            }
            Actor actor = unionActor(where.getKey(), memberActors.get(where.getKey()).get(where.getValue()));
            found.put(id, actor);
            return actor;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public Set<Entry<String, Actor>> entrySet() {
            Map<String, Actor> now = new LinkedHashMap<>();
            for (int m = 0; m < members.size(); m++) {
                for (Actor actor : memberActors.get(m).values()) {
                    Actor union = unionActor(m, actor);
                    now.putIfAbsent(union.id(), union);
                }
            }
            return now.entrySet();
        }
    }
}
