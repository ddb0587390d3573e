package dev.timeline.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.dataset.DatasetReader;
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
import dev.timeline.support.Fixtures;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyListAccessor;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.util.CompatibilityHints;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IcsFormatterTest {

    private static final List<String> HINTS = List.of(CompatibilityHints.KEY_RELAXED_UNFOLDING,
            CompatibilityHints.KEY_RELAXED_PARSING, CompatibilityHints.KEY_RELAXED_VALIDATION,
            CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY, CompatibilityHints.KEY_NOTES_COMPATIBILITY,
            CompatibilityHints.KEY_VCARD_COMPATIBILITY);

    /** ical4j at its strictest: every compatibility hint that relaxes unfolding, parsing or validation off. */
    @BeforeAll
    static void strictIcal4j() {
        HINTS.forEach(hint -> CompatibilityHints.setHintEnabled(hint, false));
    }

    @AfterAll
    static void defaultIcal4j() {
        HINTS.forEach(CompatibilityHints::clearHintEnabled);
    }

    static final Actor IRAN = new Actor("iran", "Iran", ActorKind.STATE, "IRN", List.of(), null, null);

    static Event event(String id, String date, String title, String summary, EventType type, Place place,
            Source... sources) {
        return new Event(id, EventDate.parse(date), title, summary, type,
                List.of(new Participation("iran", Role.INITIATOR)), place, null, List.of(sources), List.of(), null);
    }

    static Source source(String outlet, String published) {
        return new Source(outlet, published == null ? null : EventDate.parse(published), null, null, null);
    }

    static final List<Event> SMALL = List.of(
            event("attack", "2023-01-27", "Embassy attacked", "Gunman, in Tehran; one dead.", EventType.ARMED_ATTACK,
                    new Place("Tehran", "IRN"), source("Caspian News", "2023-01-30")),
            event("drills", "2022-10", "Border drills", "", EventType.MILITARY_EXERCISE, null,
                    source("Eurasianet", "2022-10-20"), source("Eurasia Daily Monitor", "2023-04")),
            event("closure", "2023-01-30~", "Embassy closed", "Baku closes its mission.", EventType.EMBASSY_CLOSURE,
                    new Place(null, "IRN")),
            event("ongoing", "2021/..", "Relations sour", "Still going.", EventType.POLICY_PERIOD, null),
            event("partnership", "2013/2021", "Partnership", "Under Rouhani.", EventType.POLICY_PERIOD, null));

    static final Dataset SMALL_DATASET = new Dataset("small", "1", "Small, test; set", "A \\ description",
            List.of(IRAN), SMALL);

    static String render(FormatContext context, List<Event> events) throws IOException {
        StringWriter out = new StringWriter();
        new IcsFormatter(context).write(events, out);
        return out.toString();
    }

    @Test
    void writesTheSmallDatasetExactly() throws IOException {
        List<String> notices = new ArrayList<>();
        String ics = render(FormatContext.of(SMALL_DATASET).withNotices(notices::add), SMALL);
        String expected = String.join("\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//timeline//timeline//EN",
                "CALSCALE:GREGORIAN",
                "X-WR-CALNAME:Small\\, test\\; set",
                "X-WR-CALDESC:A \\\\ description",
                "BEGIN:VEVENT",
                "UID:attack@small",
                "DTSTAMP:20230430T000000Z",
                "DTSTART;VALUE=DATE:20230127",
                "DTEND;VALUE=DATE:20230128",
                "SUMMARY:Embassy attacked",
                "DESCRIPTION:Gunman\\, in Tehran\\; one dead.\\n\\nDate: 2023-01-27 (day: 27 Jan",
                " uary 2023)\\nSources: Caspian News 2023-01-30",
                "LOCATION:Tehran\\, IRN",
                "CATEGORIES:armed-attack",
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:drills@small",
                "DTSTAMP:20230430T000000Z",
                "DTSTART;VALUE=DATE:20221001",
                "DTEND;VALUE=DATE:20221101",
                "SUMMARY:Border drills",
                "DESCRIPTION:Date: 2022-10 (month: October 2022)\\nSources: Eurasianet 2022-1",
                " 0-20\\; Eurasia Daily Monitor 2023-04",
                "CATEGORIES:military-exercise",
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:closure@small",
                "DTSTAMP:20230430T000000Z",
                "DTSTART;VALUE=DATE:20230130",
                "DTEND;VALUE=DATE:20230131",
                "SUMMARY:Embassy closed",
                "DESCRIPTION:Baku closes its mission.\\n\\nDate: 2023-01-30~ (day: about 30 Ja",
                " nuary 2023)",
                "LOCATION:IRN",
                "CATEGORIES:embassy-closure",
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:partnership@small",
                "DTSTAMP:20230430T000000Z",
                "DTSTART;VALUE=DATE:20130101",
                "DTEND;VALUE=DATE:20220101",
                "SUMMARY:Partnership",
                "DESCRIPTION:Under Rouhani.\\n\\nDate: 2013/2021 (year: 2013 to 2021)",
                "CATEGORIES:policy-period",
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
                "END:VCALENDAR",
                "");
        assertThat(ics).isEqualTo(expected);
        assertThat(notices).containsExactly(
                "ics: left out 1 event with an open start or end (a calendar entry needs both)");
    }

    @Test
    void dtstampIsTheFixedTimestampWhenGiven() throws IOException {
        FormatContext context = FormatContext.of(SMALL_DATASET)
                .withTimestamp(Instant.parse("2024-02-29T13:14:15.678Z"));
        assertThat(render(context, SMALL)).contains("\r\nDTSTAMP:20240229T131415Z\r\n")
                .doesNotContain("DTSTAMP:20230430");
    }

    @Test
    void dtstampComesFromTheWholeDatasetSoAQueryDoesNotMoveIt() throws IOException {
        // the latest source (2023-04, so up to 2023-04-30) belongs to an event that is not written
        String ics = render(FormatContext.of(SMALL_DATASET), List.of(SMALL.get(0)));
        assertThat(ics).contains("\r\nDTSTAMP:20230430T000000Z\r\n");
    }

    @Test
    void dtstampIsTheEpochWhenNoSourceIsDated() throws IOException {
        Event undated = event("x", "2020", "X", "", EventType.STATEMENT, null, source("Somewhere", null));
        Dataset dataset = new Dataset("d", null, "D", null, List.of(IRAN), List.of(undated));
        String ics = render(FormatContext.of(dataset), dataset.events());
        assertThat(ics).contains("\r\nDTSTAMP:19700101T000000Z\r\n").doesNotContain("X-WR-CALDESC");
    }

    @Test
    void sameInputGivesTheSameBytes() throws IOException {
        Dataset bundled = Fixtures.bundled();
        assertThat(render(FormatContext.of(bundled), bundled.events()))
                .isEqualTo(render(FormatContext.of(Fixtures.bundled()), bundled.events()));
    }

    static final String OPEN = "ics: left out 1 event with an open start or end (a calendar entry needs both)";
    static final String RANGE = "ics: left out 1 event dated outside the years 1 to 9999 (iCalendar dates have "
            + "four-digit years)";

    static Stream<Arguments> leftOut() {
        return Stream.of(
                Arguments.of("../2020", OPEN),
                Arguments.of("2020/", OPEN),
                Arguments.of("/2020", OPEN),
                Arguments.of("../..", OPEN),
                Arguments.of("-0001", RANGE),
                Arguments.of("0000-12-31", RANGE),
                Arguments.of("9999-12-31", RANGE),
                Arguments.of("Y10000", RANGE));
    }

    @ParameterizedTest
    @MethodSource
    void leftOut(String date, String notice) throws IOException {
        List<String> notices = new ArrayList<>();
        Event event = event("e", date, "E", "", EventType.STATEMENT, null);
        String ics = render(FormatContext.of(SMALL_DATASET).withNotices(notices::add), List.of(event));
        assertThat(ics).doesNotContain("BEGIN:VEVENT");
        assertThat(notices).containsExactly(notice);
    }

    @Test
    void theEdgesOfTheFourDigitYearsAreWritten() throws IOException {
        List<String> notices = new ArrayList<>();
        List<Event> events = List.of(event("first", "0001-01-01", "F", "", EventType.STATEMENT, null),
                event("last", "9999-12-30", "L", "", EventType.STATEMENT, null));
        String ics = render(FormatContext.of(SMALL_DATASET).withNotices(notices::add), events);
        assertThat(ics).contains("DTSTART;VALUE=DATE:00010101\r\nDTEND;VALUE=DATE:00010102\r\n",
                "DTSTART;VALUE=DATE:99991230\r\nDTEND;VALUE=DATE:99991231\r\n");
        assertThat(notices).isEmpty();
    }

    static Stream<Arguments> escapes() {
        return Stream.of(
                Arguments.of("plain text", "plain text"),
                Arguments.of("a,b;c\\d", "a\\,b\\;c\\\\d"),
                Arguments.of("one\ntwo\r\nthree\rfour", "one\\ntwo\\nthree\\nfour"),
                Arguments.of("tab\there: \"quoted\"", "tab\there: \"quoted\""),
                Arguments.of("bell\u0007 nul\u0000 del\u007f", "bell\uFFFD nul\uFFFD del\uFFFD"),
                Arguments.of("lone \uD83D high, lone \uDC69 low", "lone \uFFFD high\\, lone \uFFFD low"),
                Arguments.of("👩🏽‍🚀 سلام", "👩🏽‍🚀 سلام"));
    }

    @ParameterizedTest
    @MethodSource
    void escapes(String text, String escaped) {
        assertThat(IcsLines.escapeText(text)).isEqualTo(escaped);
    }

    static Stream<Arguments> folds() {
        String a74 = "a".repeat(74);
        return Stream.of(
                Arguments.of("a".repeat(75), List.of("a".repeat(75))),
                Arguments.of("a".repeat(76), List.of("a".repeat(75), " a")),
                Arguments.of("a".repeat(75 + 74 + 1), List.of("a".repeat(75), " " + a74, " a")),
                // a 4-octet character that would straddle octet 75 moves whole to the next line
                Arguments.of("a".repeat(73) + "😀b", List.of("a".repeat(73), " 😀b")),
                Arguments.of("a".repeat(71) + "😀b", List.of("a".repeat(71) + "😀", " b")),
                Arguments.of("é".repeat(38), List.of("é".repeat(37), " é")),
                Arguments.of("", List.of("")));
    }

    @ParameterizedTest
    @MethodSource
    void folds(String line, List<String> physical) throws IOException {
        StringWriter out = new StringWriter();
        IcsLines.write(out, line);
        assertThat(out.toString()).isEqualTo(String.join("\r\n", physical) + "\r\n");
    }

    /** Code points the random lines are made of: 1, 2, 3 and 4 octets, joiners, marks, RTL, tabs and spaces. */
    private static final int[][] POOLS = {
        "abcXYZ019 :;,\\\"<>=\t".codePoints().toArray(),
        "éßøñÆ׳".codePoints().toArray(),
        "سلامدنیاשלוםこんにちは中文€‍́‏".codePoints().toArray(),
        "😀👩🏽🚀🏳🌈𝄞𐍈".codePoints().filter(cp -> cp > 0xFFFF).toArray(),
    };

    @Test
    void foldingKeepsEveryLineShortWholeAndValid() throws IOException {
        long seed = Long.getLong("timeline.seed", System.nanoTime());
        System.out.println("IcsFormatterTest.foldingKeepsEveryLineShortWholeAndValid seed: " + seed
                + " (rerun with -Dtimeline.seed=" + seed + ")");
        Random random = new Random(seed);
        for (int n = 0; n < 3000; n++) {
            StringBuilder b = new StringBuilder("DESCRIPTION:");
            int length = random.nextInt(260);
            for (int i = 0; i < length; i++) {
                int[] pool = POOLS[random.nextInt(POOLS.length)];
                b.appendCodePoint(pool[random.nextInt(pool.length)]);
            }
            String line = b.toString();
            StringWriter out = new StringWriter();
            IcsLines.write(out, line);
            String folded = out.toString();
            String context = "seed " + seed + ", case " + n + ": " + line;

            assertThat(folded).as(context).endsWith("\r\n");
            String[] physical = folded.substring(0, folded.length() - 2).split("\r\n", -1);
            for (int i = 0; i < physical.length; i++) {
                byte[] bytes = physical[i].getBytes(StandardCharsets.UTF_8);
                assertThat(bytes.length).as(context).isLessThanOrEqualTo(75);
                assertThat(physical[i]).as(context).doesNotContain("\r", "\n");
                if (i > 0) {
                    assertThat(physical[i]).as(context).startsWith(" ");
                }
                assertValidUtf8(bytes, context);
            }
            assertThat(folded.substring(0, folded.length() - 2).replace("\r\n ", "")).as(context).isEqualTo(line);
            // the folds are in the bytes too: every physical line decodes on its own
            byte[] all = folded.getBytes(StandardCharsets.UTF_8);
            int start = 0;
            for (int i = 0; i + 1 < all.length; i++) {
                if (all[i] == '\r' && all[i + 1] == '\n') {
                    assertValidUtf8(Arrays.copyOfRange(all, start, i), context);
                    start = i + 2;
                }
            }
        }
    }

    private static void assertValidUtf8(byte[] bytes, String context) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new AssertionError("not valid UTF-8 on its own: " + context, e);
        }
    }

    static Calendar parseStrictly(String ics) throws IOException, ParserException {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        ValidationResult validation = calendar.validate();
        assertThat(validation.getEntries()).as("ical4j validation: %s", validation).isEmpty();
        return calendar;
    }

    @Test
    void theBundledDatasetIsAStrictlyValidCalendar() throws IOException, ParserException {
        Dataset bundled = Fixtures.bundled();
        List<String> notices = new ArrayList<>();
        String ics = render(FormatContext.of(bundled).withNotices(notices::add), bundled.events());
        Calendar calendar = parseStrictly(ics);

        List<Event> bounded = bundled.events().stream()
                .filter(e -> !e.date().isOpenStart() && !e.date().isOpenEnd()).toList();
        assertThat(bounded).hasSizeBetween(1, bundled.events().size() - 1);
        List<VEvent> vevents = calendar.getComponents("VEVENT");
        assertThat(vevents).hasSameSizeAs(bounded);
        assertThat(calendar.getComponents()).hasSameSizeAs(bounded);
        for (int i = 0; i < bounded.size(); i++) {
            Event event = bounded.get(i);
            VEvent vevent = vevents.get(i);
            assertThat(value(vevent, "UID")).isEqualTo(event.id() + "@south-caucasus-2023");
            assertThat(vevent.getStartDate().orElseThrow().getDate()).isEqualTo(event.date().earliest());
            Temporal end = vevent.getEndDate().orElseThrow().getDate();
            assertThat(end).as("exclusive end of %s", event.id()).isEqualTo(event.date().latest().plusDays(1));
            assertThat(value(vevent, "SUMMARY")).isEqualTo(event.title());
            assertThat(value(vevent, "DESCRIPTION")).startsWith(event.summary())
                    .contains("Date: " + event.date() + " (" + event.date().describe() + ")");
            assertThat(value(vevent, "CATEGORIES")).isEqualTo(event.type().id());
            assertThat(value(vevent, "DTSTAMP")).isEqualTo("20230430T000000Z");
        }
        assertThat(value(calendar, "PRODID")).isEqualTo("-//timeline//timeline//EN");
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo(bundled.title());
        assertThat(notices).containsExactly("ics: left out " + (bundled.events().size() - bounded.size())
                + " events with an open start or end (a calendar entry needs both)");
        assertThat(ics.split("\r\n", -1)).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(ics.replace("\r\n", "")).doesNotContain("\r", "\n");
    }

    static final String NASTY_TITLE = "=HYPERLINK(\"x\") \"quoted\", a; b \\ c\\n <script>alert(1)</script>\ttab 👩🏽‍🚀 "
            + "سفارت جمهوری آذربایجان در تهران";
    static final String NASTY_SUMMARY = "Line one, \"quoted\"; semi\nline two\n\ttabbed \\ back-slash, \\; \\n "
            + "<script>x</script> 👩🏽‍🚀👩🏽‍🚀👩🏽‍🚀 emoji and right-to-left: عربي فارسی " + "long ".repeat(30) + "end";

    @Test
    void nastyTextRoundTripsThroughAStrictParser() throws IOException, ParserException {
        Event nasty = new Event("nasty-1", EventDate.parse("2023-03-30"), NASTY_TITLE, NASTY_SUMMARY,
                EventType.STATEMENT, List.of(new Participation("iran", Role.INITIATOR)),
                new Place("+Tehran; \"centre\", \\ 👩🏽‍🚀", "IRN"), null,
                List.of(source("Outlet, with comma; and semicolon", "2023-04-01")), List.of(), null);
        Dataset dataset = new Dataset("nasty;set", null, NASTY_TITLE, NASTY_SUMMARY, List.of(IRAN), List.of(nasty));
        String ics = render(FormatContext.of(dataset), dataset.events());
        Calendar calendar = parseStrictly(ics);

        List<VEvent> vevents = calendar.getComponents("VEVENT");
        assertThat(vevents).hasSize(1);
        VEvent vevent = vevents.get(0);
        assertThat(value(vevent, "SUMMARY")).isEqualTo(NASTY_TITLE);
        assertThat(value(vevent, "DESCRIPTION")).isEqualTo(IcsFormatter.description(nasty))
                .startsWith(NASTY_SUMMARY + "\n\nDate: 2023-03-30 (day: 30 March 2023)\nSources: Outlet, with");
        assertThat(value(vevent, "LOCATION")).isEqualTo("+Tehran; \"centre\", \\ 👩🏽‍🚀, IRN");
        assertThat(value(vevent, "UID")).isEqualTo("nasty-1@nasty;set");
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo(NASTY_TITLE);
        assertThat(value(calendar, "X-WR-CALDESC")).isEqualTo(NASTY_SUMMARY);
        assertThat(ics.split("\r\n", -1)).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
    }

    private static String value(PropertyListAccessor container, String name) {
        return container.<Property>getProperty(name).orElseThrow(() -> new AssertionError("no " + name)).getValue();
    }
}
