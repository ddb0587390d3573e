package dev.timeline.support;

import dev.timeline.dates.EventDate;
import dev.timeline.model.Actor;
import dev.timeline.model.ActorKind;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.model.Participation;
import dev.timeline.model.Place;
import dev.timeline.model.Role;
import dev.timeline.model.Source;
import java.util.List;

/** A dataset whose text tries to break every output format: formulas, quotes, separators, markup, emoji, RTL. */
public final class Nasty {

    public static final String TITLE = "=HYPERLINK(\"http://x\") <script>alert(1)</script> | a, b; c\td";
    public static final String SUMMARY = "Line one, \"quoted\"\nline two\r\n\ttabbed \\ back-slash | pipe "
            + "👩🏽‍🚀 emoji and right-to-left: سفارت جمهوری آذربایجان در تهران `code` *star* [link](x) & done";

    /**
     * Text that tries to drive a terminal: set the window title (OSC ... BEL), clear the screen, turn it red and
     * leave it so (a cut sequence), NUL, DEL, a C1 CSI and a right-to-left override that reorders the line.
     */
    public static final String HOSTILE = "Evil \u001b]0;pwned\u0007 \u001b[2J\u001b[31mred \u0000nul \u007fdel "
            + "\u009b31m c1 \u202Eevil\u202C \u2066iso\u2069 end\u001b[";

    private Nasty() {
    }

    /**
     * A dataset file (as JSON text) whose every text field that a person sees holds {@link #HOSTILE}: titles,
     * summaries, actor names and aliases, places, sources, tags, notes.
     */
    public static String hostileJson() {
        String h = json(HOSTILE);
        return "{\"id\": \"hostile\", \"title\": " + h + ", \"description\": " + h + ",\n"
                + " \"actors\": [{\"id\": \"evil\", \"name\": " + json("Evil" + HOSTILE) + ", \"kind\": \"group\", "
                + "\"country\": \"IRN\", \"aliases\": [" + h + "], \"position\": " + h + "},\n"
                + "  {\"id\": \"other\", \"name\": " + json("Other" + HOSTILE) + ", \"kind\": \"state\", "
                + "\"partOf\": \"evil\"}],\n"
                + " \"events\": [\n"
                + event("e1", "2023-03-30", "statement", h) + ",\n"
                + event("e2", "2023-03-31~", "threat", h) + ",\n"
                + event("e3", "2023-03", "armed-attack", h) + ",\n"
                + event("e4", "2023-03-01/2023-03-20", "policy-period", h) + "\n]}\n";
    }

    private static String event(String id, String date, String type, String h) {
        return "  {\"id\": \"" + id + "\", \"date\": \"" + date + "\", \"title\": " + json(id + " " + HOSTILE)
                + ", \"summary\": " + h + ", \"type\": \"" + type + "\", \"actors\": [{\"actor\": \"evil\", "
                + "\"role\": \"initiator\"}, {\"actor\": \"other\", \"role\": \"target\"}], \"place\": {\"name\": "
                + h + ", \"country\": \"IRN\"}, \"fatalities\": 1, \"sources\": [{\"outlet\": " + h
                + ", \"published\": \"2023-04-01\", \"title\": " + h + ", \"url\": \"https://x.example/\", \"note\": "
                + h + "}], \"tags\": [" + h + "], \"note\": " + h + "}";
    }

    /** {@code text} as a JSON string, every control and non-ASCII character escaped. */
    public static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    public static Dataset dataset() {
        Actor actor = new Actor("a", "@Actor, \"the\" <b>bold</b>", ActorKind.GROUP, "IRN", List.of(), null, null);
        Event nasty = new Event("nasty-1", EventDate.parse("2023-03-30"), TITLE, SUMMARY, EventType.STATEMENT,
                List.of(new Participation("a", Role.INITIATOR)), new Place("+Tehran; \"centre\"", "IRN"), 2,
                List.of(new Source("-Outlet, with comma", EventDate.parse("2023-04-01"), null, null, null)),
                List.of("x"), null);
        Event plain = new Event("plain-2", EventDate.parse("2022-10"), "Plain", "", EventType.THREAT,
                List.of(new Participation("a", Role.TARGET)), null, null, List.of(), List.of(), null);
        return new Dataset("nasty", "1", "Nasty | <Dataset>", "Testing \"escapes\" & <markup>", List.of(actor),
                List.of(nasty, plain));
    }
}
