package dev.timeline.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimilarityTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Iran closes its border|Iran closes its border|1.0|true",
        "Iran closes its border|IRAN CLOSES ITS BORDER!|1.0|true",
        "Iran closes its border|Iran closes the border with Azerbaijan|0.6|true",
        "Gunman attacks the Azerbaijani embassy in Tehran|Gunman attacks the Azerbaijani embassy in Tehran, reports say|0.86|true",
        "Baku wants good ties with Tehran|Azerbaijan opens an embassy in Israel|0.03|false",
        "Iran closes its border|''|0.0|false"})
    void diceOfTrigrams(String a, String b, double about, boolean near) {
        double score = Similarity.of(a, b);
        assertThat(score).isCloseTo(about, within(0.06));
        assertThat(score >= Similarity.NEAR_DUPLICATE).isEqualTo(near);
        assertThat(Similarity.of(b, a)).as("symmetric").isEqualTo(score);
    }
}
