package dev.timeline.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.dates.EventDate;
import dev.timeline.model.Actor;
import dev.timeline.model.ActorKind;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.model.Participation;
import dev.timeline.model.Role;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DraftReviewTest {

    static Stream<Arguments> notes() {
        return Stream.of(
                Arguments.of("draft, confidence 0.95; date from the text; evidence at code points 0-84", null),
                Arguments.of("draft, confidence 0.7; date from the cited report's date only; evidence at code "
                        + "points 85-150", "Date from the cited report's date only."),
                Arguments.of("draft, confidence 0.5; date from an earlier event it coincided with; evidence at "
                        + "code points 1-2", "Date from an earlier event it coincided with."),
                Arguments.of(null, null),
                Arguments.of("Checked against the report", "Checked against the report."));
    }

    @ParameterizedTest
    @MethodSource("notes")
    void undraftedKeepsOnlyWhatTheNoteSaysBeyondTheMarkers(String note, String kept) {
        Event e = undrafted(event("a", "2023-04", List.of("draft", "diplomacy"), note, List.of()));
        assertThat(e.note()).isEqualTo(kept);
        assertThat(e.tags()).containsExactly("diplomacy");
    }

    static Stream<Arguments> answers() {
        return Stream.of(Arguments.of("a", ReviewAnswer.ACCEPT), Arguments.of(" A ", ReviewAnswer.ACCEPT),
                Arguments.of("accept", ReviewAnswer.ACCEPT), Arguments.of("e", ReviewAnswer.EDIT),
                Arguments.of("s", ReviewAnswer.SKIP), Arguments.of("skip", ReviewAnswer.SKIP),
                Arguments.of("q", ReviewAnswer.QUIT), Arguments.of("QUIT", ReviewAnswer.QUIT),
                Arguments.of("", null), Arguments.of("x", null), Arguments.of("ac", null), Arguments.of(null, null));
    }

    @ParameterizedTest
    @MethodSource("answers")
    void answersAreOneLetterOrTheWord(String line, ReviewAnswer expected) {
        assertThat(ReviewAnswer.parse(line)).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void confidenceIsReadFromTheNote() {
        assertThat(DraftReview.confidence(event("a", "2023", List.of(), "draft, confidence 0.65; date from the "
                + "text", List.of()))).isEqualTo(OptionalDouble.of(0.65));
        assertThat(DraftReview.confidence(event("a", "2023", List.of(), "no marker", List.of()))).isEmpty();
    }

    @Test
    void orderedIsDateOrderThenId() {
        Dataset drafts = dataset(List.of(), List.of(event("c", "2023-04-07", List.of(), null, List.of()),
                event("b", "2023-04", List.of(), null, List.of()), event("a", "2023-04-07", List.of(), null,
                        List.of()), event("d", "2021/..", List.of(), null, List.of())));
        assertThat(DraftReview.ordered(drafts)).extracting(Event::id).containsExactly("d", "b", "a", "c");
    }

    @Test
    void actorsAreTheTargetsByIdOrNameElseCreatedWithWhatTheyArePartOf() {
        Actor iranInDrafts = new Actor("iran-state", "Iran", ActorKind.STATE, "IRN", List.of(), null, null);
        Actor irgc = new Actor("irgc", "IRGC", ActorKind.ARMED_FORCE, "IRN", List.of(), "iran-state", null);
        Actor jane = new Actor("jane-doe", "Jane Doe", ActorKind.PERSON, null, List.of(), null, null);
        Dataset drafts = dataset(List.of(iranInDrafts, irgc, jane), List.of());
        Actor iran = new Actor("iran", "Iran", ActorKind.STATE, "IRN", List.of("Tehran"), null, null);
        Dataset target = dataset(List.of(iran), List.of());
        Event draft = undrafted(event("x", "2023-04-07", List.of("draft"), null, List.of(
                new Participation("jane-doe", Role.INITIATOR), new Participation("iran-state", Role.TARGET),
                new Participation("irgc", Role.MENTIONED))));
        DraftReview.Accepted a = DraftReview.accept(target, drafts, draft, true);
        assertThat(a.event().actors()).extracting(Participation::actorId).containsExactly("jane-doe", "iran", "irgc");
        assertThat(a.created()).extracting(Actor::id).containsExactly("jane-doe", "irgc");
        assertThat(a.dataset().actorsById().get("irgc").partOf()).isEqualTo("iran");
        assertThat(a.dataset().events()).containsExactly(a.event());
    }

    @Test
    void aTakenIdIsFreshenedOrRefused() {
        Dataset target = dataset(List.of(), List.of(event("x", "2020", List.of(), null, List.of())));
        Event draft = event("x", "2023", List.of(), null, List.of());
        DraftReview.Accepted a = DraftReview.accept(target, dataset(List.of(), List.of()), draft, true);
        assertThat(a.renamed()).isTrue();
        assertThat(a.event().id()).isEqualTo("x-2");
        assertThatThrownBy(() -> DraftReview.accept(target, dataset(List.of(), List.of()), draft, false))
                .isInstanceOf(ChangeRefused.class).hasMessageContaining("'x' already exists");
    }

    @Test
    void aDraftAlreadyThereUnderAnotherIdIsNotAddedAgain() {
        Event there = event("x-2", "2023", List.of(), null, List.of());
        Dataset target = dataset(List.of(), List.of(there));
        DraftReview.Accepted a = DraftReview.accept(target, dataset(List.of(), List.of()),
                event("x", "2023", List.of(), null, List.of()), true);
        assertThat(a.already()).isTrue();
        assertThat(a.event()).isEqualTo(there);
        assertThat(a.dataset()).isEqualTo(target);
    }

    private static Event undrafted(Event e) {
        return DraftReview.undrafted(e);
    }

    private static Event event(String id, String date, List<String> tags, String note, List<Participation> actors) {
        return new Event(id, EventDate.parse(date), "Title " + id.charAt(0), "", EventType.STATEMENT, actors, null,
                null, List.of(), tags, note);
    }

    private static Dataset dataset(List<Actor> actors, List<Event> events) {
        return new Dataset("d", null, "D", null, actors, events);
    }
}
