package dev.timeline.chart;

/** Text made safe for XML and HTML content and attribute values. */
final class Xml {

    private Xml() {
    }

    /**
     * {@code text} with {@code & < > " '} as character references, and what XML 1.0 cannot hold (control characters
     * other than tab, line feed and carriage return; unpaired surrogates; U+FFFE, U+FFFF) as U+FFFD. Markup in data
     * then shows as text: a title {@code <script>} stays the eight characters it is.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t', '\n', '\r' -> out.append(c);
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xfffe || c == 0xffff) {
                        out.append('\ufffd');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
