package dev.timeline.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import dev.timeline.support.Corpora;
import dev.timeline.support.Fixtures;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TimelineJsFormatterTest {

    static final ObjectMapper MAPPER = new ObjectMapper();

    static final Actor IRAN = new Actor("iran", "Iran", ActorKind.STATE, "IRN", List.of(), null, null);
    static final Actor AZERBAIJAN = new Actor("azerbaijan", "Azerbaijan", ActorKind.STATE, "AZE", List.of(), null,
            null);

    static Event event(String id, String date, EventType type, List<Participation> actors, Source... sources) {
        return new Event(id, EventDate.parse(date), "Title of " + id, "Summary of " + id + ".", type, actors, null,
                null, List.of(sources), List.of(), null);
    }

    static Event event(String id, String date) {
        return event(id, date, EventType.STATEMENT, List.of(new Participation("iran", Role.INITIATOR)));
    }

    static Dataset dataset(List<Event> events) {
        return new Dataset("small", "1", "Small <set>", "For \"tests\" & such", List.of(IRAN, AZERBAIJAN), events);
    }

    static String render(FormatContext context, List<Event> events) throws IOException {
        StringWriter out = new StringWriter();
        new TimelineJsFormatter(context).write(events, out);
        return out.toString();
    }

    static JsonNode renderTree(List<Event> events, List<String> notices) throws IOException {
        return MAPPER.readTree(render(FormatContext.of(dataset(events)).withNotices(notices::add), events));
    }

    @Test
    void writesTheSmallDatasetExactly() throws IOException {
        List<Event> events = List.of(
                event("attack", "2023-01-27", EventType.ARMED_ATTACK, List.of(new Participation("azerbaijan",
                        Role.TARGET), new Participation("iran", Role.INITIATOR)),
                        new Source("Caspian News", EventDate.parse("2023-01-30"), null, null, null)),
                event("drills", "2022-10?", EventType.MILITARY_EXERCISE, List.of(new Participation("azerbaijan",
                        Role.TARGET))),
                event("sour", "2021/..", EventType.POLICY_PERIOD, List.of()));
        List<String> notices = new ArrayList<>();
        String json = render(FormatContext.of(dataset(events)).withNotices(notices::add), events);
        assertThat(json).isEqualTo("""
                {
                  "title": {
                    "text": {
                      "headline": "Small &lt;set&gt;",
                      "text": "For &quot;tests&quot; &amp; such"
                    }
                  },
                  "events": [
                    {
                      "start_date": {
                        "year": "2023",
                        "month": "1",
                        "day": "27"
                      },
                      "text": {
                        "headline": "Title of attack",
                        "text": "<p>Summary of attack.</p><p>Sources: Caspian News 2023-01-30</p>"
                      },
                      "group": "Iran",
                      "unique_id": "attack"
                    },
                    {
                      "start_date": {
                        "year": "2022",
                        "month": "10"
                      },
                      "display_date": "possibly October 2022",
                      "text": {
                        "headline": "Title of drills",
                        "text": "<p>Summary of drills.</p>"
                      },
                      "group": "Azerbaijan",
                      "unique_id": "drills"
                    },
                    {
                      "start_date": {
                        "year": "2021"
                      },
                      "display_date": "2021 – ongoing",
                      "text": {
                        "headline": "Title of sour",
                        "text": "<p>Summary of sour.</p>"
                      },
                      "unique_id": "sour"
                    }
                  ],
                  "eras": [
                    {
                      "start_date": {
                        "year": "2021"
                      },
                      "end_date": {
                        "year": "2023",
                        "month": "1",
                        "day": "27"
                      },
                      "text": {
                        "headline": "Title of sour"
                      }
                    }
                  ]
                }
                """);
        assertThat(notices).isEmpty();
    }

    static Stream<Arguments> slideDates() {
        return Stream.of(
                Arguments.of("2023-01-27", "{'year':'2023','month':'1','day':'27'}", null, null),
                Arguments.of("2022-10", "{'year':'2022','month':'10'}", null, null),
                Arguments.of("2021", "{'year':'2021'}", null, null),
                Arguments.of("-0044-03-15", "{'year':'-44','month':'3','day':'15'}", null, null),
                Arguments.of("Y10000", "{'year':'10000'}", null, null),
                Arguments.of("2023-03-30~", "{'year':'2023','month':'3','day':'30'}", null, "about 30 March 2023"),
                Arguments.of("2023-02?", "{'year':'2023','month':'2'}", null, "possibly February 2023"),
                Arguments.of("2023%", "{'year':'2023'}", null, "possibly about 2023"),
                Arguments.of("2020-05-XX", "{'year':'2020','month':'5'}", null, "some day of May 2020"),
                Arguments.of("2020-XX", "{'year':'2020'}", null, "some month of 2020"),
                Arguments.of("2020-22", "{'year':'2020','month':'6'}", "{'year':'2020','month':'8'}", "summer 2020"),
                Arguments.of("2023-24", "{'year':'2023','month':'12'}", "{'year':'2024','month':'2'}",
                        "winter 2023\u201324"),
                Arguments.of("201X", "{'year':'2010'}", "{'year':'2019'}", "the 2010s"),
                Arguments.of("19XX", "{'year':'1900'}", "{'year':'1999'}", "years 1900 to 1999"),
                Arguments.of("19", "{'year':'1900'}", "{'year':'1999'}", "years 1900 to 1999"),
                Arguments.of("2020-05-01T10:30:45Z", "{'year':'2020','month':'5','day':'1'}", null,
                        "1 May 2020 at 10:30:45 UTC"),
                Arguments.of("2013/2021", "{'year':'2013'}", "{'year':'2021'}", null),
                Arguments.of("2013-05/2014", "{'year':'2013','month':'5'}", "{'year':'2014'}", null),
                Arguments.of("2020-05-01/2020-05-03", "{'year':'2020','month':'5','day':'1'}",
                        "{'year':'2020','month':'5','day':'3'}", null),
                Arguments.of("2020/2020", "{'year':'2020'}", null, null),
                Arguments.of("2013~/2021", "{'year':'2013'}", "{'year':'2021'}", "about 2013 – 2021"),
                Arguments.of("2013-05?/2014~", "{'year':'2013','month':'5'}", "{'year':'2014'}",
                        "possibly May 2013 – about 2014"),
                Arguments.of("2021/..", "{'year':'2021'}", null, "2021 – ongoing"),
                Arguments.of("2021~/..", "{'year':'2021'}", null, "about 2021 – ongoing"),
                Arguments.of("2023-03-30/..", "{'year':'2023','month':'3','day':'30'}", null,
                        "30 March 2023 – ongoing"),
                Arguments.of("2021/", "{'year':'2021'}", null, "2021 – end unknown"),
                Arguments.of("../2022", "{'year':'2022'}", null, "until 2022"),
                Arguments.of("/2022-03", "{'year':'2022','month':'3'}", null, "until March 2022, start unknown"),
                Arguments.of("../2019-11~", "{'year':'2019','month':'11'}", null, "until about November 2019"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void slideDates(String edtf, String start, String end, String display) throws IOException {
        List<String> notices = new ArrayList<>();
        JsonNode slide = renderTree(List.of(event("e", edtf)), notices).get("events").get(0);
        assertThat(slide.get("start_date")).isEqualTo(tree(start));
        assertThat(slide.get("end_date")).isEqualTo(end == null ? null : tree(end));
        assertThat(slide.has("display_date")).isEqualTo(display != null);
        if (display != null) {
            assertThat(slide.get("display_date").asText()).isEqualTo(display);
        }
        assertThat(notices).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("unknownDates")
    void eventsWithNoKnownDayAreLeftOutAndCounted(String edtf) throws IOException {
        List<String> notices = new ArrayList<>();
        JsonNode root = renderTree(List.of(event("e", edtf), event("known", "2020")), notices);
        assertThat(root.get("events")).hasSize(1);
        assertThat(root.get("events").get(0).get("unique_id").asText()).isEqualTo("known");
        assertThat(notices).containsExactly(
                "timelinejs: left out 1 event with no known date (a slide needs a start date)");
    }

    static Stream<String> unknownDates() {
        return Stream.of("XXXX", "XXXX-XX", "XXXX-XX-XX", "../..", "/", "../");
    }

    @Test
    void noEventsGiveAnEmptyListAndANotice() throws IOException {
        List<String> notices = new ArrayList<>();
        JsonNode root = renderTree(List.of(), notices);
        assertThat(root.get("events")).isEmpty();
        assertThat(root.has("eras")).isFalse();
        assertThat(notices).containsExactly("timelinejs: no events to show (TimelineJS needs at least one to draw)");
    }

    @Test
    void groupIsTheFirstInitiatorElseTheFirstActor() throws IOException {
        List<Event> events = List.of(
                event("initiator-second", "2020", EventType.STATEMENT, List.of(
                        new Participation("azerbaijan", Role.TARGET), new Participation("iran", Role.INITIATOR))),
                event("no-initiator", "2020", EventType.STATEMENT, List.of(
                        new Participation("azerbaijan", Role.MENTIONED), new Participation("iran", Role.TARGET))),
                event("unknown-actor", "2020", EventType.STATEMENT, List.of(
                        new Participation("nobody", Role.INITIATOR))),
                event("no-actor", "2020", EventType.STATEMENT, List.of()));
        JsonNode slides = renderTree(events, new ArrayList<>()).get("events");
        assertThat(slides.get(0).get("group").asText()).isEqualTo("Iran");
        assertThat(slides.get(1).get("group").asText()).isEqualTo("Azerbaijan");
        assertThat(slides.get(2).get("group").asText()).isEqualTo("nobody");
        assertThat(slides.get(3).has("group")).isFalse();
    }

    @Test
    void contextPeriodsAreAlsoEras() throws IOException {
        // the dataset's bounded days run from 2005-01-01 (in "2005/") to 2023-04-13; the last event is not in it
        List<Event> events = List.of(
                event("open-end", "2021/..", EventType.POLICY_PERIOD, List.of()),
                event("open-start", "../2019", EventType.POLICY_PERIOD, List.of()),
                event("unknown-end", "2005/", EventType.POLICY_PERIOD, List.of()),
                event("closed", "2013/2021", EventType.POLICY_PERIOD, List.of()),
                event("war-year", "2020", EventType.WAR, List.of()),
                event("war-month", "2020-09", EventType.WAR, List.of()),
                event("war-day", "2020-09-27", EventType.WAR, List.of()),
                event("war-decade", "201X", EventType.WAR, List.of()),
                event("not-a-period", "2023-04-13", EventType.STATEMENT, List.of()),
                event("after-the-data", "2030-06/..", EventType.POLICY_PERIOD, List.of()));
        Dataset dataset = dataset(events.subList(0, events.size() - 1));
        JsonNode root = MAPPER.readTree(render(FormatContext.of(dataset), events));
        assertThat(root.get("events")).hasSize(events.size());
        assertThat(root.get("eras")).isEqualTo(tree("""
                [{'start_date':{'year':'2021'},'end_date':{'year':'2023','month':'4','day':'13'},
                  'text':{'headline':'Title of open-end'}},
                 {'start_date':{'year':'2005','month':'1','day':'1'},'end_date':{'year':'2019'},
                  'text':{'headline':'Title of open-start'}},
                 {'start_date':{'year':'2005'},'end_date':{'year':'2023','month':'4','day':'13'},
                  'text':{'headline':'Title of unknown-end'}},
                 {'start_date':{'year':'2013'},'end_date':{'year':'2021'},'text':{'headline':'Title of closed'}},
                 {'start_date':{'year':'2020','month':'1','day':'1'},'end_date':{'year':'2020','month':'12','day':'31'},
                  'text':{'headline':'Title of war-year'}},
                 {'start_date':{'year':'2020','month':'9','day':'1'},'end_date':{'year':'2020','month':'9','day':'30'},
                  'text':{'headline':'Title of war-month'}},
                 {'start_date':{'year':'2020','month':'9','day':'27'},'end_date':{'year':'2020','month':'9','day':'28'},
                  'text':{'headline':'Title of war-day'}},
                 {'start_date':{'year':'2010'},'end_date':{'year':'2019'},'text':{'headline':'Title of war-decade'}},
                 {'start_date':{'year':'2030','month':'6'},'end_date':{'year':'2030','month':'6','day':'30'},
                  'text':{'headline':'Title of after-the-data'}}]
                """));
    }

    @Test
    void theBundledDatasetGivesOneSlidePerEventAndErasForTheContextPeriods() throws IOException {
        Dataset bundled = Fixtures.bundled();
        List<String> notices = new ArrayList<>();
        String json = render(FormatContext.of(bundled).withNotices(notices::add), bundled.events());
        JsonNode root = MAPPER.readTree(json);

        assertThat(root.at("/title/text/headline").asText()).isEqualTo(TimelineJsFormatter.html(bundled.title()));
        assertThat(root.at("/title/text/text").asText())
                .isEqualTo(TimelineJsFormatter.html(bundled.description()));
        List<String> ids = new ArrayList<>();
        root.get("events").forEach(slide -> ids.add(slide.get("unique_id").asText()));
        assertThat(ids).isEqualTo(bundled.events().stream().map(Event::id).toList());
        root.get("events").forEach(slide -> assertThat(slide.at("/text/text").asText()).contains("<p>Sources: "));

        List<String> periods = bundled.events().stream()
                .filter(e -> e.type() == EventType.POLICY_PERIOD || e.type() == EventType.WAR)
                .map(e -> TimelineJsFormatter.html(e.title())).toList();
        assertThat(periods).isNotEmpty();
        List<String> eras = new ArrayList<>();
        root.get("eras").forEach(era -> {
            eras.add(era.at("/text/headline").asText());
            // TimelineJS drops an end equal to the start, then rejects an era without an end
            assertThat(era.get("end_date")).isNotNull().isNotEqualTo(era.get("start_date"));
        });
        assertThat(eras).isEqualTo(periods);
        assertThat(notices).isEmpty();
        assertThat(render(FormatContext.of(Fixtures.bundled()), bundled.events())).isEqualTo(json);
    }

    static final String NASTY_TITLE = "=HYPERLINK(\"x\") 'single' \"quoted\", a; b \\ <script>alert(1)</script>\t"
            + "tab & amp 👩🏽‍🚀 سفارت جمهوری آذربایجان در تهران";
    static final String NASTY_SUMMARY = "Line one\nline two <img src=x onerror=alert(1)> </p><script>x</script> "
            + "&lt;already&gt; 👩🏽‍🚀 عربي";

    @Test
    void nastyTextIsEscapedAndTheJsonStillParses() throws IOException {
        Actor nastyActor = new Actor("nasty", "<b>Actor</b> & \"co\"", ActorKind.GROUP, null, List.of(), null, null);
        Event nasty = new Event("nasty-1", EventDate.parse("2023-03-30~"), NASTY_TITLE, NASTY_SUMMARY,
                EventType.WAR, List.of(new Participation("nasty", Role.INITIATOR)), new Place("<Tehran>", "IRN"),
                null, List.of(new Source("<script>Outlet</script>, & co", EventDate.parse("2023-04"), null, null,
                        null)), List.of(), null);
        Dataset dataset = new Dataset("nasty", null, NASTY_TITLE, NASTY_SUMMARY, List.of(nastyActor), List.of(nasty));
        String json = render(FormatContext.of(dataset), dataset.events());

        assertThat(json).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                .doesNotContain("<b>").contains("👩🏽‍🚀", "سفارت");
        JsonNode root = MAPPER.readTree(json);
        JsonNode slide = root.get("events").get(0);
        assertThat(unescape(slide.at("/text/headline").asText())).isEqualTo(NASTY_TITLE);
        assertThat(slide.at("/text/text").asText()).isEqualTo("<p>" + TimelineJsFormatter.html(NASTY_SUMMARY)
                + "</p><p>Sources: &lt;script&gt;Outlet&lt;/script&gt;, &amp; co 2023-04</p>");
        assertThat(unescape(slide.get("group").asText())).isEqualTo(nastyActor.name());
        assertThat(unescape(root.at("/title/text/headline").asText())).isEqualTo(NASTY_TITLE);
        assertThat(unescape(root.at("/title/text/text").asText())).isEqualTo(NASTY_SUMMARY);
        assertThat(unescape(root.at("/eras/0/text/headline").asText())).isEqualTo(NASTY_TITLE);
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /**
     * Files of the corpus that show the TimelineJS3 format: the {@code head__} examples (less the two in the
     * TimelineJS2 format) and the two legacy examples with {@code eras}, which no {@code head__} example has.
     */
    static List<Path> shippedExamples() throws IOException {
        Path corpus = Corpora.require("timelinejs3");
        List<Path> examples = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            files.map(Path::getFileName).map(Path::toString).sorted()
                    .filter(name -> name.startsWith("head__") && name.endsWith(".json"))
                    .filter(name -> !name.equals("head__example.json") && !name.equals("head__houston__timeline2.json"))
                    .forEach(name -> examples.add(corpus.resolve(name)));
        }
        examples.add(corpus.resolve("legacy__eras.json"));
        examples.add(corpus.resolve("legacy__src_template_eras.json"));
        return examples;
    }

    /**
     * The path under which a key is compared: TimelineJS reads every date object ({@code start_date} and
     * {@code end_date} of slides, title and eras) with the same class ({@code TimelineConfig._processDates}), so the
     * keys inside one are compared with those inside any date object of the examples. The shipped eras have years
     * only; ours may have a month and day, as slides do.
     */
    static String level(String path) {
        return path.replaceFirst("^.*/(start_date|end_date)/", "<date>/");
    }

    /**
     * Keys we write that no shipped example uses, with the reason they are still TimelineJS3's own: the slide's
     * {@code display_date} is in the JSON format documentation (timeline.knightlab.com/docs/json-format.html) and
     * read by TimelineJS3's {@code Slide.getFormattedDate()} and {@code TimelineConfig}'s markup stripping.
     */
    static final Set<String> DOCUMENTED_ONLY = Set.of("/events[]/display_date");

    @Test
    void everyKeyWeWriteIsOneTheShippedExamplesUseWithTheSameType() throws IOException {
        Map<String, Set<String>> shipped = new TreeMap<>();
        List<Path> examples = shippedExamples();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(9);
        for (Path example : examples) {
            shapes(MAPPER.readTree(example.toFile()), "", shipped);
        }
        assertThat(shipped).containsKeys("<date>/year", "<date>/day", "/eras[]/end_date", "/events[]/unique_id",
                "/events[]/group");

        Map<String, Set<String>> ours = new TreeMap<>();
        Dataset bundled = Fixtures.bundled();
        shapes(MAPPER.readTree(render(FormatContext.of(bundled), bundled.events())), "", ours);
        List<Event> all = slideDates().map(a -> event("e" + a.get()[0], (String) a.get()[0])).toList();
        shapes(MAPPER.readTree(render(FormatContext.of(dataset(all)), all)), "", ours);
        assertThat(ours).containsKeys("/eras[]/start_date", "/events[]/end_date", "<date>/day",
                "/events[]/display_date");

        for (Map.Entry<String, Set<String>> key : ours.entrySet()) {
            if (DOCUMENTED_ONLY.contains(key.getKey())) {
                assertThat(shipped).doesNotContainKey(key.getKey());
                assertThat(key.getValue()).containsExactly("string");
                continue;
            }
            assertThat(shipped).as("a shipped example has %s", key.getKey()).containsKey(key.getKey());
            assertThat(shipped.get(key.getKey())).as("types of %s", key.getKey()).containsAll(key.getValue());
        }
    }

    /** Every key path in {@code node} ({@code /events[]/text/headline}, as {@link #level}) with its JSON types. */
    private static void shapes(JsonNode node, String path, Map<String, Set<String>> into) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = path + "/" + field.getKey();
                into.computeIfAbsent(level(key), k -> new TreeSet<>()).add(type(field.getValue()));
                shapes(field.getValue(), key, into);
            }
        } else if (node.isArray()) {
            node.forEach(element -> shapes(element, path + "[]", into));
        }
    }

    private static String type(JsonNode node) {
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static JsonNode tree(String singleQuoted) throws IOException {
        return MAPPER.readTree(singleQuoted.replace('\'', '"'));
    }
}
