package dev.timeline.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.chart.SvgLayout.Label;
import dev.timeline.chart.SvgLayout.Mark;
import dev.timeline.dataset.DatasetReader;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.support.Fixtures;
import dev.timeline.support.Generated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Where things go: labels that never overlap, every event drawn exactly once per lane, density at scale. */
class SvgLayoutTest {

    /**
     * Property: for random datasets and widths, no two labels intersect, no label covers a mark or density bin,
     * no leader line crosses another label, and labels stay inside their lane and the chart.
     */
    @Test
    void labelsNeverOverlapAnythingWhateverTheEvents() {
        Random random = new Random(6);
        for (int run = 0; run < 60; run++) {
            int events = 5 + random.nextInt(run < 40 ? 60 : 400);
            Dataset dataset = Generated.dataset(random.nextLong(), events, 2 + random.nextInt(15),
                    LocalDate.of(2000 + random.nextInt(20), 1, 1), 20 + random.nextInt(random.nextBoolean() ? 200
                            : 5000));
            int width = 400 + random.nextInt(1400);
            LaneMode mode = LaneMode.values()[random.nextInt(3)];
            ChartData data = ChartData.of(dataset, dataset.events(), mode, 2 + random.nextInt(12), "");
            SvgLayout layout = SvgLayout.of(data, width, null);
            String context = "run " + run + ": " + events + " events, width " + width + ", lanes " + mode;
            List<Label> labels = layout.labels();
            for (int i = 0; i < labels.size(); i++) {
                Label a = labels.get(i);
                assertThat(a.box().x()).as(context).isGreaterThanOrEqualTo(0);
                assertThat(a.box().right()).as(context).isLessThanOrEqualTo(width);
                assertThat(layout.lanes()).as(context + ": label in a lane").anySatisfy(row -> assertThat(
                        a.box().y() >= row.y0() && a.box().bottom() <= row.y1()).isTrue());
                for (int j = i + 1; j < labels.size(); j++) {
                    Label b = labels.get(j);
                    assertThat(a.box().intersects(b.box())).as("%s: '%s' %s overlaps '%s' %s", context, a.text(),
                            a.box(), b.text(), b.box()).isFalse();
                }
                for (Mark mark : layout.marks()) {
                    assertThat(a.box().intersects(mark.box())).as("%s: '%s' covers a mark of %s", context, a.text(),
                            mark.event().id()).isFalse();
                }
                for (SvgLayout.Bin bin : layout.bins()) {
                    assertThat(a.box().intersects(new Box(bin.x0(), bin.y0(), bin.x1() - bin.x0(), bin.y1()
                            - bin.y0()))).as(context + ": label covers a bin").isFalse();
                }
                if (a.hasLeader()) {
                    Box leader = new Box(a.leaderX() - 0.5, a.leaderY(), 1, a.box().y() + 6 - a.leaderY());
                    for (Label b : labels) {
                        assertThat(b != a && leader.intersects(b.box())).as("%s: leader of '%s' crosses '%s'", context,
                                a.text(), b.text()).isFalse();
                    }
                }
            }
            assertEveryEventOncePerLane(data, layout, context);
        }
    }

    @Test
    void fiveThousandEventsBecomeDensityStripsInAReadableHeight() {
        Dataset dataset = Generated.dataset(5000, 5000, 40, LocalDate.of(2015, 1, 1), 3000);
        ChartData data = ChartData.of(dataset, dataset.events(), LaneMode.ACTOR, 12, "");
        long start = System.nanoTime();
        SvgLayout layout = SvgLayout.of(data, 1200, null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("layout time").isLessThan(5000);
        assertThat(layout.lanes()).hasSize(12);
        assertThat(layout.lanes().get(11).lane().key()).isEqualTo(Lane.OTHER);
        assertThat(layout.bins()).isNotEmpty();
        assertThat(layout.height()).as("height").isLessThan(1600);
        assertThat(layout.key()).as("no key for thousands of events").isEmpty();
        assertThat(layout.legend).as("the legend explains what is drawn: strips, no marks").extracting(
                SvgLayout.LegendEntry::sample).contains(SvgLayout.LegendSample.BIN, SvgLayout.LegendSample.PERIOD)
                .doesNotContain(SvgLayout.LegendSample.TYPE, SvgLayout.LegendSample.EXACT);
        assertEveryEventOncePerLane(data, layout, "5000 events");
    }

    @Test
    void theBundledDatasetNeedsNoBinsAndKeysEveryEvent() {
        Dataset dataset = Fixtures.bundled();
        ChartData data = ChartData.of(dataset, dataset.events(), LaneMode.ACTOR, 12, "");
        SvgLayout layout = SvgLayout.of(data, 1200, null);
        assertThat(layout.bins()).isEmpty();
        assertThat(layout.bands()).hasSize(7);
        assertThat(layout.key()).hasSize(26);
        assertThat(layout.marks()).hasSize(data.markCount() - 7);
        long titled = layout.labels().stream().filter(Label::title).map(Label::event).distinct().count();
        assertThat(titled).as("events whose title is on the chart").isGreaterThanOrEqualTo(15);
    }

    @Test
    void aGivenHeightIsMetOrRefusedWithTheHeightNeeded() {
        Dataset dataset = Fixtures.bundled();
        ChartData data = ChartData.of(dataset, dataset.events(), LaneMode.ACTOR, 12, "");
        assertThat(SvgLayout.of(data, 1200, 2000).height()).isEqualTo(2000);
        SvgLayout squeezed = SvgLayout.of(data, 1200, 700);
        assertThat(squeezed.height()).isEqualTo(700);
        assertEveryEventOncePerLane(data, squeezed, "700 px");
        assertThatThrownBy(() -> SvgLayout.of(data, 1200, 150)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching("--height 150 is too small for this chart: it needs at least \\d+ pixels");
    }

    /** The count rule: each period once, each lane event once per lane, as a mark or inside one bin. */
    static void assertEveryEventOncePerLane(ChartData data, SvgLayout layout, String context) {
        Map<String, Integer> drawn = new HashMap<>();
        layout.marks().forEach(m -> drawn.merge(m.event().id() + "@" + m.lane().key(), 1, Integer::sum));
        layout.bins().forEach(b -> b.events().forEach(e -> drawn.merge(e.id() + "@" + b.lane().key(), 1,
                Integer::sum)));
        layout.bands().forEach(b -> drawn.merge(b.event().id() + "@", 1, Integer::sum));
        Map<String, Integer> expected = new HashMap<>();
        for (Event event : data.events()) {
            if (ChartData.isPeriod(event)) {
                expected.put(event.id() + "@", 1);
            }
            for (Lane lane : data.lanesOf(event)) {
                expected.put(event.id() + "@" + lane.key(), 1);
            }
        }
        assertThat(drawn).as(context).isEqualTo(expected);
        List<String> ids = new ArrayList<>(drawn.keySet());
        assertThat(ids).hasSize(data.markCount());
    }
}
