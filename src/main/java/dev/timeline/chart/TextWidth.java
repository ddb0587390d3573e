package dev.timeline.chart;

/**
 * How wide text is drawn in the chart's font, estimated without a font engine: the advance widths of DejaVu Sans
 * (which the chart names first; Verdana, its usual stand-in, is as wide) for ASCII, and generous guesses for the rest.
 * Erring wide keeps labels apart whatever font a browser picks.
 */
final class TextWidth {

    /** Advance widths of DejaVu Sans, in thousandths of an em, for U+0020..U+007E. */
    private static final short[] ASCII = {
        318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,
        636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531,
        1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
        603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500,
        500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,
        635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838};

    /** Bold DejaVu Sans runs about this much wider. */
    private static final double BOLD = 1.1;

    private TextWidth() {
    }

    /** The width of {@code text} at {@code size} pixels, regular or bold. */
    static double of(String text, double size, boolean bold) {
        double thousandths = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            thousandths += advance(c);
        }
        return thousandths / 1000 * size * (bold ? BOLD : 1);
    }

    private static int advance(int c) {
        if (c >= 0x20 && c <= 0x7e) {
            return ASCII[c - 0x20];
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        return c >= 0x1100 ? 1000 : 680;
    }

    /**
     * {@code text} with runs of white space made single spaces, cut to fit {@code width} with an ellipsis when it
     * is too wide (empty when not even the ellipsis fits).
     */
    static String fit(String text, double width, double size, boolean bold) {
        String plain = text.strip().replaceAll("\\s+", " ");
        if (of(plain, size, bold) <= width) {
            return plain;
        }
        double room = width - of("…", size, bold);
        if (room < 0) {
            return "";
        }
        StringBuilder cut = new StringBuilder();
        double used = 0;
        for (int i = 0; i < plain.length(); ) {
            int c = plain.codePointAt(i);
            double w = advance(c) / 1000.0 * size * (bold ? BOLD : 1);
            if (used + w > room) {
                break;
            }
            cut.appendCodePoint(c);
            used += w;
            i += Character.charCount(c);
        }
        return cut.toString().stripTrailing() + "…";
    }
}
