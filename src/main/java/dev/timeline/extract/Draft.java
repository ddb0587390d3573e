package dev.timeline.extract;

import dev.timeline.model.EventType;
import java.util.List;

/**
 * A draft event: what a sentence (or clause) says happened at a date, for a person to review.
 *
 * @param id         a proposed slug, unique in the extraction
 * @param date       EDTF; {@code ~} when the only date is the cited report's
 * @param title      the clause, shortened (the person rewrites it)
 * @param type       the guessed event type
 * @param evidence   the sentence the draft comes from
 * @param start      code-point offset of the sentence
 * @param end        code-point offset after the sentence
 * @param actors     the actors the sentence names, with guessed roles
 * @param reports    the reports the sentence cites (the article itself is not among them)
 * @param confidence 0..1: how sure the extractor is that this is a dated event as drafted
 * @param dateSource what the date comes from: "text" (the sentence dates it), "report" (the citation's date)
 *                   or "coincidence" (an earlier event the sentence says it coincided with, with {@code ~})
 */
public record Draft(String id, String date, String title, EventType type, String evidence, int start, int end,
        List<DraftActor> actors, List<Citation.Report> reports, double confidence, String dateSource) {

    public Draft {
        actors = List.copyOf(actors);
        reports = List.copyOf(reports);
    }
}
