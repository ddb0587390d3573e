package dev.timeline.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.model.Actor;
import dev.timeline.model.ActorKind;
import dev.timeline.query.ActorLinks.Rule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keys agree with linking, over small random sets of actors in three datasets and random crosswalks: two actors of
 * different datasets share a key exactly when selecting one selects the other (either way), or when both are tied
 * to one country, so that a state of it in a third dataset selects both. The seed is printed; rerun a failure with
 * {@code -Dtimeline.seed=<seed>}.
 */
class ActorLinksPropertyTest {

    private static final List<String> DATASETS = List.of("curated", "acled", "gdelt");
    private static final List<String> NAMES = List.of("Military Forces of Iran (2021-)", "Protesters (Iran)",
            "Police Forces of Azerbaijan (2003-)", "Government of Iran", "Iran", "Azerbaijan", "Taliban",
            "Guardians of the Republic", "DYFI: Democratic Youth Federation of India", "TEHRAN", "Rioters (Turkey)");
    private static final List<String> IDS = List.of("iran", "azerbaijan", "irgc", "tehran", "taliban", "a1", "a2");
    private static final List<String> PATTERNS = List.of("iran", "^Police", "forces", "\\(Iran\\)$", "of Az");
    private static final List<String> COUNTRIES = List.of("IRN", "AZE", "TUR");

    private static long seed;

    @BeforeAll
    static void seed() {
        seed = Long.getLong("timeline.seed", System.nanoTime());
        System.out.println("ActorLinksPropertyTest seed=" + seed + " (rerun with -Dtimeline.seed=" + seed + ")");
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static Actor actor(Random random, int n) {
        String name = random.nextInt(4) == 0 ? "Actor " + n : pick(random, NAMES);
        String id = random.nextInt(3) == 0 ? pick(random, IDS) : "x" + n;
        ActorKind kind = random.nextInt(3) == 0 ? ActorKind.STATE : pick(random, List.of(ActorKind.values()));
        String country = random.nextInt(3) == 0 ? pick(random, COUNTRIES) : null;
        List<String> aliases = random.nextInt(3) == 0 ? List.of(pick(random, NAMES)) : List.of();
        return new Actor(id, name, kind, country, aliases, null, null);
    }

    private static Rule rule(Random random) {
        String dataset = random.nextInt(3) == 0 ? "*" : pick(random, DATASETS);
        String target = pick(random, IDS);
        return random.nextBoolean() ? Rule.named(dataset, random.nextBoolean() ? pick(random, NAMES)
                : pick(random, IDS), target) : Rule.matching(dataset, pick(random, PATTERNS), target);
    }

    private static boolean meet(Set<String> a, Set<String> b) {
        return !Collections.disjoint(a, b);
    }

    @Test
    void keysMeetExactlyWhenLinkingSelectsOneFromTheOther() {
        Random random = new Random(seed);
        int meetings = 0;
        int byCountryOnly = 0;
        for (int round = 0; round < 300; round++) {
            List<Rule> rules = new ArrayList<>();
            for (int i = random.nextInt(5); i > 0; i--) {
                rules.add(rule(random));
            }
            ActorLinks links = ActorLinks.of("random", rules);
            Map<String, List<Actor>> members = new LinkedHashMap<>();
            int n = 0;
            for (String dataset : DATASETS) {
                List<Actor> actors = new ArrayList<>();
                for (int i = 1 + random.nextInt(4); i > 0; i--) {
                    actors.add(actor(random, n++));
                }
                members.put(dataset, actors);
            }
            for (String x : DATASETS) {
                for (String y : DATASETS) {
                    if (x.equals(y)) {
                        continue;
                    }
                    for (Actor a : members.get(x)) {
                        for (Actor b : members.get(y)) {
                            String what = "seed " + seed + ", round " + round + ", rules " + rules + ": " + x + " "
                                    + a + " and " + y + " " + b;
                            boolean bFromA = links.linked(y, List.of(b), Map.of(x, List.of(a))).contains(b.id());
                            boolean aFromB = links.linked(x, List.of(a), Map.of(y, List.of(b))).contains(a.id());
                            boolean sameState = false;
                            for (String country : COUNTRIES) {
                                // a witness no rule can match: "Zz" is no name, pattern or id of the rules
                                Map<String, List<Actor>> state = Map.of("witness",
                                        List.of(new Actor("zz", "Zz", ActorKind.STATE, country, null, null, null)));
                                sameState |= links.linked(x, List.of(a), state).contains(a.id())
                                        && links.linked(y, List.of(b), state).contains(b.id());
                            }
                            boolean keysMeet = meet(links.keys(x, a), links.keys(y, b));
                            assertThat(keysMeet).as(what + ": keys %s and %s", links.keys(x, a), links.keys(y, b))
                                    .isEqualTo(bFromA || aFromB || sameState);
                            // told no dataset, linking may only widen (the rules of every dataset apply)
                            if (bFromA && !a.equals(b)) {
                                assertThat(links.linked(y, List.of(b), List.of(a))).as(what).contains(b.id());
                            }
                            meetings += keysMeet ? 1 : 0;
                            byCountryOnly += keysMeet && !bFromA && !aFromB ? 1 : 0;
                        }
                    }
                }
            }
        }
        // the random cases reach every kind of link, not only the easy "nothing meets"
        assertThat(meetings).as("seed " + seed + ": pairs whose keys meet").isGreaterThan(200);
        assertThat(byCountryOnly).as("seed " + seed + ": pairs linked only through a state").isGreaterThan(20);
    }

    /** Linking is symmetric except for the country rule, which goes from a state to what is tied to its country. */
    @Test
    void crosswalkLinksGoBothWays() {
        Random random = new Random(seed + 1);
        for (int round = 0; round < 2000; round++) {
            List<Rule> rules = List.of(rule(random), rule(random));
            ActorLinks links = ActorLinks.of("random", rules);
            Actor a = actor(random, 1);
            Actor b = actor(random, 2);
            Set<String> ka = new HashSet<>(links.keys("acled", a));
            ka.removeIf(k -> !k.startsWith("actor:"));
            boolean crosswalk = meet(ka, links.keys("gdelt", b));
            if (crosswalk) {
                assertThat(links.linked("gdelt", List.of(b), Map.of("acled", List.of(a)))).as("seed " + seed
                        + " round " + round + " " + rules + " " + a + " " + b).contains(b.id());
                assertThat(links.linked("acled", List.of(a), Map.of("gdelt", List.of(b)))).as("seed " + seed
                        + " round " + round + " " + rules + " " + a + " " + b).contains(a.id());
            }
        }
    }
}
