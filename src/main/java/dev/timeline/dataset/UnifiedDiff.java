package dev.timeline.dataset;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.Arrays;
import java.util.List;

/** The change between two texts of a file as a unified diff ({@code diff -u}, three lines of context). */
public final class UnifiedDiff {

    private UnifiedDiff() {
    }

    /**
     * The diff of {@code before} to {@code after}, headed {@code --- a/NAME} and {@code +++ b/NAME} as git shows it;
     * empty when they are equal. {@code before} is null for a file that does not exist yet.
     */
    public static String of(String name, String before, String after) {
        if (after.equals(before)) {
            return "";
        }
        List<String> old = before == null ? List.of() : lines(before);
        List<String> now = lines(after);
        Patch<String> patch = DiffUtils.diff(old, now);
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(before == null ? "/dev/null" : "a/" + name,
                "b/" + name, old, patch, 3);
        StringBuilder out = new StringBuilder();
        for (String line : diff) {
            // diff -u and git number an empty side's range 0,0; java-diff-utils says 1,0
            out.append(old.isEmpty() && line.startsWith("@@ -1,0 ") ? "@@ -0,0 " + line.substring(8) : line)
                    .append('\n');
        }
        return out.toString();
    }

    private static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return Arrays.asList(body.split("\n", -1));
    }
}
