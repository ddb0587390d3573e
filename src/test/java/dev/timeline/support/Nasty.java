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

    private Nasty() {
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
