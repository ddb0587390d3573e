package dev.timeline.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.dataset.DatasetReader;
import dev.timeline.model.Actor;
import dev.timeline.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActorResolverTest {

    private final ActorResolver resolver = new ActorResolver(DatasetReader.read(Fixtures.path("small.json"))
            .actors());

    @ParameterizedTest
    @CsvSource({
        "iran, iran", "Iran, iran", "TEHRAN, iran", "irgc, irgc", "Islamic Revolutionary Guard Corps, irgc",
        "islamic-revolutionary-guard-corps, irgc", "Baku, azerbaijan", "jeyhun bayramov, bayramov",
        "Jeyhun-Bayramov, bayramov", "Jéyhun Bayrâmov, bayramov"})
    void findsByIdNameOrAliasIgnoringCaseAndAccents(String typed, String id) {
        assertThat(resolver.find(typed)).map(Actor::id).contains(id);
    }

    @Test
    void withPartsIncludesEverythingPartOfIt() {
        assertThat(resolver.withParts("iran")).containsExactlyInAnyOrder("iran", "irgc");
        assertThat(resolver.withParts("irgc")).containsExactly("irgc");
    }

    @Test
    void suggestsCloseNames() {
        assertThat(resolver.find("Azerbaijn")).isEmpty();
        assertThat(resolver.suggest("Azerbaijn")).first().isEqualTo("Azerbaijan");
        assertThat(resolver.suggest("Irn")).contains("Iran");
        assertThat(resolver.suggest("zzzzzzzz")).isEmpty();
    }
}
