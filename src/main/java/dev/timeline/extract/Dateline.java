package dev.timeline.extract;

import java.util.List;

/**
 * The publication date a text states at its top: a dateline ("WASHINGTON, March 30, 2023 —"), a "Published"
 * line, or a date alone on one of the first lines. Only a date written with its year counts.
 */
public final class Dateline {

    private static final int HEAD = 600;

    private Dateline() {
    }

    /** The stated publication date, or null when the top of the text states none. */
    public static Anchor find(String text, TemporalTagger tagger) {
        String head = text.substring(0, Math.min(text.length(), HEAD));
        // any anchor does: only expressions that carry their own year are taken
        List<Timex> found = tagger.tag(head, new Anchor(2000, 1, 1));
        for (Timex t : found) {
            if (t.type() == TimexType.DATE && t.value().matches("\\d{4}-\\d{2}(-\\d{2})?")
                    && t.text().matches("(?s).*\\d{4}.*") && !t.text().matches("\\d{4}")) {
                return Anchor.parse(t.value());
            }
        }
        return null;
    }
}
