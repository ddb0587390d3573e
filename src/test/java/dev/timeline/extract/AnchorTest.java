package dev.timeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnchorTest {

    @ParameterizedTest
    @CsvSource({"2023,2023", "2023-04,2023-04", "2023-04-05,2023-04-05", "1998-02-06T22:19:00,1998-02-06"})
    void readsEachPrecision(String text, String shown) {
        assertThat(Anchor.parse(text).toString()).isEqualTo(shown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "April 2023", "2023-13", "2023-02-30", "23-04", "2023/04"})
    void refusesWhatIsNoDate(String text) {
        assertThatThrownBy(() -> Anchor.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected YYYY, YYYY-MM or YYYY-MM-DD");
    }
}
