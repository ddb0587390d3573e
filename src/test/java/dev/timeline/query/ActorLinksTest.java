package dev.timeline.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.io.DataException;
import dev.timeline.model.Actor;
import dev.timeline.model.ActorKind;
import dev.timeline.model.Names;
import dev.timeline.query.ActorLinks.Rule;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The crosswalk rules in both directions, the country rule, and the keys and names they give. */
class ActorLinksTest {

    // a curated dataset, in the manner of data/caucasus.json
    static final Actor IRAN = new Actor("iran", "Iran", ActorKind.STATE, "IRN", List.of("Tehran",
            "Islamic Republic of Iran"), null, null);
    static final Actor IRAN_FORCES = new Actor("iran-armed-forces", "Armed Forces of the Islamic Republic of Iran",
            ActorKind.ARMED_FORCE, "IRN", List.of("Iranian armed forces"), "iran", null);
    static final Actor IRGC = new Actor("irgc", "Islamic Revolutionary Guard Corps", ActorKind.ARMED_FORCE, "IRN",
            List.of("IRGC", "Revolutionary Guards"), "iran", null);
    static final Actor AZERBAIJAN = new Actor("azerbaijan", "Azerbaijan", ActorKind.STATE, "AZE", List.of("Baku"),
            null, null);
    static final List<Actor> CURATED = List.of(IRAN, IRAN_FORCES, IRGC, AZERBAIJAN);

    // ACLED's actors as its reader makes them: a slug for id, no country, no parts
    static final Actor MILITARY_IRAN = acled("Military Forces of Iran (1989-)", ActorKind.ARMED_FORCE);
    static final Actor POLICE_IRAN = acled("Police Forces of Iran (1989-)", ActorKind.ARMED_FORCE);
    static final Actor PROTESTERS_IRAN = acled("Protesters (Iran)", ActorKind.GROUP);
    static final Actor MILITARY_AZE = acled("Military Forces of Azerbaijan (2003-)", ActorKind.ARMED_FORCE);
    static final Actor AXCP = acled("AXCP: Azerbaijani Popular Front Party", ActorKind.GROUP);
    static final List<Actor> ACLED = List.of(MILITARY_IRAN, POLICE_IRAN, PROTESTERS_IRAN, MILITARY_AZE, AXCP);

    // GDELT's: a state actor per country code, named actors without a country
    static final Actor GDELT_IRAN = new Actor("iran", "Iran", ActorKind.STATE, "IRN", null, null, null);
    static final Actor GDELT_TEHRAN = new Actor("tehran", "TEHRAN", ActorKind.GROUP, null, null, null, null);
    static final Actor GDELT_AZE = new Actor("azerbaijan", "Azerbaijan", ActorKind.STATE, "AZE", null, null, null);
    static final List<Actor> GDELT = List.of(GDELT_IRAN, GDELT_TEHRAN, GDELT_AZE);

    static Actor acled(String name, ActorKind kind) {
        return new Actor(Names.slug(name), name, kind, null, null, null, null);
    }

    static Map<String, Collection<Actor>> from(String dataset, Actor... actors) {
        return Map.of(dataset, List.of(actors));
    }

    static ActorLinks links(Rule... rules) {
        return ActorLinks.of("test", List.of(rules));
    }

    /** Rule (a): a member actor a rule matches stands for the selected target, whatever way the rule names it. */
    @ParameterizedTest(name = "rule {0} ''{1}'' matches ''{2}'': {3}")
    @CsvSource(delimiter = '|', value = {
        "name    | Military Forces of Iran (1989-)   | Military Forces of Iran (1989-) | true",
        "name    | military forces of iran 1989      | Military Forces of Iran (1989-) | true",
        "name    | military-forces-of-iran-1989      | Military Forces of Iran (1989-) | true",
        "name    | Military Forces of Iran (2021-)   | Military Forces of Iran (1989-) | false",
        "name    | Military Forces of Iran           | Military Forces of Iran (1989-) | false",
        "pattern | Forces of Iran                    | Military Forces of Iran (1989-) | true",
        "pattern | forces OF iran                    | Police Forces of Iran (1989-)   | true",
        "pattern | ^Military Forces of Iran \\(      | Military Forces of Iran (1989-) | true",
        "pattern | ^Forces of Iran                   | Military Forces of Iran (1989-) | false",
        "pattern | \\(Iran\\)$                       | Protesters (Iran)               | true",
        "pattern | Azerbaijan                        | Protesters (Iran)               | false"})
    void aRuleLinksTheMemberActorsItMatches(String how, String text, String member, boolean linked) {
        Rule rule = how.equals("name") ? Rule.named("acled", text, "iran-armed-forces")
                : Rule.matching("acled", text, "iran-armed-forces");
        Actor actor = ACLED.stream().filter(a -> a.name().equals(member)).findFirst().orElseThrow();
        assertThat(links(rule).linked("acled", ACLED, from("curated", IRAN_FORCES)).contains(actor.id()))
                .isEqualTo(linked);
    }

    @Test
    void aNameRuleMatchesAnAliasAndAnIdToo() {
        Actor aliased = new Actor("mfi", "MFI", ActorKind.ARMED_FORCE, null, List.of("Iranian Military"), null, null);
        ActorLinks links = links(Rule.named("ucdp", "iranian military", "iran"), Rule.named("ucdp", "MFI", "irgc"));
        assertThat(links.linked("ucdp", List.of(aliased), from("curated", IRAN))).containsExactly("mfi");
        assertThat(links.linked("ucdp", List.of(aliased), from("curated", IRGC))).containsExactly("mfi");
        assertThat(links.linked("ucdp", List.of(aliased), from("curated", AZERBAIJAN))).isEmpty();
    }

    /** A rule is about its dataset (named in any case), or every dataset when it is {@code *} or empty. */
    @ParameterizedTest(name = "rule for ''{0}'', member of {1}: {2}")
    @CsvSource(nullValues = "null", value = {"acled, acled, true", "ACLED, acled, true", "acled, gdelt, false",
        "*, gdelt, true", "'', gdelt, true", "null, acled, true", "ucdp, acled, false"})
    void aRuleIsAboutItsDataset(String ruleDataset, String member, boolean linked) {
        ActorLinks links = links(Rule.named(ruleDataset, "Protesters (Iran)", "irgc"));
        assertThat(links.linked(member, ACLED, from("curated", IRGC)))
                .isEqualTo(linked ? Set.of(PROTESTERS_IRAN.id()) : Set.of());
    }

    /** A rule links nothing when its target is not selected. */
    @Test
    void aRuleWhoseTargetIsNotSelectedLinksNothing() {
        ActorLinks links = links(Rule.matching("acled", "Forces of Iran", "irgc"));
        assertThat(links.linked("acled", ACLED, from("curated", IRAN_FORCES))).isEmpty();
    }

    /** Rule (b): a selected actor a rule matches selects the rule's target, and not the target's parts. */
    @Test
    void theReverseDirectionSelectsTheTargetAlone() {
        ActorLinks links = links(Rule.matching("acled", "^Military Forces of Iran", "iran"));
        assertThat(links.linked("curated", CURATED, from("acled", MILITARY_IRAN))).containsExactly("iran");
        assertThat(links.linked("curated", CURATED, from("acled", POLICE_IRAN))).isEmpty();
    }

    /** Told the dataset, a rule links a selected actor only when it is about that actor's dataset. */
    @Test
    void theReverseDirectionHonoursTheRulesDataset() {
        ActorLinks links = links(Rule.matching("gdelt", "^Military Forces of Iran", "iran"));
        assertThat(links.linked("curated", CURATED, from("acled", MILITARY_IRAN))).isEmpty();
        assertThat(links.linked("curated", CURATED, from("gdelt", MILITARY_IRAN))).containsExactly("iran");
        // not told the dataset, as documented: every rule may be about a selected actor of another dataset
        assertThat(links.linked("curated", CURATED, List.of(MILITARY_IRAN))).containsExactly("iran");
    }

    /** Two actors that stand for the same target are linked to each other through it. */
    @Test
    void actorsThatStandForTheSameTargetAreLinked() {
        Actor ucdp = new Actor("government-of-iran", "Government of Iran", ActorKind.GOVERNMENT_BODY, null, null,
                null, null);
        ActorLinks links = links(Rule.named("acled", "Police Forces of Iran (1989-)", "iran-police"),
                Rule.named("ucdp", "Government of Iran", "iran-police"));
        assertThat(links.linked("ucdp", List.of(ucdp), from("acled", POLICE_IRAN))).containsExactly(ucdp.id());
        assertThat(links.linked("acled", ACLED, from("ucdp", ucdp))).containsExactly(POLICE_IRAN.id());
        assertThat(links.keys("acled", POLICE_IRAN)).contains("actor:iran-police");
        assertThat(links.keys("ucdp", ucdp)).contains("actor:iran-police");
    }

    /** Rule (c): a selected state covers every actor tied to its country in the other datasets. */
    static Stream<Arguments> countryRule() {
        return Stream.of(
                Arguments.of("curated Iran in ACLED", "acled", ACLED, from("curated", IRAN),
                        List.of(MILITARY_IRAN.id(), POLICE_IRAN.id(), PROTESTERS_IRAN.id())),
                Arguments.of("curated Azerbaijan in ACLED", "acled", ACLED, from("curated", AZERBAIJAN),
                        List.of(MILITARY_AZE.id())),
                Arguments.of("GDELT's Iran in ACLED", "acled", ACLED, from("gdelt", GDELT_IRAN),
                        List.of(MILITARY_IRAN.id(), POLICE_IRAN.id(), PROTESTERS_IRAN.id())),
                Arguments.of("curated Iran in GDELT: the state, not TEHRAN", "gdelt", GDELT, from("curated", IRAN),
                        List.of("iran")),
                Arguments.of("GDELT's Iran in the curated dataset: what has country IRN", "curated", CURATED,
                        from("gdelt", GDELT_IRAN), List.of("iran", "iran-armed-forces", "irgc")),
                Arguments.of("not a state: the IRGC covers nothing", "acled", ACLED, from("curated", IRGC), List.of()),
                Arguments.of("not the other way: protesters cover no state", "curated", CURATED,
                        from("acled", PROTESTERS_IRAN), List.of()),
                Arguments.of("not within a dataset: curated Iran in the curated dataset", "curated", CURATED,
                        from("curated", IRAN), List.of()),
                Arguments.of("a state without a country code, by its name", "acled", ACLED,
                        from("other", new Actor("persia", "Iran", ActorKind.STATE, null, null, null, null)),
                        List.of(MILITARY_IRAN.id(), POLICE_IRAN.id(), PROTESTERS_IRAN.id())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("countryRule")
    void theCountryRule(String what, String member, List<Actor> actors, Map<String, Collection<Actor>> selected,
            List<String> expected) {
        assertThat(ActorLinks.NONE.linked(member, actors, selected)).containsExactlyElementsOf(expected);
    }

    /** Not told the dataset, an actor equal to one of the member's is taken to be the member's own. */
    @Test
    void withoutDatasetsTheMembersOwnStateIsNotWidenedByTheCountryRule() {
        Actor pretender = new Actor("azerbaijani-shia-muslims", "Azerbaijani Shia Muslims", ActorKind.GROUP, "AZE",
                List.of(), null, null);
        List<Actor> curated = List.of(AZERBAIJAN, pretender);
        assertThat(ActorLinks.NONE.linked("curated", curated, List.of(AZERBAIJAN))).isEmpty();
        assertThat(ActorLinks.NONE.linked("curated", curated, List.of(GDELT_AZE)))
                .containsExactly("azerbaijan", "azerbaijani-shia-muslims");
        assertThat(ActorLinks.NONE.linked("acled", ACLED, List.of(AZERBAIJAN, IRAN)))
                .containsExactly(MILITARY_IRAN.id(), POLICE_IRAN.id(), PROTESTERS_IRAN.id(), MILITARY_AZE.id());
    }

    @Test
    void noneLinksNoRuleAndNothingWithoutAState() {
        assertThat(ActorLinks.NONE.rules()).isEmpty();
        assertThat(ActorLinks.NONE.linked("acled", ACLED, from("curated", IRGC, IRAN_FORCES))).isEmpty();
        assertThat(ActorLinks.NONE.linked("acled", ACLED, List.of())).isEmpty();
    }

    /** Keys: itself, the targets it stands for or is, and its country; the scheme of {@link ActorLinks#keys}. */
    static Stream<Arguments> keys() {
        return Stream.of(
                Arguments.of("acled", MILITARY_IRAN, List.of("id:acled/military-forces-of-iran-1989",
                        "actor:iran-armed-forces", "country:IRN")),
                Arguments.of("gdelt", MILITARY_IRAN, List.of("id:gdelt/military-forces-of-iran-1989",
                        "country:IRN")),
                Arguments.of("curated", IRAN_FORCES, List.of("id:curated/iran-armed-forces",
                        "actor:iran-armed-forces", "country:IRN")),
                Arguments.of("curated", IRAN, List.of("id:curated/iran", "actor:iran", "country:IRN")),
                Arguments.of("curated", AZERBAIJAN, List.of("id:curated/azerbaijan", "country:AZE")),
                Arguments.of("acled", PROTESTERS_IRAN, List.of("id:acled/protesters-iran", "country:IRN")),
                Arguments.of("gdelt", GDELT_TEHRAN, List.of("id:gdelt/tehran", "actor:iran")),
                Arguments.of("acled", AXCP, List.of("id:acled/axcp-azerbaijani-popular-front-party")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("keys")
    void keys(String dataset, Actor actor, List<String> expected) {
        ActorLinks links = links(Rule.matching("acled", "^Military Forces of Iran", "iran-armed-forces"),
                Rule.named("*", "Tehran", "iran"));
        assertThat(links.keys(dataset, actor)).containsExactlyElementsOf(expected);
    }

    /** The curated iran is a target: its id key appears once, though it also matches the rule by its alias. */
    @Test
    void aTargetMatchingItsOwnRuleHasItsKeyOnce() {
        ActorLinks links = links(Rule.named("*", "Tehran", "iran"));
        assertThat(links.keys("curated", IRAN)).containsExactly("id:curated/iran", "actor:iran", "country:IRN");
    }

    @Test
    void knownAsListsWhatSelectingTheActorSelectsInEachOtherDataset() {
        ActorLinks links = links(Rule.matching("acled", "^Military Forces of Iran", "iran-armed-forces"),
                Rule.named("gdelt", "TEHRAN", "iran"));
        Map<String, Collection<Actor>> members = new LinkedHashMap<>();
        members.put("curated", CURATED);
        members.put("acled", ACLED);
        members.put("gdelt", GDELT);
        assertThat(links.knownAs("curated", IRAN, members)).containsExactly(
                Map.entry("acled", List.of("Military Forces of Iran (1989-)", "Police Forces of Iran (1989-)",
                        "Protesters (Iran)")),
                Map.entry("gdelt", List.of("Iran", "TEHRAN")));
        assertThat(links.knownAs("curated", IRAN_FORCES, members)).containsExactly(
                Map.entry("acled", List.of("Military Forces of Iran (1989-)")));
        assertThat(links.knownAs("acled", MILITARY_IRAN, members)).containsExactly(
                Map.entry("curated", List.of("Armed Forces of the Islamic Republic of Iran")));
        assertThat(links.knownAs("curated", IRGC, members)).isEmpty();
        assertThat(links.knownAs("acled", AXCP, members)).isEmpty();
    }

    @Test
    void knownAsNamesEachNameOnce() {
        Actor twin = new Actor("military-forces-of-iran-1989-2", "Military Forces of Iran (1989-)",
                ActorKind.ARMED_FORCE, null, null, null, null);
        Map<String, Collection<Actor>> members = Map.of("acled", List.of(MILITARY_IRAN, twin));
        assertThat(ActorLinks.NONE.knownAs("curated", IRAN, members))
                .containsExactly(Map.entry("acled", List.of("Military Forces of Iran (1989-)")));
    }

    @Test
    void unknownTargetsAreSaidInFileOrderEachOnce() {
        ActorLinks links = ActorLinks.of("map.csv", List.of(new Rule(null, "a", null, "irgc", 2),
                new Rule(null, "b", null, "iran-armd-forces", 3), new Rule(null, "c", null, "nobody", 4),
                new Rule(null, "d", null, "iran-armd-forces", 5)));
        List<String> known = CURATED.stream().map(Actor::id).toList();
        assertThat(links.unknownTargets(known)).containsExactly("iran-armd-forces", "nobody");
        assertThatThrownBy(() -> links.checkTargets(known)).isInstanceOf(DataException.class)
                .hasMessage("map.csv:3: actor 'iran-armd-forces' is no actor of the datasets read (did you mean"
                        + " 'iran-armed-forces'?); expected the id of an actor, as in "
                        + "'acled,Military Forces of Iran (2021-),iran'");
        links.checkTargets(List.of("irgc", "iran-armd-forces", "nobody"));
    }

    @Test
    void aRuleHasANameOrAPattern() {
        assertThatThrownBy(() -> new Rule(null, null, null, "iran", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Rule.named("*", "x", "y")).isEqualTo(new Rule(" ", "X!", null, "y", 0));
        assertThat(Rule.matching("acled", "x+", "y")).isEqualTo(Rule.matching("acled", "x+", "y"));
    }
}
