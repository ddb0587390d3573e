package dev.timeline.extract;

import java.util.List;

/**
 * What {@link Extractor} found in one text.
 *
 * @param article   the article, every draft's first source
 * @param timexes   every temporal expression, in text order
 * @param citations every parenthesised citation, in text order
 * @param drafts    the draft events, in text order
 * @param proposed  proper names the text gives that no known actor matched, proposed as new actors
 */
public record Extraction(Article article, List<Timex> timexes, List<Citation> citations, List<Draft> drafts,
        List<DraftActor> proposed) {

    public Extraction {
        timexes = List.copyOf(timexes);
        citations = List.copyOf(citations);
        drafts = List.copyOf(drafts);
        proposed = List.copyOf(proposed);
    }
}
