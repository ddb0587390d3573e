package dev.timeline.support;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium driven through the DevTools protocol, for tests that must see a page as a browser does: console
 * errors, every network request, the DOM after scripts ran, a screenshot. Started with a fresh profile that is
 * deleted on {@link #close()}, with the flags that keep a browser from reaching out on its own (no background
 * networking, component updates, sync or QUIC), and the sandbox off, as CI runs as root.
 *
 * <p>Chromium is {@code /usr/bin/chromium} (Debian's package), or {@code $CHROMIUM}. Where it is absent the test is
 * skipped with a printed reason, unless {@code timeline.browser.required=true} (as {@code .ci/run} sets), which fails
 * it instead.
 */
public final class Chromium implements AutoCloseable {

    private static final Duration START = Duration.ofSeconds(30);
    private static final Duration CALL = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();

    private Chromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** The browser binary; skips or fails the calling test when there is none. */
    public static Path require() {
        String override = System.getenv("CHROMIUM");
        Path binary = Path.of(override != null && !override.isBlank() ? override : "/usr/bin/chromium");
        if (!Files.isExecutable(binary)) {
            String reason = "Chromium is not installed at " + binary;
            if (Boolean.getBoolean("timeline.browser.required")) {
                fail(reason + " (timeline.browser.required=true; .ci/run installs Debian's chromium package)");
            }
            System.err.println("SKIPPED: " + reason + "; install it with 'apt-get install chromium'");
            Assumptions.abort(reason + ": test skipped");
        }
        return binary;
    }

    /** Starts a headless browser; its output goes to {@code log}. */
    public static Chromium start(Path log) throws IOException, InterruptedException {
        Path binary = require();
        Path profile = Files.createTempDirectory("timeline-chromium-");
        Process process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--no-first-run", "--disable-quic", "--disable-component-update",
                "--disable-sync", "--no-default-browser-check", "--hide-scrollbars", "--mute-audio",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + START.toNanos();
            List<String> lines = List.of();
            while (lines.size() < 2) {
                if (System.nanoTime() > deadline || !process.isAlive()) {
                    throw new IOException("Chromium did not open its DevTools port within " + START.toSeconds()
                            + " s (alive: " + process.isAlive() + "); see " + log);
                }
                Thread.sleep(50);
                if (Files.exists(portFile)) {
                    lines = Files.readAllLines(portFile, StandardCharsets.UTF_8);
                }
            }
            URI endpoint = URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
            Listener listener = new Listener();
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(START)
                    .buildAsync(endpoint, listener).get(START.toSeconds(), TimeUnit.SECONDS);
            Chromium chromium = new Chromium(process, profile, socket);
            listener.owner = chromium;
            return chromium;
        } catch (IOException | InterruptedException | RuntimeException e) {
            process.destroyForcibly();
            deleteTree(profile);
            throw e;
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            deleteTree(profile);
            throw new IOException("cannot connect to Chromium's DevTools: " + e, e);
        }
    }

    /** A new tab, attached: its commands and events go through one session. */
    public Page newPage() {
        String target = call(null, "Target.createTarget", obj().put("url", "about:blank")).get("targetId").asText();
        String session = call(null, "Target.attachToTarget", obj().put("targetId", target).put("flatten", true))
                .get("sessionId").asText();
        Page page = new Page(session);
        for (String domain : List.of("Runtime", "Log", "Network", "Page")) {
            page.call(domain + ".enable", obj());
        }
        return page;
    }

    /** One tab. */
    public final class Page {
        private final String session;

        private Page(String session) {
            this.session = session;
        }

        public JsonNode call(String method, ObjectNode params) {
            return Chromium.this.call(session, method, params);
        }

        /** Opens {@code url} and waits for its load event. */
        public void load(URI url) throws InterruptedException, TimeoutException {
            int before = events.size();
            call("Page.navigate", obj().put("url", url.toString()));
            await(e -> "Page.loadEventFired".equals(e.path("method").asText())
                    && session.equals(e.path("sessionId").asText()), before, CALL);
        }

        /** The value of a JavaScript expression (awaiting a promise), as JSON. */
        public JsonNode evaluate(String expression) {
            JsonNode result = call("Runtime.evaluate", obj().put("expression", expression).put("returnByValue", true)
                    .put("awaitPromise", true));
            if (result.has("exceptionDetails")) {
                throw new AssertionError("evaluating " + expression + " threw " + result.get("exceptionDetails"));
            }
            return result.path("result").path("value");
        }

        /** Polls {@code expression} until it is true or {@code timeout} passes. */
        public boolean waitFor(String expression, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                if (evaluate(expression).asBoolean()) {
                    return true;
                }
                Thread.sleep(100);
            }
            return false;
        }

        /** Console errors, uncaught exceptions and browser log errors of this tab, one line each. */
        public List<String> errors() {
            List<String> errors = new ArrayList<>();
            for (JsonNode e : mine()) {
                JsonNode params = e.path("params");
                switch (e.path("method").asText()) {
                    case "Runtime.consoleAPICalled" -> {
                        String type = params.path("type").asText();
                        if (type.equals("error") || type.equals("assert")) {
                            errors.add("console." + type + ": " + params.path("args"));
                        }
                    }
                    case "Runtime.exceptionThrown" -> errors.add("exception: " + params.path("exceptionDetails"));
                    case "Log.entryAdded" -> {
                        if (params.path("entry").path("level").asText().equals("error")) {
                            errors.add("log: " + params.path("entry").path("text").asText() + " "
                                    + params.path("entry").path("url").asText());
                        }
                    }
                    case "Page.javascriptDialogOpening" -> errors.add("dialog: " + params.path("message").asText());
                    default -> { }
                }
            }
            return errors;
        }

        /** The URL of every request this tab made. */
        public List<String> requests() {
            return mine().stream().filter(e -> e.path("method").asText().equals("Network.requestWillBeSent"))
                    .map(e -> e.path("params").path("request").path("url").asText()).toList();
        }

        /** A PNG of {@code width} × {@code height} CSS pixels of the page, written to {@code file}. */
        public void screenshot(Path file, int width, int height) throws IOException {
            call("Emulation.setDeviceMetricsOverride", obj().put("width", width).put("height", height)
                    .put("deviceScaleFactor", 1).put("mobile", false));
            JsonNode shot = call("Page.captureScreenshot", obj().put("format", "png")
                    .put("captureBeyondViewport", true));
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, Base64.getDecoder().decode(shot.get("data").asText()));
        }

        private List<JsonNode> mine() {
            return events.stream().filter(e -> session.equals(e.path("sessionId").asText())).toList();
        }
    }

    private JsonNode call(String session, String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        ObjectNode message = obj().put("id", id).put("method", method);
        message.set("params", params);
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        try {
            socket.sendText(message.toString(), true).get(CALL.toSeconds(), TimeUnit.SECONDS);
            JsonNode reply = answer.get(CALL.toSeconds(), TimeUnit.SECONDS);
            if (reply.has("error")) {
                throw new AssertionError(method + " failed: " + reply.get("error"));
            }
            return reply.path("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(method + " interrupted", e);
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            throw new AssertionError(method + " got no answer within " + CALL.toSeconds() + " s", e);
        } finally {
            pending.remove(id);
        }
    }

    private void await(Predicate<JsonNode> wanted, int from, Duration timeout)
            throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            // a snapshot: a sublist view of the live list fails when the reader thread adds an event meanwhile
            Object[] all = events.toArray();
            List<Object> seen = List.of(all).subList(Math.min(from, all.length), all.length);
            if (seen.stream().map(JsonNode.class::cast).anyMatch(wanted)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new TimeoutException("no such event within " + timeout.toSeconds() + " s");
    }

    private void receive(String text) {
        try {
            JsonNode message = JSON.readTree(text);
            if (message.has("id")) {
                CompletableFuture<JsonNode> answer = pending.get(message.get("id").asInt());
                if (answer != null) {
                    answer.complete(message);
                }
            } else {
                events.add(message);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode obj() {
        return JSON.createObjectNode();
    }

    /** Closes the browser (politely, then by force) and deletes its profile. */
    @Override
    public void close() throws IOException, InterruptedException {
        try {
            socket.sendText(obj().put("id", ids.incrementAndGet()).put("method", "Browser.close").toString(), true);
        } catch (RuntimeException e) {
            // the browser may be gone already
        }
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        socket.abort();
        deleteTree(profile);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Puts fragmented frames back together and hands each message to the browser object. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private volatile Chromium owner;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                while (owner == null) {
                    Thread.onSpinWait(); // the first message can come before start() returns
                }
                owner.receive(text);
            }
            webSocket.request(1);
            return null;
        }
    }
}
