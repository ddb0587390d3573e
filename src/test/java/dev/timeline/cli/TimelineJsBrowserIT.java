package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.timeline.support.Chromium;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code timelinejs} export in the real TimelineJS3: a page loads the library from its npm package
 * ({@code @knight-lab/timelinejs}, in the ignored folder {@code .cache/npm}, installed by {@code .ci/run} or, when
 * missing, by this test with npm) and the exported JSON inline; headless Chromium must build one slide per event
 * plus the title slide, with no console error and no request beyond the local files.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class TimelineJsBrowserIT {

    /** The version .ci/run installs; keep the two in step. */
    static final String PACKAGE = "@knight-lab/timelinejs@3.9.11";
    static final Path NPM = LauncherIT.PROJECT.resolve(".cache/npm");
    static final Path DIST = NPM.resolve("node_modules/@knight-lab/timelinejs/dist");

    @TempDir
    Path cwd;

    @Test
    void timelineJsBuildsASlidePerEvent() throws Exception {
        Chromium.require();
        requireLibrary();
        LauncherIT.Run run = LauncherIT.bash(cwd, "'" + LauncherIT.PROJECT.resolve("scripts/timeline")
                + "' export --format timelinejs");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        int events = json.get("events").size();
        assertThat(events).isEqualTo(26);

        Path page = cwd.resolve("timelinejs.html");
        // inside a script element, "</" could end it early: JSON lets it be written "<\/"
        String data = run.out().strip().replace("</", "<\\/");
        Files.writeString(page, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<link rel=\"stylesheet\" href=\"" + DIST.resolve("css/timeline.css").toUri() + "\">"
                + "<script src=\"" + DIST.resolve("js/timeline.js").toUri() + "\"></script></head>\n"
                + "<body><div id=\"timeline-embed\" style=\"width: 1000px; height: 600px\"></div>\n"
                + "<script>window.data = " + data + ";\n"
                + "window.timeline = new TL.Timeline('timeline-embed', window.data, {font: null, theme: null,"
                + " language: 'en', hash_bookmark: false, script_path: '" + DIST.resolve("js").toUri() + "/'});"
                + "</script></body></html>\n", StandardCharsets.UTF_8);

        Path out = LauncherIT.PROJECT.resolve("target/timelinejs-browser");
        Files.createDirectories(out);
        try (Chromium chromium = Chromium.start(out.resolve("chromium.log"))) {
            Chromium.Page tab = chromium.newPage();
            tab.load(page.toUri());
            assertThat(tab.waitFor("document.querySelectorAll('.tl-slide').length >= " + (events + 1),
                    Duration.ofSeconds(20))).as("TimelineJS built its slides").isTrue();
            Thread.sleep(500);
            assertThat(tab.errors()).as("console errors").isEmpty();
            assertThat(tab.requests()).as("requests").allMatch(url -> url.startsWith("file:")
                    || url.startsWith("data:"));
            assertThat(tab.evaluate("document.querySelectorAll('.tl-slide').length").asInt()).isEqualTo(events + 1);
            assertThat(tab.evaluate("document.querySelectorAll('.tl-slide-titleslide').length").asInt()).isEqualTo(1);
            assertThat(tab.evaluate("window.timeline.config.events.length").asInt()).isEqualTo(events);
            assertThat(tab.evaluate("document.querySelector('.tl-slide-titleslide').textContent").asText())
                    .contains(json.get("title").get("text").get("headline").asText());
            tab.screenshot(out.resolve("timelinejs.png"), 1000, 600);
        }
    }

    /** The library, installed with npm into .cache/npm when missing; skips or fails the test when that fails. */
    static void requireLibrary() throws IOException, InterruptedException {
        if (Files.exists(DIST.resolve("js/timeline.js"))) {
            return;
        }
        String why;
        try {
            Files.createDirectories(NPM);
            Process npm = new ProcessBuilder("npm", "install", "--prefix", NPM.toString(), "--no-save", "--no-audit",
                    "--no-fund", "--loglevel=error", PACKAGE)
                    .redirectErrorStream(true)
                    .redirectOutput(NPM.resolve("install.log").toFile())
                    .start();
            boolean done = npm.waitFor(3, TimeUnit.MINUTES);
            if (!done) {
                npm.destroyForcibly();
            }
            if (done && npm.exitValue() == 0 && Files.exists(DIST.resolve("js/timeline.js"))) {
                return;
            }
            why = "npm install " + PACKAGE + " failed; see " + NPM.resolve("install.log");
        } catch (IOException e) {
            why = "npm is not available (" + e.getMessage() + ")";
        }
        if (Boolean.getBoolean("timeline.browser.required")) {
            fail(why + " (timeline.browser.required=true)");
        }
        System.err.println("SKIPPED: " + why);
        Assumptions.abort(why);
    }
}
