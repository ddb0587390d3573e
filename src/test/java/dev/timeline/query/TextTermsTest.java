package dev.timeline.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.model.Names;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --text}: whole words and quoted phrases, case, accents and punctuation ignored. */
class TextTermsTest {

    @ParameterizedTest(name = "{0} in \"{1}\": {2}")
    @CsvSource(delimiter = '|', value = {
        "MP               | Azerbaijani MP Fazil Mustafa shot          | true",
        "mp               | the MP's home                              | true",
        "MP               | an Olympic champion                        | false",
        "MP               | MPs of the Milli Majlis                    | false",
        "MP               | Amir-Abdollahian's deputy                  | false",
        "mp               | MP                                         | true",
        "tehran           | Tehrán, the capital                        | true",
        "TEHRAN           | in Tehran.                                 | true",
        "teh              | in Tehran                                  | false",
        "abdollahian      | Amir-Abdollahian and Bayramov              | true",
        "foreign minister | Israel's foreign minister announces        | true",
        "foreign minister | the foreign ministers speak                | false",
        "foreign minister | minister of foreign affairs                | false",
        "minister         | foreign minister                           | true"})
    void matchesWholeWords(String term, String text, boolean expected) {
        assertThat(TextTerms.matches(Names.normalize(text), Names.normalize(term))).isEqualTo(expected);
    }

    @Test
    void wordsAndQuotedPhrases() {
        assertThat(TextTerms.parse("embassy tehran")).containsExactly("embassy", "tehran");
        assertThat(TextTerms.parse("\"foreign minister\"")).containsExactly("foreign minister");
        assertThat(TextTerms.parse("Iran \"Foreign  Minister\" Baku")).containsExactly("iran", "foreign minister",
                "baku");
        assertThat(TextTerms.parse("\"\" , ")).isEmpty();
        assertThat(TextTerms.parse("Amir-Abdollahian")).containsExactly("amir", "abdollahian");
    }

    @Test
    void anUnclosedQuoteIsRefused() {
        assertThatThrownBy(() -> TextTerms.parse("iran \"foreign minister"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the double quote at character 6 is not closed");
    }

    /** Seeded random texts: a term matches exactly when the word list holds it as a run of whole words. */
    @Test
    void agreesWithAWordListOracle() {
        long seed = Long.getLong("timeline.seed", System.nanoTime());
        System.out.println("TextTermsTest seed=" + seed + " (rerun with -Dtimeline.seed=" + seed + ")");
        java.util.Random random = new java.util.Random(seed);
        String[] vocabulary = {"mp", "mps", "m", "p", "iran", "ira", "an", "foreign", "minister", "ministers"};
        for (int n = 0; n < 2000; n++) {
            List<String> words = random.ints(random.nextInt(8), 0, vocabulary.length).mapToObj(i -> vocabulary[i])
                    .toList();
            List<String> term = random.ints(1 + random.nextInt(2), 0, vocabulary.length)
                    .mapToObj(i -> vocabulary[i]).toList();
            boolean oracle = java.util.Collections.indexOfSubList(words, term) >= 0;
            assertThat(TextTerms.matches(String.join(" ", words), String.join(" ", term)))
                    .as("seed %d: %s in %s", seed, term, words).isEqualTo(oracle);
        }
    }
}
