package dev.timeline.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Jane Doe|jane-doe",
        "  Hossein Amir-Abdollahian |hossein-amir-abdollahian",
        "Jeyhun Bayramov (FM)|jeyhun-bayramov-fm",
        "Ömer Çelik|omer-celik",
        "!!!|''"})
    void slugOfAName(String name, String slug) {
        assertThat(Slugs.of(name)).isEqualTo(slug);
    }

    @Test
    void longNamesAreCutAtAHyphen() {
        String slug = Slugs.of("The Islamic Revolutionary Guard Corps Ground Forces of the Islamic Republic of Iran");
        assertThat(slug).hasSizeLessThanOrEqualTo(60).doesNotEndWith("-").startsWith("the-islamic-revolutionary");
    }

    @Test
    void uniqueAddsTheFirstFreeNumber() {
        assertThat(Slugs.unique("jane-doe", Set.of())).isEqualTo("jane-doe");
        assertThat(Slugs.unique("jane-doe", Set.of("jane-doe", "jane-doe-2"))).isEqualTo("jane-doe-3");
    }

    @ParameterizedTest
    @CsvSource({"jane-doe,true", "'',false", "'jane doe',false", "'a\u0007',false", "'a\u202e',false"})
    void validIds(String id, boolean valid) {
        assertThat(Slugs.isValidId(id)).isEqualTo(valid);
    }
}
