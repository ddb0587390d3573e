package dev.timeline.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.dates.PeriodExpression;
import dev.timeline.dates.Window;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.Role;
import dev.timeline.dataset.DatasetReader;
import dev.timeline.support.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.LocalDateRange;

/**
 * {@link Selector} without picocli: filters as typed → the events selected, and the mistakes it names. small.json:
 * souring 2021/.. (Iran, Azerbaijan), drills 2022-10 (IRGC → Azerbaijan), attack 2023-01-27 (→ Azerbaijan), call
 * 2023-04-07 (Bayramov, part of Azerbaijan; tagged de-escalation).
 */
class SelectorTest {

    private static final Dataset SMALL = DatasetReader.read(Fixtures.path("small.json"));
    private static final Timeline TIMELINE = Timeline.of(SMALL);

    private static Filters with(UnaryOperator<FiltersBuilder> change) {
        return change.apply(new FiltersBuilder()).build();
    }

    private static List<String> ids(Filters filters) {
        return TIMELINE.query(Selector.select(filters, TIMELINE).query()).stream().map(Event::id).toList();
    }

    private static LocalDateRange day(String day) {
        return LocalDateRange.ofClosed(LocalDate.parse(day), LocalDate.parse(day));
    }

    static Stream<Arguments> selections() {
        return Stream.of(
                Arguments.of("no filter", Filters.NONE, List.of("souring", "drills", "attack", "call")),
                Arguments.of("Iran and its parts", with(m -> m.actors(List.of("Iran"))), List.of("souring", "drills")),
                Arguments.of("Iran alone", with(m -> m.actors(List.of("Iran")).exactActor(true)), List.of("souring")),
                Arguments.of("by alias, any case", with(m -> m.actors(List.of("baku"))),
                        List.of("souring", "drills", "attack", "call")),
                Arguments.of("actor in a role", with(m -> m.actors(List.of("Azerbaijan")).roles(List.of(Role.TARGET))),
                        List.of("drills", "attack")),
                Arguments.of("with every actor", with(m -> m.with(List.of("Iran", "Azerbaijan"))),
                        List.of("souring", "drills")),
                Arguments.of("from a month", with(m -> m.from(LocalDateRange.ofClosed(LocalDate.parse("2023-01-01"),
                        LocalDate.parse("2023-01-31")))), List.of("souring", "attack", "call")),
                Arguments.of("in a period, within", with(m -> m.in(PeriodExpression.parse("2022-10")).match(Match.WITHIN)), List.of("drills")),
                Arguments.of("around an event", with(m -> m.around("attack", Window.parse("3d"))), List.of("souring", "attack")),
                Arguments.of("around a date", with(m -> m.around("2023-04-05", Window.parse("2d"))), List.of("souring", "call")),
                Arguments.of("certainly before", with(m -> m.before("attack")), List.of("drills")),
                Arguments.of("certainly after a date", with(m -> m.after("2023-02")), List.of("call")),
                Arguments.of("tag, as typed", with(m -> m.tags(List.of("De-Escalation"))), List.of("call")),
                Arguments.of("place by country code", with(m -> m.places(List.of("irn"))), List.of("drills", "attack")),
                Arguments.of("place by name", with(m -> m.places(List.of("tehran"))), List.of("attack")),
                Arguments.of("newest first, limited", with(m -> m.sort(SortOrder.DATE_DESCENDING).limit(2)), List.of("call", "attack")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("selections")
    void selectsWhatTheFiltersSay(String what, Filters filters, List<String> expected) {
        assertThat(ids(filters)).isEqualTo(expected);
    }

    @Test
    void anEventPivotIsReported() {
        assertThat(Selector.select(with(m -> m.around("attack", null)), TIMELINE).pivotId()).isEqualTo("attack");
        assertThat(Selector.select(with(m -> m.around("2023-01", null)), TIMELINE).pivotId()).isNull();
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of(with(m -> m.actors(List.of("Irn"))), "unknown actor 'Irn' for --actor (did you mean 'Iran'"),
                Arguments.of(with(m -> m.with(List.of("Nobody at all"))), "unknown actor 'Nobody at all' for --with"),
                Arguments.of(with(m -> m.around("atack", null)), "unknown event 'atack' for --around (did you mean "
                        + "'attack'?)"),
                Arguments.of(with(m -> m.before("2023-13")), "invalid value for option '--before': "),
                Arguments.of(with(m -> m.window(Window.parse("2d"))), "--window needs --around EVENT-ID|DATE"),
                Arguments.of(with(m -> m.in(PeriodExpression.parse("2023")).from(day("2023-01-01"))), "--in cannot be combined with --from"),
                Arguments.of(with(m -> m.from(day("2023-02-01")).to(day("2023-01-01"))), "--from 2023-02-01 is after "
                        + "--to 2023-01-01; the range would be empty"),
                Arguments.of(with(m -> m.limit(0)), "invalid value for option '--limit': 0"));
    }

    @ParameterizedTest
    @MethodSource("mistakes")
    void mistakesNameTheOptionAndTheValue(Filters filters, String message) {
        assertThatThrownBy(() -> Selector.select(filters, TIMELINE)).isInstanceOf(QueryException.class)
                .hasMessageContaining(message);
    }

    @Test
    void unmatchedNamesTheClosestValuesOnlyForFiltersThatMatchNothing() {
        assertThat(Selector.unmatched(with(m -> m.tags(List.of("de-escalaton")).places(List.of("IRN"))), TIMELINE))
                .containsExactly("--tag 'de-escalaton' matches no event; the closest tag is 'de-escalation'");
        assertThat(Selector.unmatched(with(m -> m.actors(List.of("Iran"))), TIMELINE)).isEmpty();
    }

    @Test
    void theDayHintIsTheDaysTheDateFiltersAllow() {
        assertThat(with(m -> m.in(PeriodExpression.parse("2023-Q1"))).dayHint()).isEqualTo(LocalDateRange.ofClosed(
                LocalDate.parse("2023-01-01"), LocalDate.parse("2023-03-31")));
        assertThat(with(m -> m.from(day("2023-01-05"))).dayHint()).isEqualTo(LocalDateRange.ofClosed(
                LocalDate.parse("2023-01-05"), LocalDate.MAX));
        assertThat(with(m -> m.around("attack", null)).dayHint()).isNull();
        assertThat(with(m -> m.from(day("2023-02-01")).to(day("2023-01-01"))).dayHint()).isNull();
    }
}
