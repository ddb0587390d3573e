package dev.timeline.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The publication date a text states at its top: a dateline ("WASHINGTON, March 30, 2023 —"), a "Published"
 * line, or a date alone on one of the first lines. Only a date written with its year counts.
 */
public final class Dateline {

    private static final int HEAD = 600;
    private static final Pattern LABEL = Pattern.compile("(?i)^\\s*(?:published|updated|posted|date|dated|first "
            + "published|last updated)\\b[^\\n]{0,40}$");
    private static final Pattern PLACE = Pattern.compile("^\\s*[\\p{Lu}][\\p{Lu} .,'’-]*(?:\\([^)]{1,20}\\))?\\s*[,—–-]?\\s*$");

    private Dateline() {
    }

    /**
     * A date is stated as the publication date when it is a line of its own (a short one), follows a label
     * ("Published:", "Updated") or a place in capitals ("BAKU,"), or is followed by a dateline dash.
     */
    private static boolean stated(String head, int start, int end) {
        int lineStart = head.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = head.indexOf('\n', end);
        lineEnd = lineEnd < 0 ? head.length() : lineEnd;
        String before = head.substring(lineStart, start);
        String after = head.substring(end, lineEnd);
        return lineEnd - lineStart <= 60 || LABEL.matcher(before).find() || PLACE.matcher(before).matches()
                && !before.isBlank() || after.matches("(?s)\\s*(?:\\([^)]*\\)\\s*)?[—–-].*");
    }

    /** The stated publication date, or null when the top of the text states none. */
    public static Anchor find(String text, TemporalTagger tagger) {
        String head = text.substring(0, Math.min(text.length(), HEAD));
        // any anchor does: only expressions that carry their own year are taken
        List<Timex> found = tagger.tag(head, new Anchor(2000, 1, 1));
        for (Timex t : found) {
            if (t.type() == TimexType.DATE && t.value().matches("\\d{4}-\\d{2}(-\\d{2})?")
                    && t.text().matches("(?s).*\\d{4}.*") && !t.text().matches("\\d{4}")
                    && stated(head, head.offsetByCodePoints(0, t.start()), head.offsetByCodePoints(0, t.end()))) {
                return Anchor.parse(t.value());
            }
        }
        return null;
    }
}
