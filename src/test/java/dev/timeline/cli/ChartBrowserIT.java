package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.timeline.chart.ChartData;
import dev.timeline.chart.LaneMode;
import dev.timeline.chart.SvgLayout;
import dev.timeline.chart.SvgWriter;
import dev.timeline.dataset.DatasetReader;
import dev.timeline.dates.EventDate;
import dev.timeline.model.Actor;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.model.Participation;
import dev.timeline.support.Chromium;
import dev.timeline.support.Fixtures;
import dev.timeline.support.Generated;
import dev.timeline.support.Located;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end in a real browser: the launcher writes the chart of the bundled dataset, headless Chromium opens it
 * from disk and must load it with no console error and no network request, find one {@code data-event-id} element
 * per period and per lane event in each of its lanes, render labels that do not overlap, and run nothing a dataset
 * smuggles in. Saves a screenshot as {@code target/chart-browser/caucasus.png}.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ChartBrowserIT {

    static final Path OUT = LauncherIT.PROJECT.resolve("target/chart-browser");

    static Chromium chromium;

    @TempDir
    Path cwd;

    @BeforeAll
    static void startBrowser() throws Exception {
        Files.createDirectories(OUT);
        chromium = Chromium.start(OUT.resolve("chromium.log"));
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theBundledChartLoadsOfflineWithAMarkPerEventAndLane() throws Exception {
        LauncherIT.Run run = LauncherIT.bash(cwd, "'" + LauncherIT.PROJECT.resolve("scripts/timeline")
                + "' chart -o caucasus.html");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path html = cwd.resolve("caucasus.html");
        Chromium.Page page = chromium.newPage();
        page.load(html.toUri());
        Thread.sleep(500); // anything the page would fetch late
        assertThat(page.errors()).as("console errors").isEmpty();
        assertThat(page.requests()).as("network requests besides the page itself")
                .allMatch(url -> url.equals(html.toUri().toString()) || url.startsWith("data:"));

        Dataset dataset = Fixtures.bundled();
        int expected = expectedMarks(dataset);
        assertThat(expected).as("7 periods + 48 event-lane pairs").isEqualTo(55);
        assertThat(page.evaluate("document.querySelectorAll('[data-event-id]').length").asInt()).isEqualTo(expected);
        assertThat(page.evaluate("document.querySelectorAll('[data-event-ids]').length").asInt()).isZero();
        assertThat(page.evaluate("new Set([...document.querySelectorAll('[data-event-id]')]"
                + ".map(e => e.getAttribute('data-event-id'))).size").asInt()).isEqualTo(dataset.events().size());
        assertThat(page.evaluate("[...document.querySelectorAll('[data-event-id]')]"
                + ".every(e => e.querySelector(':scope > title'))").asBoolean()).as("every mark has a tooltip").isTrue();
        String tooltip = page.evaluate("document.querySelector('[data-event-id=\"embassy-attack-tehran\"] > title')"
                + ".textContent").asText();
        assertThat(tooltip).contains("2023-01-27").contains("Deadly armed attack on Azerbaijan")
                .contains("Azerbaijan (target)").contains("Sources: ");
        assertThat(page.evaluate("document.querySelectorAll('.period').length").asInt()).isEqualTo(7);

        JsonNode overlaps = page.evaluate("(() => {"
                + "const boxes = [...document.querySelectorAll('text[data-label-for], .lane-label, .key text')]"
                + ".map(t => [t.textContent, t.getBBox()]);"
                + "const out = [];"
                + "for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {"
                + "  const [ta, a] = boxes[i], [tb, b] = boxes[j];"
                + "  if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)"
                + "    out.push(ta + ' / ' + tb); }"
                + "boxes.filter(([t, b]) => b.x < 0 || b.x + b.width > 1200).forEach(([t]) => out.push('outside: ' + t));"
                + "return out; })()");
        assertThat(overlaps).as("labels overlapping as the browser draws them").isEmpty();

        page.screenshot(OUT.resolve("caucasus.png"), 1200,
                (int) Math.ceil(page.evaluate("document.querySelector('svg').height.baseVal.value").asDouble()));
        assertThat(Files.size(OUT.resolve("caucasus.png"))).isGreaterThan(20_000);
    }

    @Test
    void theSvgAloneIsAnImageTheBrowserDraws() throws Exception {
        LauncherIT.Run run = LauncherIT.bash(cwd, "'" + LauncherIT.PROJECT.resolve("scripts/timeline")
                + "' chart --lanes type -o caucasus.svg");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Chromium.Page page = chromium.newPage();
        page.load(cwd.resolve("caucasus.svg").toUri());
        assertThat(page.errors()).isEmpty();
        assertThat(page.requests()).hasSize(1);
        assertThat(page.evaluate("document.documentElement.namespaceURI").asText())
                .isEqualTo("http://www.w3.org/2000/svg");
        assertThat(page.evaluate("document.querySelectorAll('[data-event-id]').length").asInt())
                .as("with a lane per type, every event once").isEqualTo(26);
        assertThat(page.evaluate("document.documentElement.getBBox().width > 1000").asBoolean()).isTrue();
    }

    /** Thousands of events: density strips, and the count rule over data-event-id and data-event-ids together. */
    @Test
    void fiveThousandEventsLoadAndCountOncePerLane() throws Exception {
        Dataset dataset = Generated.dataset(5000, 5000, 40, LocalDate.of(2015, 1, 1), 3000);
        ChartData data = ChartData.of(dataset, dataset.events(), LaneMode.ACTOR, 12, "");
        Path html = cwd.resolve("generated.html");
        try (Writer out = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
            new SvgWriter(SvgLayout.of(data, 1200, null), dataset).writeHtml(out);
        }
        Chromium.Page page = chromium.newPage();
        long start = System.nanoTime();
        page.load(html.toUri());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(page.errors()).isEmpty();
        assertThat(page.requests()).hasSize(1);
        int single = page.evaluate("document.querySelectorAll('[data-event-id]').length").asInt();
        int gathered = page.evaluate("[...document.querySelectorAll('[data-event-ids]')]"
                + ".reduce((n, e) => n + e.getAttribute('data-event-ids').split(' ').length, 0)").asInt();
        assertThat(gathered).as("events in density bins").isPositive();
        assertThat(single + gathered).isEqualTo(data.markCount());
        page.screenshot(OUT.resolve("generated-5000.png"), 1200,
                (int) Math.ceil(page.evaluate("document.querySelector('svg').height.baseVal.value").asDouble()));
    }

    /**
     * The map panel in a browser: the bundled dataset with points on its ten located events (made in code: its file
     * has none). Every located event has one rendered map mark inside the panel, on top where it is drawn; pointing
     * at a map mark lights up its event's marks in the lanes, and pointing at a lane mark or focusing a map mark
     * lights up the map mark. Saves {@code target/chart-browser/map.png}.
     */
    @Test
    void theMapPanelDrawsEveryLocatedEventAndLinksItToTheLanes() throws Exception {
        Dataset dataset = Located.bundled();
        ChartData data = ChartData.of(dataset, dataset.events(), LaneMode.ACTOR, 12, "");
        Path html = cwd.resolve("map.html");
        try (Writer out = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
            new SvgWriter(SvgLayout.of(data, 1200, null), dataset).writeHtml(out);
        }
        Chromium.Page page = chromium.newPage();
        page.load(html.toUri());
        Thread.sleep(300);
        assertThat(page.errors()).as("console errors").isEmpty();
        assertThat(page.requests()).as("nothing but the page").hasSize(1);
        List<String> located = Located.ids(dataset);
        assertThat(located).hasSize(10);
        assertThat(page.evaluate("[...document.querySelectorAll('[data-point-for]')]"
                + ".map(e => e.getAttribute('data-point-for')).sort().join(' ')").asText())
                .isEqualTo(String.join(" ", located.stream().sorted().toList()));
        assertThat(page.evaluate("document.querySelectorAll('[data-event-id]').length").asInt())
                .as("the lanes' marks, as many as without a map").isEqualTo(expectedMarks(dataset));
        JsonNode unseen = page.evaluate("(() => {"
                + "return [...document.querySelectorAll('[data-point-for]')].filter(p => {"
                + "  p.scrollIntoView({block: 'center', inline: 'center'});"
                + "  const frame = document.querySelector('.map-sea').getBoundingClientRect();"
                + "  const b = p.getBoundingClientRect(), x = b.x + b.width / 2, y = b.y + b.height / 2;"
                + "  const top = document.elementFromPoint(x, y);"
                + "  return b.width < 4 || x < frame.left || x > frame.right || y < frame.top || y > frame.bottom"
                + "    || !(top && p.contains(top)); }).map(p => p.getAttribute('data-point-for')); })()");
        assertThat(unseen).as("map marks not drawn, outside the panel or hidden under something").isEmpty();
        assertThat(page.evaluate("document.querySelectorAll('.map-land path').length").asInt())
                .as("country outlines around the points").isGreaterThan(5);

        String id = "embassy-attack-tehran";
        assertThat(located).contains(id);
        page.evaluate("(() => { const p = document.querySelector('[data-point-for=\"" + id + "\"] > :not(title)');"
                + "const b = p.getBoundingClientRect();"
                + "p.dispatchEvent(new MouseEvent('mouseover', {bubbles: true, clientX: b.x, clientY: b.y})); })()");
        assertThat(page.evaluate("[...document.querySelectorAll('.hl')].map(e => e.getAttribute('data-event-id')"
                + " || e.getAttribute('data-label-for') || e.getAttribute('data-point-for'))"
                + ".every(i => i === '" + id + "')").asBoolean()).as("only that event lit").isTrue();
        assertThat(page.evaluate("document.querySelectorAll('.hl[data-event-id=\"" + id + "\"]').length").asInt())
                .as("its lane marks lit").isEqualTo(page.evaluate("document.querySelectorAll('[data-event-id=\""
                        + id + "\"]').length").asInt()).isPositive();
        assertThat(page.evaluate("getComputedStyle(document.querySelector('.hl[data-event-id] > :not(title)'))"
                + ".strokeWidth").asText()).isEqualTo("2.5px");

        String other = located.stream().filter(i -> !i.equals(id)).findFirst().orElseThrow();
        page.evaluate("document.querySelector('[data-event-id=\"" + other + "\"] > :not(title)')"
                + ".dispatchEvent(new MouseEvent('mouseover', {bubbles: true}))");
        assertThat(page.evaluate("document.querySelector('[data-point-for=\"" + other + "\"]').classList"
                + ".contains('hl')").asBoolean()).as("a lane mark lights its map mark").isTrue();
        assertThat(page.evaluate("document.querySelector('[data-point-for=\"" + id + "\"]').classList"
                + ".contains('hl')").asBoolean()).as("and the one before goes dark").isFalse();
        page.evaluate("document.querySelector('[data-point-for=\"" + id + "\"]').focus()");
        assertThat(page.evaluate("document.querySelector('.hl[data-event-id=\"" + id + "\"]') !== null")
                .asBoolean()).as("focusing a map mark lights its event").isTrue();

        page.screenshot(OUT.resolve("map.png"), 1200,
                (int) Math.ceil(page.evaluate("document.querySelector('svg').height.baseVal.value").asDouble()));
        assertThat(Files.size(OUT.resolve("map.png"))).isGreaterThan(20_000);
    }

    @Test
    void markupInTheDataRunsNothing() throws Exception {
        Path data = cwd.resolve("nasty.json");
        Files.writeString(data, """
                {"id": "nasty", "title": "<img src=x onerror=alert(2)> & friends",
                 "actors": [{"id": "a", "name": "<b onmouseover=alert(3)>A</b>", "kind": "state"}],
                 "events": [
                  {"id": "x", "date": "2023-03-30", "title": "<script>alert(1)</script>", "type": "threat",
                   "actors": [{"actor": "a", "role": "initiator"}]},
                  {"id": "y", "date": "2023-04-02~", "title": "]]></text><script>alert(4)</script>", "type": "statement",
                   "actors": [{"actor": "a", "role": "target"}]}]}
                """, StandardCharsets.UTF_8);
        LauncherIT.Run run = LauncherIT.bash(cwd, "'" + LauncherIT.PROJECT.resolve("scripts/timeline")
                + "' --data nasty.json chart -o nasty.html");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Chromium.Page page = chromium.newPage();
        page.load(cwd.resolve("nasty.html").toUri());
        Thread.sleep(300);
        assertThat(page.errors()).as("errors or dialogs").isEmpty();
        assertThat(page.requests()).hasSize(1);
        assertThat(page.evaluate("document.querySelectorAll('script').length").asInt()).isEqualTo(1);
        assertThat(page.evaluate("document.querySelectorAll('img, b, foreignObject').length").asInt()).isZero();
        assertThat(page.evaluate("document.body.textContent.includes('<script>alert(1)</script>')").asBoolean())
                .isTrue();
        assertThat(page.evaluate("document.title").asText()).isEqualTo("<img src=x onerror=alert(2)> & friends");
    }

    @Test
    void theEmptyChartSaysSo() throws Exception {
        LauncherIT.Run run = LauncherIT.bash(cwd, "'" + LauncherIT.PROJECT.resolve("scripts/timeline")
                + "' chart --in 1950 -o none.html");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Chromium.Page page = chromium.newPage();
        page.load(cwd.resolve("none.html").toUri());
        assertThat(page.errors()).isEmpty();
        assertThat(page.waitFor("document.body.textContent.includes('No events match')", Duration.ofSeconds(5)))
                .isTrue();
        assertThat(page.evaluate("document.querySelectorAll('[data-event-id]').length").asInt()).isZero();
    }

    /**
     * The count rule of the README, computed from the data without the chart code: a background period (type
     * policy-period or war, or an interval open at an end or longer than 180 days) once; any other event once for
     * each distinct top-level actor (the end of its partOf chain) it involves.
     */
    static int expectedMarks(Dataset dataset) {
        Map<String, Actor> actors = new HashMap<>();
        dataset.actors().forEach(a -> actors.put(a.id(), a));
        int count = 0;
        for (Event event : dataset.events()) {
            EventDate date = event.date();
            boolean period = event.type() == EventType.POLICY_PERIOD || event.type() == EventType.WAR
                    || date.isInterval() && (date.isOpenStart() || date.isOpenEnd()
                            || date.latest().toEpochDay() - date.earliest().toEpochDay() >= 180);
            if (period) {
                count++;
                continue;
            }
            Set<String> roots = new HashSet<>();
            for (Participation p : event.actors()) {
                Actor actor = actors.get(p.actorId());
                while (actor.partOf() != null) {
                    actor = actors.get(actor.partOf());
                }
                roots.add(actor.id());
            }
            count += Math.max(1, roots.size());
        }
        return count;
    }
}
