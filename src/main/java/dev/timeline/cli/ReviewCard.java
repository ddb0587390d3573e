package dev.timeline.cli;

import dev.timeline.dataset.DraftReview;
import dev.timeline.model.Actor;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.Participation;
import dev.timeline.model.Source;
import dev.timeline.query.ActorResolver;
import dev.timeline.text.TerminalText;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** How {@code review} shows a draft to a person: every field that came from the text goes through the sanitiser. */
final class ReviewCard {

    private ReviewCard() {
    }

    /**
     * @param drafts the draft dataset (for its actors' names)
     * @param target the dataset the draft would go to (to mark the actors it would create)
     */
    static void print(PrintWriter out, int n, int of, Event draft, Dataset drafts, Dataset target) {
        OptionalDouble confidence = DraftReview.confidence(draft);
        out.println();
        out.println(TerminalText.line("Draft " + n + " of " + of + ": " + draft.date() + " · " + draft.type().id()
                + (confidence.isPresent() ? String.format(Locale.ROOT, " · confidence %.2f", confidence.getAsDouble())
                : "")));
        out.println("  " + TerminalText.line(draft.title()));
        ActorResolver known = new ActorResolver(target.actors());
        String actors = draft.actors().stream().map(p -> actor(p, drafts, target, known))
                .collect(Collectors.joining(", "));
        field(out, "actors", actors.isEmpty() ? "none" : actors);
        field(out, "sources", draft.sources().stream().map(ReviewCard::source).collect(Collectors.joining("; ")));
        Event undrafted = DraftReview.undrafted(draft);
        if (undrafted.note() != null) {
            field(out, "note", undrafted.note());
        }
        field(out, "evidence", draft.summary());
        field(out, "id", draft.id());
    }

    private static String actor(Participation p, Dataset drafts, Dataset target, ActorResolver known) {
        Actor a = target.actorsById().get(p.actorId());
        boolean isNew = false;
        if (a == null) {
            a = drafts.actorsById().get(p.actorId());
            isNew = a == null || known.find(a.name()).isEmpty();
        }
        return (a == null ? p.actorId() : a.name()) + " (" + p.role() + (isNew ? "; new actor" : "") + ")";
    }

    private static String source(Source s) {
        String outlet = s.outlet() == null ? "?" : s.outlet();
        return s.published() == null ? outlet : (outlet + " " + s.published()).strip();
    }

    private static void field(PrintWriter out, String name, String value) {
        out.println(String.format(Locale.ROOT, "  %-9s %s", name + ":", TerminalText.line(value)));
    }
}
