package dev.timeline.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.dataset.DatasetReader;
import dev.timeline.model.Dataset;
import dev.timeline.support.Fixtures;
import dev.timeline.support.Generated;
import dev.timeline.support.Nasty;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The SVG and HTML as files: well-formed, escaped, self-contained, deterministic. */
class SvgWriterTest {

    static String svg(Dataset dataset, String query) throws IOException {
        ChartData data = ChartData.of(dataset, dataset.events(), LaneMode.ACTOR, 12, query);
        StringWriter out = new StringWriter();
        new SvgWriter(SvgLayout.of(data, 1200, null), dataset).writeSvg(out);
        return out.toString();
    }

    static String html(Dataset dataset, String query) throws IOException {
        ChartData data = ChartData.of(dataset, dataset.events(), LaneMode.ACTOR, 12, query);
        StringWriter out = new StringWriter();
        new SvgWriter(SvgLayout.of(data, 1200, null), dataset).writeHtml(out);
        return out.toString();
    }

    /** Parses with the JDK's XML parser, refusing DTDs and external entities. */
    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static int count(Document document, String xpath) throws Exception {
        return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET))
                .getLength();
    }

    @Test
    void markupInTheDataShowsAsTextAndRunsNothing() throws Exception {
        Dataset nasty = Nasty.dataset();
        String svg = svg(nasty, "timeline chart --text '<b>'");
        assertThat(svg).doesNotContain("<script").doesNotContain("<b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("--text &#39;&lt;b&gt;&#39;");
        Document document = parse(svg);
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(count(document, "//*[local-name()='script' or local-name()='foreignObject']")).isZero();
        String tooltip = XPathFactory.newInstance().newXPath().evaluate(
                "//*[@data-event-id='nasty-1']/*[local-name()='title']", document);
        assertThat(tooltip).contains(Nasty.TITLE).contains("@Actor, \"the\" <b>bold</b> (initiator)")
                .contains("-Outlet, with comma 2023-04-01");
        String html = html(nasty, "");
        Matcher scripts = Pattern.compile("<script").matcher(html);
        int found = 0;
        while (scripts.find()) {
            found++;
        }
        assertThat(found).as("the page's own script only").isEqualTo(1);
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("<title>Nasty | &lt;Dataset&gt;</title>");
    }

    @Test
    void controlCharactersAndLoneSurrogatesCannotBreakTheXml() throws Exception {
        assertThat(Xml.escape("a\u0000b\u001fc\ud800d\ufffe\t\n\r😀")).isEqualTo("a\ufffdb\ufffdc\ufffdd\ufffd\t\n\r😀");
    }

    @Test
    void theSvgIsWellFormedAndCarriesAnIdOnEveryMark() throws Exception {
        Dataset dataset = Fixtures.bundled();
        String svg = svg(dataset, "");
        Document document = parse(svg);
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        ChartData data = ChartData.of(dataset, dataset.events(), LaneMode.ACTOR, 12, "");
        assertThat(count(document, "//*[@data-event-id]")).isEqualTo(data.markCount()).isEqualTo(7 + 48);
        assertThat(count(document, "//*[@data-event-id]/*[local-name()='title']")).isEqualTo(data.markCount());
        assertThat(count(document, "//*[@data-event-ids]")).isZero();
        assertThat(svg).doesNotContain("http://www.w3.org/1999/xlink").doesNotContainPattern("(?i)(href|src)=")
                .doesNotContainPattern("url\\((?!#)");
    }

    @Test
    void densityBinsListTheIdsTheyGather() throws Exception {
        Dataset dataset = Generated.dataset(11, 3000, 20, LocalDate.of(2010, 1, 1), 4000);
        Document document = parse(svg(dataset, ""));
        ChartData data = ChartData.of(dataset, dataset.events(), LaneMode.ACTOR, 12, "");
        NodeList bins = (NodeList) XPathFactory.newInstance().newXPath().evaluate("//*[@data-event-ids]", document,
                XPathConstants.NODESET);
        int gathered = 0;
        for (int i = 0; i < bins.getLength(); i++) {
            gathered += bins.item(i).getAttributes().getNamedItem("data-event-ids").getNodeValue().split(" ").length;
        }
        assertThat(bins.getLength()).isPositive();
        assertThat(count(document, "//*[@data-event-id]") + gathered).isEqualTo(data.markCount());
    }

    @Test
    void theSameInputGivesTheSameBytes() throws Exception {
        Dataset dataset = Fixtures.bundled();
        assertThat(svg(dataset, "q")).isEqualTo(svg(dataset, "q"));
        assertThat(html(dataset, "q")).isEqualTo(html(dataset, "q"));
    }

    @Test
    void thePageIsSelfContainedAndItsScriptIsTheOnlyOneAllowed() throws Exception {
        String html = html(Fixtures.bundled(), "");
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .doesNotContainPattern("(?i)(href|src)=").doesNotContain("@import")
                .doesNotContainPattern("https?://(?!www\\.w3\\.org/2000/svg\")");
        Matcher csp = Pattern.compile("script-src '(sha256-[A-Za-z0-9+/=]+)'").matcher(html);
        assertThat(csp.find()).isTrue();
        Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertThat(script.find()).isTrue();
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(script.group(1).getBytes(
                StandardCharsets.UTF_8));
        assertThat(csp.group(1)).isEqualTo("sha256-" + java.util.Base64.getEncoder().encodeToString(digest));
    }

    @Test
    void numbersAreWrittenTheSameEverywhere() {
        assertThat(SvgWriter.f(12.25)).isEqualTo("12.3");
        assertThat(SvgWriter.f(12.0)).isEqualTo("12");
        assertThat(SvgWriter.f(-0.04)).isEqualTo("0");
        assertThat(SvgWriter.f(-1.5)).isEqualTo("-1.5");
    }
}
