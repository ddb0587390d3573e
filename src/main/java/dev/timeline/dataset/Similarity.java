package dev.timeline.dataset;

import dev.timeline.model.Names;
import java.util.HashMap;
import java.util.Map;

/**
 * How alike two short texts (titles, summaries) are: the Sørensen–Dice coefficient of their character trigrams,
 * after {@link Names#normalize} (case, accents and punctuation ignored, blanks collapsed) and with each word padded
 * by a blank so that word starts and ends count. {@code 2 × |shared trigrams| / (|trigrams of a| + |trigrams of b|)},
 * counting repeated trigrams as often as they occur: 1 for the same text, 0 for texts with no trigram in common.
 * A retitled event ("Iran closes its border" / "Iran closes the border with Azerbaijan") scores about 0.6; two
 * unrelated titles ("Baku wants good ties with Tehran" / "Azerbaijan opens an embassy in Israel") about 0.03, and
 * titles about the same place but another incident ("Iran holds drills at the border" / "Iran closes its border")
 * about 0.38. {@link #NEAR_DUPLICATE} is the threshold {@code merge} uses.
 */
public final class Similarity {

    /** At or above this, two titles or summaries are near-duplicates. */
    public static final double NEAR_DUPLICATE = 0.5;

    private Similarity() {
    }

    /** The Dice coefficient of the trigrams of {@code a} and {@code b}, from 0 to 1; 0 when either is blank. */
    public static double of(String a, String b) {
        if (a == null || b == null || a.isBlank() || b.isBlank()) {
            return 0;
        }
        Map<String, Integer> left = trigrams(a);
        Map<String, Integer> right = trigrams(b);
        int total = 0;
        int shared = 0;
        for (int n : left.values()) {
            total += n;
        }
        for (Map.Entry<String, Integer> e : right.entrySet()) {
            total += e.getValue();
            shared += Math.min(e.getValue(), left.getOrDefault(e.getKey(), 0));
        }
        return total == 0 ? 0 : 2.0 * shared / total;
    }

    private static Map<String, Integer> trigrams(String text) {
        String padded = " " + Names.normalize(text) + " ";
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i + 3 <= padded.length(); i++) {
            out.merge(padded.substring(i, i + 3), 1, Integer::sum);
        }
        return out;
    }
}
