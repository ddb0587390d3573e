package dev.timeline.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.dates.EventDate;
import dev.timeline.model.Actor;
import dev.timeline.model.ActorKind;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.model.Participation;
import dev.timeline.model.Role;
import dev.timeline.support.Generated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.LocalDateRange;

/** {@link UnionStore} over datasets in memory: names, the merge against a sorted oracle, ids, actors. */
class UnionStoreTest {

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of(List.of("acled-2023", "caucasus"), List.of("acled-2023", "caucasus")),
                Arguments.of(List.of("a", "a", "a"), List.of("a", "a-2", "a-3")),
                Arguments.of(List.of("a", "a", "a-2"), List.of("a", "a-2", "a-2-2")),
                Arguments.of(List.of("x", "y", "x"), List.of("x", "y", "x-2")));
    }

    @ParameterizedTest
    @MethodSource("names")
    void namesAreMadeUniqueInOrder(List<String> given, List<String> unique) {
        assertThat(UnionStore.uniqueNames(given)).containsExactlyElementsOf(unique);
    }

    @Test
    void aDatasetIsNamedByItsIdAnyOtherFileByItsNameWithoutExtensions() {
        Timeline curated = Timeline.of(Generated.dataset(1, 3, 2, LocalDate.of(2023, 1, 1), 30));
        assertThat(UnionStore.nameOf(curated, "whatever.json")).isEqualTo("generated-1");
        EventStore big = new Delegate(curated);
        assertThat(UnionStore.nameOf(big, "acled-2023.csv.gz")).isEqualTo("acled-2023");
        assertThat(UnionStore.nameOf(big, "events")).isEqualTo("events");
        assertThat(UnionStore.nameOf(big, ".hidden.jsonl")).isEqualTo(".hidden");
    }

    /** One event of a member, as the oracle orders it. */
    private record Expected(Event event, int member, String id) {
    }

    private static final Comparator<Expected> ORDER = Comparator.comparing((Expected e) -> e.event().date())
            .thenComparing(e -> e.event().id()).thenComparingInt(Expected::member);

    @Test
    void theMergeIsTheSortedUnionWithTheLimitAfterItSeededCases() {
        for (long seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            int sizeA = 1 + random.nextInt(40);
            int sizeB = 1 + random.nextInt(40);
            Dataset a = Generated.dataset(seed, sizeA, 3, LocalDate.of(2023, 1, 1), 90);
            Dataset b = Generated.dataset(seed + 1000, sizeB, 3, LocalDate.of(2023, 2, 1), 90);
            UnionStore union = UnionStore.of(List.of(new UnionStore.Member("a", Timeline.of(a)),
                    new UnionStore.Member("b", Timeline.of(b))), ActorLinks.NONE, notice -> { });
            // both number their events e0, e1, ...: the ids of the smaller one clash
            int clash = Math.min(sizeA, sizeB);
            List<Expected> all = new ArrayList<>();
            a.events().forEach(e -> all.add(new Expected(e, 0, Integer.parseInt(e.id().substring(1)) < clash
                    ? "a:" + e.id() : e.id())));
            b.events().forEach(e -> all.add(new Expected(e, 1, Integer.parseInt(e.id().substring(1)) < clash
                    ? "b:" + e.id() : e.id())));
            all.sort(ORDER);
            List<String> expected = all.stream().map(Expected::id).toList();
            assertThat(ids(union, Query.ALL)).as("seed %d", seed).containsExactlyElementsOf(expected);
            int limit = 1 + random.nextInt(expected.size());
            assertThat(ids(union, Query.builder().limit(limit).build())).as("seed %d", seed)
                    .containsExactlyElementsOf(expected.subList(0, limit));
            List<String> reversed = new ArrayList<>(expected);
            Collections.reverse(reversed);
            assertThat(ids(union, Query.builder().descending(true).limit(limit).build())).as("seed %d", seed)
                    .containsExactlyElementsOf(reversed.subList(0, limit));
            LocalDateRange march = LocalDateRange.ofClosed(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31));
            Query inMarch = Query.builder().date(new DateCondition(march, Match.OVERLAPS)).build();
            assertThat(ids(union, inMarch)).as("seed %d", seed).containsExactlyElementsOf(all.stream()
                    .filter(e -> inMarch.matcher().test(e.event())).map(Expected::id).toList());
            assertThat(ids(union, Query.builder().datasets(Set.of("b")).build())).as("seed %d", seed)
                    .containsExactlyElementsOf(all.stream().filter(e -> e.member() == 1).map(Expected::id).toList());
            // every event of the union is found by its union id, its origin set
            for (Expected e : all) {
                assertThat(union.event(e.id())).map(Event::dataset).hasValue(e.member() == 0 ? "a" : "b");
            }
            if (clash > 0) {
                assertThat(union.event("e0")).isEmpty(); // two events: only a:e0 and b:e0 name one
            }
        }
    }

    private static List<String> ids(EventStore store, Query query) {
        List<String> ids = new ArrayList<>();
        store.query(query).forEach(e -> ids.add(e.id()));
        return ids;
    }

    private static Actor actor(String id, String name, String partOf) {
        return new Actor(id, name, partOf == null ? ActorKind.STATE : ActorKind.ARMED_FORCE, null, List.of(), partOf,
                null);
    }

    private static Event event(String id, String actorId) {
        return new Event(id, EventDate.parse("2023-03-28"), "Event " + id, "", EventType.STATEMENT,
                List.of(new Participation(actorId, Role.INITIATOR)), null, null, List.of(), List.of(), null);
    }

    private static Timeline timeline(String id, List<Actor> actors, List<Event> events) {
        return Timeline.of(new Dataset(id, null, id, null, actors, events));
    }

    @Test
    void aNameKnownInTwoDatasetsSelectsTheActorInBothWithItsParts() {
        Timeline curated = timeline("curated", List.of(actor("iran", "Iran", null), actor("irgc", "IRGC", "iran")),
                List.of(event("c1", "iran"), event("c2", "irgc")));
        Timeline other = timeline("other", List.of(actor("irn", "Iran", null), actor("army", "Army", "irn")),
                List.of(event("o1", "irn"), event("o2", "army")));
        UnionStore union = UnionStore.of(List.of(new UnionStore.Member("curated", curated),
                new UnionStore.Member("other", other)), ActorLinks.NONE, notice -> { });
        ActorResolver resolver = union.resolver(List.of("Iran"));
        assertThat(resolver.select("Iran", false)).containsExactlyInAnyOrder("iran", "irgc", "irn", "army");
        assertThat(resolver.select("Iran", true)).containsExactlyInAnyOrder("iran", "irn");
        Query query = Query.builder().actors(resolver.select("Iran", true)).build();
        assertThat(ids(union, query)).containsExactly("c1", "o1");
        assertThat(resolver.suggest("Irann")).contains("Iran");
    }

    @Test
    void anIdTwoDatasetsGiveToDifferentActorsIsQualifiedTheSameActorIsShared() {
        Timeline curated = timeline("curated", List.of(actor("iran", "Iran", null), actor("irgc", "IRGC", "iran"),
                actor("israel", "Israel", null)), List.of(event("c1", "irgc"), event("c2", "israel")));
        Timeline other = timeline("other", List.of(actor("iran", "Iran Air", null), actor("israel", "Israel", null)),
                List.of(event("o1", "iran"), event("o2", "israel")));
        UnionStore union = UnionStore.of(List.of(new UnionStore.Member("curated", curated),
                new UnionStore.Member("other", other)), ActorLinks.NONE, notice -> { });
        assertThat(union.actors()).extracting(Actor::id).containsExactly("curated/iran", "irgc", "israel",
                "other/iran");
        assertThat(union.actorsById().get("irgc").partOf()).isEqualTo("curated/iran"); // its part-of follows
        assertThat(union.actorsById().get("other/iran").name()).isEqualTo("Iran Air");
        assertThat(union.actorsById().get("iran")).isNull();
        assertThat(union.event("o1").orElseThrow().actors()).extracting(Participation::actorId)
                .containsExactly("other/iran");
        assertThat(union.event("c1").orElseThrow().actors()).extracting(Participation::actorId)
                .containsExactly("irgc");
        ActorResolver resolver = union.resolver();
        assertThat(resolver.select("Israel", false)).containsExactly("israel");
        assertThat(ids(union, Query.builder().actors(Set.of("israel")).build())).containsExactly("c2", "o2");
        // each dataset resolves a name as it would alone: there "Iran" is the id of Iran Air
        assertThat(ids(union, Query.builder().actors(resolver.select("Iran", false)).build()))
                .containsExactly("c1", "o1");
        assertThat(ids(union, Query.builder().actors(resolver.select("Iran Air", false)).build()))
                .containsExactly("o1");
        assertThat(resolver.select("IRGC", false)).containsExactly("irgc");
        assertThat(ids(union, Query.builder().with(Set.of("other/iran")).build())).containsExactly("o1");
        // the whole union, in memory, answers the same query with the same ids
        assertThat(Timeline.of(union.whole()).query(Query.builder().actors(Set.of("israel")).build()))
                .extracting(Event::id).containsExactly("c2", "o2");
        assertThat(union.whole().actors()).hasSize(4);
        // the state Israel of the other dataset is tied to the same country: the country rule links it
        assertThat(union.knownAs("israel")).isEqualTo(java.util.Map.of("other", List.of("Israel")));
    }

    @Test
    void clashingIdsAreToldOnceNamingTheDatasets() {
        Timeline a = timeline("a", List.of(actor("x", "X", null)), List.of(event("same", "x"), event("a1", "x")));
        Timeline b = timeline("b", List.of(actor("x", "X", null)), List.of(event("same", "x"), event("b1", "x")));
        Timeline c = timeline("c", List.of(actor("x", "X", null)), List.of(event("c1", "x")));
        List<String> notices = new ArrayList<>();
        UnionStore union = UnionStore.of(List.of(new UnionStore.Member("a", a), new UnionStore.Member("b", b),
                new UnionStore.Member("c", c)), ActorLinks.NONE, notices::add);
        assertThat(notices).containsExactly("1 event id is in more than one dataset (a, b): those 2 events are "
                + "named DATASET:ID, e.g. a:same");
        // one day: ordered by each dataset's own id, then by the order read
        assertThat(ids(union, Query.ALL)).containsExactly("a1", "b1", "c1", "a:same", "b:same");
        assertThat(union.eventIds()).containsExactly("a1", "a:same", "b1", "b:same", "c1");
        assertThat(union.datasetNames()).containsExactly("a", "b", "c");
        // a member that does not list its ids (a big file) is looked up by the ids the others list
        List<String> again = new ArrayList<>();
        UnionStore withBig = UnionStore.of(List.of(new UnionStore.Member("a", a),
                new UnionStore.Member("b", new Delegate(b))), ActorLinks.NONE, again::add);
        assertThat(again).containsExactlyElementsOf(notices);
        assertThat(withBig.eventIds()).containsExactly("a1", "a:same", "b:same");
        assertThat(withBig.event("b:same")).map(Event::dataset).hasValue("b");
    }

    /** A store that hides what it is (not a {@link Timeline}), as a big file would. */
    private record Delegate(EventStore store) implements EventStore {
        @Override
        public Dataset dataset() {
            return store.dataset();
        }

        @Override
        public Map<String, Actor> actorsById() {
            return store.actorsById();
        }

        @Override
        public List<Actor> actors() {
            return store.actors();
        }

        @Override
        public ActorResolver resolver() {
            return store.resolver();
        }

        @Override
        public Optional<Event> event(String id) {
            return store.event(id);
        }

        @Override
        public List<String> eventIds() {
            return List.of();
        }

        @Override
        public Iterable<Event> query(Query query) {
            return store.query(query);
        }

        @Override
        public void forEachStored(Consumer<Event> action) {
            store.forEachStored(action);
        }
    }
}
