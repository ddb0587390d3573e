package dev.timeline.extract;

import dev.timeline.model.EventType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Guesses an event type from the words of a clause: the first row whose pattern matches wins, so the more
 * specific rows come first (an embassy closing before a generic closing, an assassination attempt before an
 * attack).
 */
final class EventTypes {

    private record Row(Pattern words, EventType type) {
    }

    private static final List<Row> ROWS = List.of(
            row("assassination|gunned\\s+down|shot\\s+(?:dead|at)|was\\s+shot", EventType.ASSASSINATION_ATTEMPT),
            row("embass\\w*\\b[^.]{0,60}\\b(?:open|inaugurat)|(?:open|inaugurat)\\w*\\b[^.]{0,60}\\bembass",
                    EventType.EMBASSY_OPENING),
            row("embass\\w*\\b[^.]{0,60}\\b(?:clos|shut|suspend)|(?:clos|shut|suspend)\\w*\\b[^.]{0,60}\\bembass",
                    EventType.EMBASSY_CLOSURE),
            row("expel|expulsion|persona\\s+non\\s+grata", EventType.EXPULSION),
            row("arrest|detain|detention|crackdown|round(?:ed)?\\s+up|charged\\s+with", EventType.ARREST),
            row("attack|bomb|shell|strike|struck|raid|ambush|killed|wounded|explosion", EventType.ARMED_ATTACK),
            row("drills?\\b|exercises?\\b|manoeuvres|maneuvers", EventType.MILITARY_EXERCISE),
            row("troops|deploy|amass|mobili[sz]|reinforcements", EventType.TROOP_DEPLOYMENT),
            row("phone|telephone|call(?:ed)?\\b|conversations?", EventType.PHONE_CALL),
            row("warn|threat|threaten|ultimatum|bellicose", EventType.THREAT),
            row("accus|blame|finger\\s+of\\s+blame|alleg|claims?\\s+that", EventType.ACCUSATION),
            row("war\\s+of\\s+words|hostile\\s+rhetoric", EventType.THREAT),
            row("\\bwar\\b|fighting|clashes|offensive|hostilities", EventType.WAR),
            row("agree|cooperat|partnership|alliance|ties\\b|accord|treaty|joint", EventType.COOPERATION),
            row("said|says|stated|statement|comment|remarks?|announc|declared|told", EventType.STATEMENT));

    private EventTypes() {
    }

    /** The guessed type of a clause, or null when no row matches. */
    static EventType guess(String clause) {
        String lower = clause.toLowerCase(java.util.Locale.ROOT);
        for (Row r : ROWS) {
            if (r.words.matcher(lower).find()) {
                return r.type;
            }
        }
        return null;
    }

    private static Row row(String regex, EventType type) {
        return new Row(Pattern.compile("(?<![a-z])(?:" + regex + ")"), type);
    }
}
