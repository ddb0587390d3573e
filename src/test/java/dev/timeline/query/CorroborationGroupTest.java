package dev.timeline.query;

import static dev.timeline.support.Records.record;
import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which record a listing shows a group by: the pivot, else the most precise, else the first-named dataset's. */
class CorroborationGroupTest {

    private static final Event MONTH = record("acled", "AZE100", "2023-03", EventType.BATTLES, "az");
    private static final Event WEEK = record("acled", "AZE200", "2023-03-25/2023-03-31", EventType.BATTLES, "az");
    private static final Event ACLED_DAY = record("acled", "AZE123", "2023-03-28", EventType.BATTLES, "az");
    private static final Event MINE_DAY = record("mine", "mp-shot", "2023-03-28", EventType.BATTLES, "az");
    private static final Event GDELT_DAY = record("gdelt", "1093", "2023-03-29", EventType.BATTLES, "az");

    private static final CorroborationGroup GROUP = new CorroborationGroup(
            List.of(MONTH, WEEK, ACLED_DAY, MINE_DAY, GDELT_DAY));

    @Test
    void thePivotStandsForItsGroupWhateverItsPrecision() {
        assertThat(GROUP.shownBy("AZE100", List.of("mine", "acled"))).isSameAs(MONTH);
        assertThat(GROUP.shownBy("1093", List.of())).isSameAs(GDELT_DAY);
    }

    @Test
    void aDayStandsForItBeforeAWeekOrAMonthThatOnlyMayContainIt() {
        CorroborationGroup coarse = new CorroborationGroup(List.of(MONTH, WEEK, GDELT_DAY));
        assertThat(coarse.shownBy(null, List.of("acled", "gdelt"))).isSameAs(GDELT_DAY);
        assertThat(new CorroborationGroup(List.of(MONTH, WEEK)).shownBy(null, List.of())).isSameAs(WEEK);
    }

    @Test
    void amongEquallyPreciseRecordsTheFirstNamedDatasetWinsThenTheEarliest() {
        assertThat(GROUP.shownBy(null, List.of("mine", "acled", "gdelt"))).isSameAs(MINE_DAY);
        assertThat(GROUP.shownBy(null, List.of("gdelt", "mine"))).isSameAs(GDELT_DAY);
        // no order given (one dataset's run, a test): the earliest of the most precise
        assertThat(GROUP.shownBy(null, List.of())).isSameAs(ACLED_DAY);
        // a dataset missing from the order comes after those in it
        assertThat(GROUP.shownBy(null, List.of("mine"))).isSameAs(MINE_DAY);
    }
}
