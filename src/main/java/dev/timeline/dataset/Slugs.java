package dev.timeline.dataset;

import dev.timeline.model.Names;
import java.util.Set;

/**
 * Ids derived from names: lower case ASCII letters and digits joined by hyphens ({@code Jane Doe} → {@code jane-doe},
 * {@code Abdollahian, Hossein Amir} → {@code abdollahian-hossein-amir}), at most 60 characters cut at a hyphen, made
 * unique with {@code -2}, {@code -3}... A derived id never changes afterwards: renaming is explicit ({@code --id}).
 */
public final class Slugs {

    private static final int MAX = 60;

    private Slugs() {
    }

    /** The slug of {@code text}; empty when it has no letter or digit. */
    public static String of(String text) {
        String base = Names.normalize(text).replace(' ', '-');
        if (base.length() > MAX) {
            int cut = base.lastIndexOf('-', MAX);
            base = base.substring(0, cut > 20 ? cut : MAX);
        }
        return base;
    }

    /** {@code base}, or {@code base-2}, {@code base-3}... the first not in {@code taken}. */
    public static String unique(String base, Set<String> taken) {
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    /** Whether {@code id} may be used as an id: not empty, no blanks or control characters. */
    public static boolean isValidId(String id) {
        return id != null && !id.isEmpty() && id.codePoints().noneMatch(c -> Character.isWhitespace(c)
                || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT);
    }
}
