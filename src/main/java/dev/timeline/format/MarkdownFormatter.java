package dev.timeline.format;

import dev.timeline.model.Event;
import dev.timeline.text.TerminalText;
import java.io.IOException;
import java.io.Writer;

/**
 * A Markdown (GitHub-flavoured) table for pasting into reports, under a heading that names the dataset and the
 * query. Cell text is escaped so that nothing in the data can break the table or become markup: pipes,
 * backslashes and emphasis/link/code characters are backslash-escaped, newlines become {@code <br>}, and
 * {@code & < >} become HTML entities. Controls that a terminal would obey (ESC, BEL, bidi overrides...) are shown
 * as the visible escapes of {@link TerminalText}: Markdown is read in terminals too.
 */
final class MarkdownFormatter implements Formatter {

    private final FormatContext context;

    MarkdownFormatter(FormatContext context) {
        this.context = context;
    }

    @Override
    public void write(Iterable<Event> events, Writer out) throws IOException {
        out.write("## " + escape(context.dataset().title()) + "\n\n");
        out.write("Query: " + (context.query().isEmpty() ? "all events"
                : "`" + TerminalText.line(context.query()).replace("`", "'") + "`") + "\n\n");
        out.write("| Date | Title | Type | Actors | Place | Summary | Sources |\n");
        out.write("|---|---|---|---|---|---|---|\n");
        int count = 0;
        for (Event event : events) {
            String date = escape(event.date().toString());
            String title = escape(event.title());
            if (event.id().equals(context.pivotId())) {
                title = "**" + title + "**";
            }
            out.write("| " + date + " | " + title + " | " + escape(event.type().label()) + " | "
                    + escape(Cells.actors(event, context.actors())) + " | "
                    + escape(event.place() == null ? "" : event.place().toString()) + " | "
                    + escape(event.summary()) + " | " + escape(Cells.sources(event)) + " |\n");
            count++;
        }
        out.write("\n" + count + (count == 1 ? " event" : " events") + ".\n");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '|', '\\', '`', '*', '_', '[', ']', '#' -> out.append('\\').append((char) c);
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r' -> {
                    if (i < text.length() && text.charAt(i) == '\n') {
                        continue; // one break for \r\n
                    }
                    out.append("<br>");
                }
                case '\n', 0x2028, 0x2029 -> out.append("<br>");
                case '\t' -> out.append(' ');
                default -> out.append(TerminalText.isUnsafe(c) ? TerminalText.escapeOf(c) : Character.toString(c));
            }
        }
        return out.toString();
    }
}
