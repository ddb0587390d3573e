package dev.timeline.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.dataset.DatasetReader;
import dev.timeline.support.Fixtures;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The axis: tick units per span, calendar-aligned ticks, monotone positions, and where it cuts time out. */
class TimeScaleTest {

    /** The SVG chart's parameters. */
    static final TimeScale.Params SVG = new TimeScale.Params(14, 60, 10, 12, 6.6);
    static final LocalDate START = LocalDate.of(2023, 1, 1);

    static Stream<Arguments> spans() {
        return Stream.of(
                Arguments.of(10, 1000, TickUnit.DAY),
                Arguments.of(30, 1000, TickUnit.DAY),
                Arguments.of(30, 400, TickUnit.WEEK),
                Arguments.of(90, 1000, TickUnit.WEEK),
                Arguments.of(365, 1000, TickUnit.MONTH),
                Arguments.of(3 * 365, 1000, TickUnit.MONTH),
                Arguments.of(5 * 365, 1000, TickUnit.QUARTER),
                Arguments.of(8 * 365, 1000, TickUnit.QUARTER),
                Arguments.of(20 * 365, 1000, TickUnit.YEAR),
                Arguments.of(60 * 365, 1000, TickUnit.FIVE_YEARS),
                Arguments.of(250 * 365, 1000, TickUnit.DECADE),
                Arguments.of(600 * 365, 1000, TickUnit.CENTURY));
    }

    @ParameterizedTest(name = "{0} days in {1} px tick by {2}")
    @MethodSource("spans")
    void ticksAdaptToTheSpan(int days, int width, TickUnit expected) {
        TimeScale scale = TimeScale.fit(List.of(START, START.plusDays(days)), 0, width, 14, SVG);
        assertThat(scale.breaks()).as("two days have nothing between them to cut").isEmpty();
        assertThat(scale.unit()).isEqualTo(expected);
        List<TimeScale.Tick> labelled = scale.ticks().stream().filter(t -> !t.label().isEmpty()).toList();
        assertThat(labelled).as("labelled ticks").hasSizeGreaterThanOrEqualTo(days < 14 ? 5 : 2);
    }

    @ParameterizedTest
    @EnumSource(TickUnit.class)
    void ticksFallOnCalendarBoundaries(TickUnit unit) {
        LocalDate from = LocalDate.of(1987, 5, 17);
        LocalDate to = from.plusDays((long) (unit.days() * 12));
        List<LocalDate> ticks = unit.ticks(from, to);
        assertThat(ticks).isNotEmpty().isSorted().allSatisfy(day -> {
            assertThat(day).isBetween(from, to);
            switch (unit) {
                case DAY -> { }
                case WEEK -> assertThat(day.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
                case MONTH -> assertThat(day.getDayOfMonth()).isEqualTo(1);
                case QUARTER -> assertThat(day.getDayOfMonth() == 1 && day.getMonthValue() % 3 == 1).isTrue();
                case YEAR -> assertThat(day.getDayOfYear()).isEqualTo(1);
                case FIVE_YEARS -> assertThat(day.getDayOfYear() == 1 && day.getYear() % 5 == 0).isTrue();
                case DECADE -> assertThat(day.getDayOfYear() == 1 && day.getYear() % 10 == 0).isTrue();
                case CENTURY -> assertThat(day.getDayOfYear() == 1 && day.getYear() % 100 == 0).isTrue();
            }
        });
        assertThat(unit.firstOnOrAfter(ticks.get(0))).isEqualTo(ticks.get(0));
        assertThat(unit.firstOnOrAfter(ticks.get(0).plusDays(1))).isEqualTo(ticks.size() > 1 ? ticks.get(1)
                : unit.next(ticks.get(0)));
    }

    @ParameterizedTest
    @CsvSource({
        "2013-01-01, 2013",
        "2022-10-01, Oct 2022",
        "2023-01-27, 27 Jan 2023",
        "2023-03-13, 13 Mar 2023"})
    void segmentStartsAreLabelledNoMorePreciselyThanTheirBoundary(LocalDate day, String label) {
        assertThat(TickUnit.boundaryLabel(day)).isEqualTo(label);
    }

    @ParameterizedTest
    @CsvSource({
        "1991-01-01, 2013-01-01, 22 years",
        "2022-11-01, 2023-01-27, 3 months",
        "2023-03-14, 2023-03-23, 9 days",
        "2023-03-14, 2023-03-15, 1 day"})
    void breaksSayHowMuchTimeTheyLeaveOut(LocalDate from, LocalDate to, String skipped) {
        assertThat(new TimeScale.Break(0, 10, from, to).skipped()).isEqualTo(skipped);
    }

    @Test
    void twoEventsYearsApartKeepOneLinearAxis() {
        List<LocalDate> days = List.of(LocalDate.of(2020, 5, 1), LocalDate.of(2020, 5, 2), LocalDate.of(2023, 5, 1),
                LocalDate.of(2023, 5, 2));
        TimeScale scale = TimeScale.fit(days, 0, 1000, 14.0 / 1095, SVG);
        assertThat(scale.breaks()).isEmpty();
        assertThat(scale.unit()).isEqualTo(TickUnit.MONTH);
    }

    /** The bundled dataset: background periods from 1991, a crisis in spring 2023. */
    @Test
    void cutsTheYearsBetweenBackgroundAndCrisis() {
        var dataset = Fixtures.bundled();
        ChartData data = ChartData.of(dataset, dataset.events(), LaneMode.ACTOR, 12, "");
        TimeScale scale = TimeScale.fit(data.keyDays(), 200, 1172, data.targetPerDay(14), SVG);
        assertThat(scale.firstDay()).isEqualTo(LocalDate.of(1991, 1, 1));
        assertThat(scale.breaks()).isNotEmpty().first().satisfies(b -> assertThat(b.skipped()).isEqualTo(
                "22 years"));
        assertThat(scale.pixelsPerDay()).as("a day of the crisis is nearly a marker wide").isGreaterThanOrEqualTo(10);
        assertThat(scale.x(LocalDate.of(2023, 3, 31)) - scale.x(LocalDate.of(2023, 3, 30)))
                .isEqualTo(scale.pixelsPerDay(), org.assertj.core.data.Offset.offset(1e-9));
        for (LocalDate day : data.keyDays()) {
            assertThat(scale.segments()).as("key day %s lies in a segment", day)
                    .anySatisfy(s -> assertThat(day).isBetween(s.firstDay(), s.lastDay()));
        }
    }

    @Test
    void refusesNoDaysAndNoRoom() {
        assertThatThrownBy(() -> TimeScale.fit(List.of(), 0, 100, 1, SVG)).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> TimeScale.fit(List.of(START), 100, 100, 1, SVG)).isInstanceOf(
                IllegalArgumentException.class);
    }

    /** Property: whatever the days, positions rise with time, stay on the axis, and segments and labels do not overlap. */
    @Test
    void positionsAreMonotoneAndSegmentsDisjoint() {
        Random random = new Random(20230406);
        for (int run = 0; run < 300; run++) {
            TreeSet<LocalDate> days = new TreeSet<>();
            int clusters = 1 + random.nextInt(5);
            for (int c = 0; c < clusters; c++) {
                LocalDate centre = LocalDate.of(1900 + random.nextInt(120), 1, 1).plusDays(random.nextInt(365));
                int spread = 1 + random.nextInt(random.nextBoolean() ? 30 : 3000);
                for (int i = 1 + random.nextInt(20); i > 0; i--) {
                    days.add(centre.plusDays(random.nextInt(spread)));
                }
            }
            double left = random.nextInt(200);
            double right = left + 100 + random.nextInt(1500);
            double target = 0.01 + random.nextDouble() * 20;
            TimeScale scale = TimeScale.fit(days, left, right, target, SVG);
            String context = "run " + run + ": " + days + " in " + left + ".." + right;
            List<TimeScale.Segment> segments = scale.segments();
            for (int i = 0; i < segments.size(); i++) {
                TimeScale.Segment s = segments.get(i);
                assertThat(s.x1()).as(context).isGreaterThanOrEqualTo(s.x0());
                if (i > 0) {
                    assertThat(s.x0()).as(context).isGreaterThan(segments.get(i - 1).x1());
                }
            }
            assertThat(segments.get(segments.size() - 1).x1()).as(context).isLessThanOrEqualTo(right + 1e-6);
            double previous = Double.NEGATIVE_INFINITY;
            LocalDate first = days.first().minusDays(10);
            long span = days.last().toEpochDay() - first.toEpochDay() + 20;
            for (long d = 0; d <= span; d += Math.max(1, span / 500)) {
                double x = scale.x(first.plusDays(d));
                assertThat(x).as(context).isBetween(left, right).isGreaterThanOrEqualTo(previous);
                previous = x;
            }
            assertNoOverlap(scale.contextLabels(), context);
            assertNoOverlap(scale.ticks().stream().filter(t -> !t.label().isEmpty()).toList(), context);
        }
    }

    private static void assertNoOverlap(List<TimeScale.Tick> labels, String context) {
        List<double[]> boxes = new ArrayList<>();
        for (TimeScale.Tick t : labels) {
            double w = t.label().length() * SVG.charWidth();
            double x0 = t.anchor() == TimeScale.Anchor.MIDDLE ? t.x() - w / 2 : t.x();
            boxes.add(new double[] {x0, x0 + w});
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                double[] a = boxes.get(i);
                double[] b = boxes.get(j);
                assertThat(a[0] < b[1] && b[0] < a[1]).as("%s: labels %s and %s overlap", context,
                        labels.get(i).label(), labels.get(j).label()).isFalse();
            }
        }
    }
}
