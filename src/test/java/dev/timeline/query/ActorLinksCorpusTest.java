package dev.timeline.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.input.Inputs;
import dev.timeline.io.Progress;
import dev.timeline.model.Actor;
import dev.timeline.model.ActorKind;
import dev.timeline.query.ActorLinks.Rule;
import dev.timeline.support.Corpora;
import dev.timeline.support.CsvRows;
import dev.timeline.support.Fixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The country rule and the crosswalk on ACLED's own actor names, as the project's ACLED reader gives them, against
 * the bundled curated dataset's states. The expected names are found here from the file's actor columns with a
 * regular expression of ACLED's naming, independently of {@code Countries.ofActorName}.
 */
class ActorLinksCorpusTest {

    private static final Inputs.Options NO_CACHE = new Inputs.Options(false, false, Map.of(), Progress.NONE,
            w -> { });

    private static List<Actor> actorsOf(Path file) throws IOException {
        try (EventStore store = Inputs.open(file, NO_CACHE)) {
            return store.actors();
        }
    }

    /** The distinct names in ACLED's actor columns ({@code ;} separates associated actors). */
    private static Set<String> namesIn(Path file) throws IOException {
        List<List<String>> rows = CsvRows.read(file);
        List<String> header = rows.get(0);
        Set<String> names = new TreeSet<>();
        for (String column : List.of("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")) {
            int at = header.indexOf(column);
            for (List<String> row : rows.subList(1, rows.size())) {
                if (row.get(at).startsWith("#")) {
                    continue; // HDX's hashtag row (HXL) under the header
                }
                for (String name : row.get(at).split(";")) {
                    if (!name.isBlank()) {
                        names.add(name.strip());
                    }
                }
            }
        }
        return names;
    }

    /** ACLED's naming: "… of COUNTRY", maybe followed by its period in power, or "(COUNTRY)"; no "X: …" names. */
    private static boolean acledTies(String name, String country) {
        String c = Pattern.quote(country);
        return !name.contains(":") && Pattern.compile(" of " + c + "( \\(\\d{4}-(\\d{4})?\\)|$)|\\(" + c + "\\)")
                .matcher(name).find();
    }

    @ParameterizedTest(name = "{0}: the curated states cover the actors ACLED ties to them")
    @CsvSource({"acled-global-2020-05/acled.caucasus-iran-turkey-subset.csv, 4",
        "acled-afghanistan-2020-03/ACLED.csv, 1", "acled-armenia-hdx/conflict_data_arm.first-records.csv, 4"})
    void theCountryRuleOnAcledNames(String corpus, int statesWithActors) throws IOException {
        Path file = Corpora.require(corpus);
        List<Actor> acled = actorsOf(file);
        Set<String> read = acled.stream().map(Actor::name).collect(Collectors.toCollection(TreeSet::new));
        assertThat(read).as("the reader's actors are the file's names").isEqualTo(namesIn(file));
        int covering = 0;
        for (Actor state : Fixtures.bundled().actors()) {
            if (state.kind() != ActorKind.STATE) {
                continue;
            }
            Set<String> expected = acled.stream().map(Actor::name).filter(n -> acledTies(n, state.name()))
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> linked = ActorLinks.NONE.linked("acled", acled, Map.of("caucasus", List.of(state)));
            Set<String> names = acled.stream().filter(a -> linked.contains(a.id())).map(Actor::name)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(names).as(state.name()).isEqualTo(expected);
            covering += expected.isEmpty() ? 0 : 1;
        }
        assertThat(covering).as("curated states with ACLED actors in " + corpus).isEqualTo(statesWithActors);
    }

    @Test
    void theCrosswalkAndTheCountryRuleOnAcledNamesForTheActorsCommand() throws IOException {
        List<Actor> acled = actorsOf(Corpora.require("acled-global-2020-05", "acled.caucasus-iran-turkey-subset.csv"));
        List<Actor> curated = Fixtures.bundled().actors();
        ActorLinks links = ActorLinks.of("map.csv", List.of(
                Rule.matching("acled", "^Military Forces of Iran", "iran-armed-forces"),
                Rule.matching("acled", "^Police Forces of Iran .*Border Guard", "iran-armed-forces")));
        links.checkTargets(curated.stream().map(Actor::id).toList());
        Map<String, Collection<Actor>> members = new LinkedHashMap<>();
        members.put("caucasus", curated);
        members.put("acled", acled);
        Actor forces = curated.stream().filter(a -> a.id().equals("iran-armed-forces")).findFirst().orElseThrow();
        Set<String> mapped = Set.of("Military Forces of Iran (1989-)",
                "Police Forces of Iran (1989-) Islamic Republic of Iran Border Guard Command");
        List<String> inFileOrder = acled.stream().map(Actor::name).filter(mapped::contains).toList();
        assertThat(inFileOrder).hasSize(2);
        assertThat(links.knownAs("caucasus", forces, members)).isEqualTo(Map.of("acled", inFileOrder));
        Actor iran = curated.stream().filter(a -> a.id().equals("iran")).findFirst().orElseThrow();
        assertThat(links.knownAs("caucasus", iran, members).get("acled")).contains("Protesters (Iran)",
                "Military Forces of Iran (1989-)").allMatch(n -> acledTies(n, "Iran"));
    }
}
