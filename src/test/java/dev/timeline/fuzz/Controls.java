package dev.timeline.fuzz;

/** Characters that must never reach a terminal from data: C0 and C1 controls, ESC, DEL, bidi overrides. */
final class Controls {

    private Controls() {
    }

    /**
     * The first such character in {@code text}, described, or null. Tab and line feed are fine; a carriage return
     * from data is not (it overwrites the line).
     */
    static String find(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad = (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f
                    || (c >= 0x80 && c < 0xa0) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
            if (bad) {
                return String.format("U+%04X at %d", (int) c, i);
            }
        }
        return null;
    }
}
