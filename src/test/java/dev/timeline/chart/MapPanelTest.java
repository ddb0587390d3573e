package dev.timeline.chart;

import static dev.timeline.chart.SvgWriterTest.count;
import static dev.timeline.chart.SvgWriterTest.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.timeline.dates.EventDate;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.model.Place;
import dev.timeline.support.Fixtures;
import dev.timeline.support.Located;
import dev.timeline.support.Nasty;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The chart's map panel as SVG and HTML: there only with points, a mark per located event, zoomed and clipped. */
class MapPanelTest {

    private static final XPath XPATH = XPathFactory.newInstance().newXPath();
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

    static SvgLayout layout(Dataset dataset, boolean map) {
        return SvgLayout.of(ChartData.of(dataset, dataset.events(), LaneMode.ACTOR, 12, ""), 1200, null, map);
    }

    static String svg(Dataset dataset, boolean map) throws IOException {
        StringWriter out = new StringWriter();
        new SvgWriter(layout(dataset, map), dataset).writeSvg(out);
        return out.toString();
    }

    static String html(Dataset dataset, boolean map) throws IOException {
        StringWriter out = new StringWriter();
        new SvgWriter(layout(dataset, map), dataset).writeHtml(out);
        return out.toString();
    }

    static List<Element> elements(Document document, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPATH.evaluate(xpath, document, XPathConstants.NODESET);
        return IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
    }

    static double attribute(Element element, String name) {
        return Double.parseDouble(element.getAttribute(name));
    }

    /** Statements (drawn as circles) with the given ids, each at its {lat, lon}. */
    static Dataset statements(List<String> ids, List<double[]> points) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            double[] p = points.get(i);
            events.add(new Event(ids.get(i), EventDate.parse("2023-03-" + (10 + i % 18)), "Event " + ids.get(i), "",
                    EventType.STATEMENT, List.of(), p == null ? null : new Place("Somewhere", null, p[0], p[1]), null,
                    List.of(), List.of(), null));
        }
        return new Dataset("points", "1", "Points", null, List.of(), events);
    }

    @Test
    void aChartWithNoPointHasNoPanelAndIsTheSameBytesAsWithMapsOff() throws Exception {
        Dataset bundled = Located.unlocated();
        assertThat(layout(bundled, true).map()).isNull();
        assertThat(svg(bundled, true)).isEqualTo(svg(bundled, false)).doesNotContain("map");
        assertThat(html(bundled, true)).isEqualTo(html(bundled, false)).doesNotContain("data-point")
                .doesNotContain("focusin");
    }

    @Test
    void mapsOffGiveTheChartOfTheSameEventsWithoutPoints() throws Exception {
        assertThat(svg(Located.bundled(), false)).isEqualTo(svg(Located.unlocated(), false));
        assertThat(html(Located.bundled(), false)).isEqualTo(html(Located.unlocated(), false));
    }

    @Test
    void everyLocatedEventHasOneMarkCarryingItsIdAndTheLanesKeepTheirCount() throws Exception {
        Dataset dataset = Located.bundled();
        Document document = parse(svg(dataset, true));
        List<Element> marks = elements(document, "//*[@data-point-for]");
        List<String> ids = marks.stream().map(e -> e.getAttribute("data-point-for")).toList();
        assertThat(ids).hasSize(10).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(Located.ids(dataset));
        assertThat(count(document, "//*[@data-point-ids]")).isZero();
        assertThat(count(document, "//*[local-name()='g' and @class='map']//*[@data-point-for]")).isEqualTo(10);
        ChartData data = ChartData.of(dataset, dataset.events(), LaneMode.ACTOR, 12, "");
        assertThat(count(document, "//*[@data-event-id]")).as("timeline marks").isEqualTo(data.markCount());
        for (Element mark : marks) {
            Event event = dataset.event(mark.getAttribute("data-point-for")).orElseThrow();
            String tooltip = XPATH.evaluate("*[local-name()='title']", mark);
            assertThat(tooltip).startsWith(data.number(event) + ". " + event.title())
                    .endsWith("Point: " + event.place().lat() + ", " + event.place().lon());
            assertThat(mark.getAttribute("tabindex")).isEqualTo("0");
        }
        assertThat(XPATH.evaluate("//*[local-name()='text' and contains(@class, 'map-caption')]", document))
                .startsWith("Map: 10 of 26 events with a point · ").endsWith("outlines: Natural Earth (public domain)");
    }

    @Test
    void marksStandWhereTheProjectionPutsTheirPoints() throws Exception {
        List<double[]> points = List.of(new double[] {40.4093, 49.8671}, new double[] {38.0800, 46.2919},
                new double[] {41.7151, 44.8271});
        Dataset dataset = statements(List.of("baku", "tabriz", "tbilisi"), points);
        MapView view = layout(dataset, true).map().view;
        Document document = parse(svg(dataset, true));
        Element sea = elements(document, "//*[@class='map-sea']").get(0);
        double x = attribute(sea, "x");
        double y = attribute(sea, "y");
        double w = attribute(sea, "width");
        double h = attribute(sea, "height");
        assertThat(w).isCloseTo(640, within(0.05));
        assertThat(view.east() - view.west()).as("zoomed to the Caucasus, not the world").isLessThan(20);
        for (int i = 0; i < points.size(); i++) {
            String id = List.of("baku", "tabriz", "tbilisi").get(i);
            Element circle = elements(document, "//*[@data-point-for='" + id + "']/*[local-name()='circle']").get(0);
            double lat = points.get(i)[0];
            double lon = points.get(i)[1];
            assertThat(attribute(circle, "cx")).isCloseTo(x + (lon - view.west()) / (view.east() - view.west()) * w,
                    within(0.1));
            assertThat(attribute(circle, "cy")).isCloseTo(y + (view.north() - lat) / (view.north() - view.south()) * h,
                    within(0.1));
            assertThat(attribute(circle, "cx")).isBetween(x + 0.2 * w / 1.4 - 1, x + w);
        }
        // Baku is east of Tbilisi and Tabriz; Tabriz is the southernmost
        double bakuX = attribute(elements(document, "//*[@data-point-for='baku']/*[local-name()='circle']").get(0),
                "cx");
        double tbilisiX = attribute(elements(document, "//*[@data-point-for='tbilisi']/*[local-name()='circle']")
                .get(0), "cx");
        assertThat(bakuX).isGreaterThan(tbilisiX);
    }

    @Test
    void numbersBesideTheMarksAreTheKeysAndCoverNoMarkNorEachOther() throws Exception {
        Dataset dataset = Located.bundled();
        SvgLayout layout = layout(dataset, true);
        MapPanel panel = layout.map();
        assertThat(panel.tags).hasSizeGreaterThanOrEqualTo(6);
        double r = MapWriter.MARK;
        List<Box> marks = panel.spots.stream().map(s -> new Box(s.x() - r, s.y() - r, 2 * r, 2 * r)).toList();
        for (int i = 0; i < panel.tags.size(); i++) {
            MapPanel.Tag tag = panel.tags.get(i);
            assertThat(tag.text()).isEqualTo(Integer.toString(layout.data().number(tag.event())));
            assertThat(panel.frame().contains(tag.box())).isTrue();
            assertThat(marks).noneMatch(tag.box()::intersects);
            for (int j = i + 1; j < panel.tags.size(); j++) {
                assertThat(tag.box().intersects(panel.tags.get(j).box())).isFalse();
            }
        }
        Document document = parse(svg(dataset, true));
        List<Element> texts = elements(document, "//*[@class='map-tag']");
        assertThat(texts).hasSize(panel.tags.size());
        for (Element text : texts) {
            Event event = dataset.event(text.getAttribute("data-label-for")).orElseThrow();
            assertThat(text.getTextContent()).isEqualTo(Integer.toString(layout.data().number(event)));
        }
        Dataset three = statements(List.of("baku", "tabriz", "tbilisi"), List.of(new double[] {40.4093, 49.8671},
                new double[] {38.08, 46.2919}, new double[] {41.7151, 44.8271}));
        assertThat(layout(three, true).map().tags).extracting(MapPanel.Tag::text).containsExactly("1", "2", "3");
    }

    /** Past the key's 60 events the numbers refer to nothing on the page: none on the map, whose marks all stay. */
    @Test
    void manyEventsGetMarksButNoNumbers() {
        List<String> ids = IntStream.range(0, 200).mapToObj(i -> "e" + i).toList();
        List<double[]> points = IntStream.range(0, 200).mapToObj(i -> new double[] {30 + i % 17, 40 + i / 17.0})
                .toList();
        MapPanel panel = layout(statements(ids, points), true).map();
        assertThat(panel.spots).hasSize(200);
        assertThat(panel.tags).isEmpty();
    }

    @Test
    void outlinesAreClippedToTheViewAndOnlyTheCountriesInItAreDrawn() throws Exception {
        Dataset dataset = Located.bundled();
        String svg = svg(dataset, true);
        Document document = parse(svg);
        Element sea = elements(document, "//*[@class='map-sea']").get(0);
        double x0 = attribute(sea, "x");
        double y0 = attribute(sea, "y");
        double x1 = x0 + attribute(sea, "width");
        double y1 = y0 + attribute(sea, "height");
        List<Element> paths = elements(document, "//*[@class='map-land']/*[local-name()='path']");
        Set<String> countries = new HashSet<>();
        int vertices = 0;
        for (Element path : paths) {
            countries.add(path.getAttribute("data-country"));
            Matcher numbers = NUMBER.matcher(path.getAttribute("d"));
            for (int i = 0; numbers.find(); i++) {
                double value = Double.parseDouble(numbers.group());
                if (i % 2 == 0) {
                    assertThat(value).as("x in %s", path.getAttribute("data-country")).isBetween(x0 - 0.05, x1 + 0.05);
                } else {
                    assertThat(value).as("y in %s", path.getAttribute("data-country")).isBetween(y0 - 0.05, y1 + 0.05);
                    vertices++;
                }
            }
        }
        // Azerbaijan, Iran, Armenia, Israel, Georgia, Turkey; not Brazil, the United States or Australia
        assertThat(countries).contains("031", "364", "051", "376", "268", "792").doesNotContain("076", "840", "036");
        assertThat(vertices).as("only what the view holds of the 10,783 vertices").isLessThan(3000);
        assertThat(svg.length() - svg(dataset, false).length()).as("bytes the panel adds").isLessThan(60_000);
    }

    @Test
    void eventsAtOnePointStandApartOrAreCounted() throws Exception {
        List<String> three = List.of("a", "b", "c");
        List<double[]> here = List.of(new double[] {40, 49}, new double[] {40, 49}, new double[] {40, 49});
        List<String> ids = new ArrayList<>(three);
        List<double[]> points = new ArrayList<>(here);
        for (int i = 0; i < 20; i++) {
            ids.add("many-" + i);
            points.add(new double[] {38, 46});
        }
        ids.add("elsewhere");
        points.add(null);
        Dataset dataset = statements(ids, points);
        MapPanel panel = layout(dataset, true).map();
        Document document = parse(svg(dataset, true));
        List<Element> stacked = elements(document, "//*[@data-point-for]/*[local-name()='circle']");
        assertThat(stacked).hasSize(3);
        Set<String> positions = new HashSet<>();
        double px = panel.view.x(49);
        double py = panel.view.y(40);
        for (Element circle : stacked) {
            positions.add(circle.getAttribute("cx") + " " + circle.getAttribute("cy"));
            double distance = Math.hypot(attribute(circle, "cx") - px, attribute(circle, "cy") - py);
            assertThat(distance).isBetween(6.0, 20.0);
        }
        assertThat(positions).as("three marks, three places").hasSize(3);
        assertThat(count(document, "//*[@class='map-leaders']/*[local-name()='path']")).isEqualTo(3);
        List<Element> clusters = elements(document, "//*[@data-point-ids]");
        assertThat(clusters).hasSize(1);
        assertThat(clusters.get(0).getAttribute("data-point-ids").split(" ")).hasSize(20).contains("many-0",
                "many-19");
        assertThat(XPATH.evaluate("*[local-name()='text']", clusters.get(0))).isEqualTo("20");
        assertThat(XPATH.evaluate("*[local-name()='title']", clusters.get(0))).startsWith("20 events at 38.0, 46.0:")
                .endsWith("… and 12 more");
        assertThat(XPATH.evaluate("//*[contains(@class, 'map-caption')]", document))
                .startsWith("Map: 23 of 24 events with a point");
    }

    @Test
    void textAndIdsFromTheDataAreEscaped() throws Exception {
        Dataset nasty = Nasty.dataset();
        List<Event> events = new ArrayList<>();
        for (Event event : nasty.events()) {
            events.add(Located.at(event, 35.7, 51.4));
        }
        String hostileId = "x\"><script>alert(5)</script>";
        Event first = events.get(0);
        events.add(new Event(hostileId, first.date(), "]]></title><script>alert(6)</script>", "", first.type(),
                first.actors(), new Place("<b>", null, 36.0, 50.0), null, List.of(), List.of(), null));
        Dataset dataset = new Dataset(nasty.id(), nasty.version(), nasty.title(), nasty.description(), nasty.actors(),
                events);
        String svg = svg(dataset, true);
        Document document = parse(svg);
        assertThat(count(document, "//*[local-name()='script' or local-name()='foreignObject' or local-name()='b']"))
                .isZero();
        assertThat(XPATH.evaluate("//*[@data-point-for='nasty-1']/*[local-name()='title']", document))
                .contains(Nasty.TITLE);
        assertThat(XPATH.evaluate("//*[@data-point-for='" + hostileId.replace("'", "") + "']/*[local-name()='title']",
                document)).contains("]]></title><script>alert(6)</script>").contains("Place: <b>");
        String html = html(dataset, true);
        Matcher scripts = Pattern.compile("<script").matcher(html);
        int found = 0;
        while (scripts.find()) {
            found++;
        }
        assertThat(found).as("the page's own script only").isEqualTo(1);
        Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertThat(script.find()).isTrue();
        assertThat(script.group(1)).isEqualTo(MapWriter.SCRIPT);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.group(1).getBytes(StandardCharsets.UTF_8));
        assertThat(html).contains("script-src 'sha256-" + Base64.getEncoder().encodeToString(digest) + "'");
    }

    @Test
    void thePageWithAMapFetchesNothing() throws Exception {
        assertThat(html(Located.bundled(), true)).contains("class=\"map\"").doesNotContainPattern("(?i)(href|src)=")
                .doesNotContain("@import").doesNotContainPattern("https?://(?!www\\.w3\\.org/2000/svg\")");
    }

    @Test
    void aGivenHeightIsMetAndTheMapIsKeptWhereItFits() {
        Dataset dataset = Located.bundled();
        ChartData data = ChartData.of(dataset, dataset.events(), LaneMode.ACTOR, 12, "");
        SvgLayout full = SvgLayout.of(data, 1200, null, true);
        SvgLayout tall = SvgLayout.of(data, 1200, (int) Math.ceil(full.height()));
        assertThat(tall.map()).isNotNull();
        SvgLayout bare = SvgLayout.of(data, 1200, null, false);
        int small = (int) Math.ceil(bare.height() - 100);
        SvgLayout squeezed = SvgLayout.of(data, 1200, small);
        assertThat(squeezed.height()).isEqualTo(small);
        if (squeezed.map() != null) {
            assertThat(squeezed.map().bottom()).isLessThanOrEqualTo(small);
        }
    }
}
