package dev.timeline.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.timeline.dataset.DatasetReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The parts of the fault-injection run; each counts into {@link FaultInjection}'s table. */
final class Parts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] TOKENS = {"\u0000", "\u001b[2J", "\u001b]0;x\u0007", "\u0007", "\ud800", "\\ud800",
        "\\u0000", "\"", "\\", ",", "\t", "\n", "\r", "\r\n", "{", "}", "[", "]", ":", "null", "-1", "0",
        "99999999999999999999", "1e400", "2023-13-45", "2023-02-30", "2023-21", "../..", "\ufeff", "\u202e", "é",
        "\u00ff", "9999-12-31", "-9999", "NaN", "true", "\"\"", "x".repeat(5000), "🙂"};

    private final FaultInjection fi;
    private final Random random;

    Parts(FaultInjection fi) {
        this.fi = fi;
        this.random = fi.random();
    }

    void run(String part) throws Exception {
        switch (part) {
            case "mutants" -> mutants();
            case "caches" -> caches();
            case "edits" -> edits();
            case "interrupts" -> new Interrupts(fi).run();
            case "hostile" -> hostile();
            case "answers" -> answers();
            default -> throw new IllegalArgumentException(part);
        }
    }

    // ---- inputs ----

    static Path projectDir() {
        return Path.of(System.getProperty("timeline.project.dir", "."));
    }

    static byte[] bundled() throws IOException {
        return Files.readAllBytes(projectDir().resolve("data/caucasus.json"));
    }

    byte[] jsonl(int count, long seed) throws IOException {
        Path file = fi.work().resolve("gen-" + seed + ".jsonl");
        FaultInjection.generate(file, count, seed, false);
        return Files.readAllBytes(file);
    }

    byte[] acled(int count, long seed) throws IOException {
        Path file = fi.work().resolve("gen-" + seed + ".csv");
        FaultInjection.generate(file, count, seed, true);
        return Files.readAllBytes(file);
    }

    /** GDELT 2.0 event rows (61 tab-separated columns) with codes, quad classes and Goldstein values. */
    static byte[] gdelt(int count, long seed) {
        Random r = new Random(seed);
        String[][] actors = {{"IRAN", "IRN"}, {"AZERBAIJAN", "AZE"}, {"ISRAEL", "ISR"}, {"ARMENIA", "ARM"}, {"", ""}};
        String[][] codes = {{"042", "1", "1.9"}, {"190", "4", "-10.0"}, {"0871", "2", "7.4"}, {"112", "3", "-2.0"},
            {"057", "1", "8.0"}, {"141", "3", "-6.5"}};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String[] a1 = actors[r.nextInt(actors.length)];
            String[] a2 = actors[r.nextInt(actors.length)];
            String[] code = codes[r.nextInt(codes.length)];
            String day = String.format("2019%02d%02d", 1 + r.nextInt(12), 1 + r.nextInt(28));
            String[] f = new String[61];
            Arrays.fill(f, "");
            f[0] = String.valueOf(880000000L + i);
            f[1] = day;
            f[2] = day.substring(0, 6);
            f[3] = "2019";
            f[4] = "2019.5";
            f[6] = a1[0];
            f[7] = a1[1];
            f[16] = a2[0];
            f[17] = a2[1];
            f[25] = "1";
            f[26] = code[0];
            f[27] = code[0].substring(0, 3);
            f[28] = code[0].substring(0, 2);
            f[29] = code[1];
            f[30] = code[2];
            f[31] = "4";
            f[32] = "1";
            f[33] = "4";
            f[34] = "-2.5";
            f[51] = "4";
            f[52] = "Tehran, Tehran, Iran";
            f[53] = "IR";
            f[59] = "20191024143000";
            f[60] = "https://example.org/" + i;
            b.append(String.join("\t", f)).append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    // ---- 1. mutated inputs ----

    record Mutant(byte[] bytes, String how, boolean sameMeaning) {
    }

    private void mutants() throws IOException {
        int n = 800 * fi.size();
        Map<String, byte[]> bases = new java.util.LinkedHashMap<>();
        bases.put("dataset.json", bundled());
        bases.put("events.jsonl", jsonl(150, 7));
        bases.put("acled.csv", acled(150, 8));
        bases.put("gdelt.export.CSV", gdelt(150, 9));
        for (var base : bases.entrySet()) {
            String part = "mutated " + formatName(base.getKey());
            Path file = fi.write("mutants/" + base.getKey(), base.getValue());
            FaultInjection.Run expected = fi.run(Map.of(), "export", "--data", file.toString(), "--no-cache",
                    "--format", "jsonl");
            if (!fi.judge(part, expected, false) || expected.exit() != 0) {
                fi.count(part, "wrong", "the unmutated input fails: " + expected.show());
            }
            for (int i = 0; i < n; i++) {
                Mutant m = mutate(base.getKey(), base.getValue());
                Files.write(file, m.bytes());
                FaultInjection.Run export = fi.run(Map.of(), "export", "--data", file.toString(), "--no-cache",
                        "--format", "jsonl");
                if (fi.judge(part, export, false) && m.sameMeaning() && !export.out().equals(expected.out())) {
                    fi.count(part, "wrong", m.how() + " (same meaning) changed the answer: " + export.show());
                }
                fi.judge(part, fi.run(Map.of(), "list", "--data", file.toString(), "--no-cache"), true);
            }
        }
    }

    static String formatName(String file) {
        return file.endsWith(".jsonl") ? "JSONL" : file.endsWith(".json") ? "dataset JSON"
                : file.endsWith(".csv") ? "ACLED CSV" : "GDELT";
    }

    Mutant mutate(String name, byte[] base) {
        if (random.nextInt(5) == 0) {
            Mutant same = sameMeaning(name, base);
            if (same != null) {
                return same;
            }
        }
        byte[] b = base;
        int edits = 1 + random.nextInt(3);
        StringBuilder how = new StringBuilder();
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(Math.max(1, b.length));
            switch (random.nextInt(7)) {
                case 0 -> {
                    b = b.clone();
                    if (b.length > 0) {
                        b[at] = (byte) random.nextInt(256);
                    }
                    how.append("byte@").append(at).append(' ');
                }
                case 1 -> {
                    String token = TOKENS[random.nextInt(TOKENS.length)];
                    b = splice(b, at, 0, token.getBytes(StandardCharsets.UTF_8));
                    how.append("insert ").append(FaultInjection.oneLine(token.length() > 8 ? token.substring(0, 8)
                            : token)).append('@').append(at).append(' ');
                }
                case 2 -> {
                    int len = Math.min(b.length - at, 1 + random.nextInt(64));
                    b = splice(b, at, len, new byte[0]);
                    how.append("cut ").append(len).append('@').append(at).append(' ');
                }
                case 3 -> {
                    int len = Math.min(b.length - at, 1 + random.nextInt(200));
                    b = splice(b, at, 0, Arrays.copyOfRange(b, at, at + len));
                    how.append("repeat ").append(len).append('@').append(at).append(' ');
                }
                case 4 -> {
                    b = Arrays.copyOf(b, at);
                    how.append("truncate@").append(at).append(' ');
                }
                case 5 -> {
                    b = new String(b, StandardCharsets.ISO_8859_1).replace("\n", "\r").getBytes(
                            StandardCharsets.ISO_8859_1);
                    how.append("CR-only line ends ");
                }
                default -> {
                    // a digit changed: dates, counts, offsets
                    b = b.clone();
                    for (int k = at; k < b.length; k++) {
                        if (b[k] >= '0' && b[k] <= '9') {
                            b[k] = (byte) ('0' + random.nextInt(10));
                            how.append("digit@").append(k).append(' ');
                            break;
                        }
                    }
                }
            }
        }
        return new Mutant(b, how.toString().strip(), false);
    }

    /** A change that keeps what the file says: line ends, whitespace, key order, quoting, a byte order mark. */
    Mutant sameMeaning(String name, byte[] base) {
        String text = new String(base, StandardCharsets.UTF_8);
        try {
            if (name.endsWith(".json")) {
                return switch (random.nextInt(3)) {
                    case 0 -> new Mutant(text.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), "CRLF", true);
                    case 1 -> new Mutant(JSON.writeValueAsBytes(JSON.readTree(base)), "compact JSON", true);
                    default -> new Mutant(("\ufeff" + text).getBytes(StandardCharsets.UTF_8), "byte order mark",
                            true);
                };
            }
            if (name.endsWith(".jsonl")) {
                if (random.nextBoolean()) {
                    return new Mutant(text.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), "CRLF", true);
                }
                StringBuilder b = new StringBuilder();
                for (String line : text.split("\n")) {
                    ObjectNode node = (ObjectNode) JSON.readTree(line);
                    List<String> keys = new ArrayList<>();
                    node.fieldNames().forEachRemaining(keys::add);
                    Collections.shuffle(keys, random);
                    ObjectNode shuffled = JSON.createObjectNode();
                    keys.forEach(k -> shuffled.set(k, node.get(k)));
                    b.append(JSON.writeValueAsString(shuffled).replace("\":", "\": ")).append('\n');
                }
                return new Mutant(b.toString().getBytes(StandardCharsets.UTF_8), "key order and spaces", true);
            }
            if (name.endsWith(".csv")) {
                if (random.nextBoolean()) {
                    return new Mutant(text.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), "CRLF", true);
                }
                // quote the first field of every row (the ids: no quote, comma or line break in them)
                String quoted = Arrays.stream(text.split("\n", -1)).map(l -> l.isEmpty() ? l
                        : "\"" + l.substring(0, l.indexOf(',')) + "\"" + l.substring(l.indexOf(',')))
                        .collect(Collectors.joining("\n"));
                return new Mutant(quoted.getBytes(StandardCharsets.UTF_8), "quoted first field", true);
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        byte[] out = new byte[b.length - remove + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at + remove, out, at + insert.length, b.length - at - remove);
        return out;
    }

    // ---- 2. damaged caches ----

    private void caches() throws IOException {
        int n = 40 * fi.size();
        Map<String, byte[]> bases = new java.util.LinkedHashMap<>();
        bases.put("cached.jsonl", jsonl(1500, 21));
        bases.put("cached.csv", acled(1500, 22));
        bases.put("cached.export.CSV", gdelt(800, 23));
        for (var base : bases.entrySet()) {
            String part = "damaged cache " + formatName(base.getKey());
            Path home = fi.work().resolve("cache-" + base.getKey());
            Map<String, String> env = Map.of("XDG_CACHE_HOME", home.toString());
            Path file = fi.write("caches/" + base.getKey(), base.getValue());
            FaultInjection.Run expected = fi.run(env, "export", "--data", file.toString(), "--no-cache",
                    "--format", "jsonl");
            fi.judge(part, fi.run(env, "export", "--data", file.toString(), "--format", "jsonl"), false);
            Path cache;
            try (Stream<Path> files = Files.list(home.resolve("timeline"))) {
                cache = files.filter(f -> f.toString().endsWith(".tlix")).findFirst().orElse(null);
            } catch (IOException e) {
                cache = null;
            }
            if (cache == null) {
                fi.count(part, "wrong", "no index was cached under " + home);
                continue;
            }
            byte[] pristine = Files.readAllBytes(cache);
            for (int i = 0; i < n; i++) {
                byte[] damaged;
                String how;
                if (i % 2 == 0) {
                    byte[] edits = new byte[8 * (1 + random.nextInt(4))];
                    random.nextBytes(edits);
                    for (int e = 0; e < edits.length; e += 8) {
                        if (random.nextBoolean()) { // aim at the header: counts, lengths, the first strings
                            edits[e + 1] = (byte) random.nextInt(80);
                            edits[e + 2] = 0;
                            edits[e + 3] = 0;
                        }
                    }
                    damaged = IndexCacheFuzzTest.damage(pristine, edits);
                    how = "re-checksummed edits";
                } else if (i % 4 == 1) {
                    damaged = pristine.clone();
                    damaged[random.nextInt(damaged.length)] ^= (byte) (1 + random.nextInt(255));
                    how = "a flipped byte";
                } else {
                    damaged = Arrays.copyOf(pristine, random.nextInt(pristine.length));
                    how = "truncated";
                }
                Files.write(cache, damaged);
                FaultInjection.Run r = fi.run(env, "export", "--data", file.toString(), "--format", "jsonl");
                if (fi.judge(part, r, false) && (r.exit() != 0 || !r.out().equals(expected.out()))) {
                    fi.count(part, "wrong", how + ": " + r.show());
                }
            }
        }
    }

    // ---- 3. same-size edits under a warm cache ----

    private void edits() throws IOException {
        int n = 20 * fi.size();
        String part = "same-size edits";
        Path home = fi.work().resolve("cache-edits");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", home.toString());
        byte[] original = jsonl(3000, 31);
        Path file = fi.write("edits/events.jsonl", original);
        for (int i = 0; i < n; i++) {
            Files.write(file, original);
            fi.judge(part, fi.run(env, "export", "--data", file.toString(), "--format", "jsonl"), false);
            FileTime time = Files.getLastModifiedTime(file);
            String text = new String(original, StandardCharsets.UTF_8);
            // a date in the middle of the file moved to 2098 (same size, far from both 64 KiB edges): an index
            // of the old file does not know that the record now lies in 2098
            // (a single date, not an interval: 2098 at the start of one could end before it starts)
            int at = text.indexOf("\"date\":\"", text.length() / 3 + random.nextInt(text.length() / 3)) + 8;
            while (text.substring(at, text.indexOf('"', at)).contains("/")) {
                at = text.indexOf("\"date\":\"", at) + 8;
            }
            String edited = text.substring(0, at) + "2098" + text.substring(at + 4);
            boolean moved = i % 2 == 1;
            if (moved) { // a same-size file moved over the old one (another inode), its time set to the old one's
                Path other = fi.write("edits/events.jsonl.new", edited);
                FaultInjection.keepTime(other, time);
                FaultInjection.moveOver(other, file);
            } else { // edited in place, then touch -r
                Files.writeString(file, edited, StandardCharsets.UTF_8);
                FaultInjection.keepTime(file, time);
            }
            FaultInjection.Run fresh = fi.run(Map.of(), "export", "--data", file.toString(), "--no-cache",
                    "--format", "jsonl", "--in", "2098");
            FaultInjection.Run cached = fi.run(env, "export", "--data", file.toString(), "--format", "jsonl",
                    "--in", "2098");
            if (fi.judge(part, cached, false)) {
                if (cached.exit() != 0) {
                    fi.count(part, "wrong", "an unchanging file failed: " + cached.show());
                } else if (!cached.out().equals(fresh.out())) {
                    fi.count(part, "stale", (moved ? "moved over" : "edited in place") + ": export --in 2098 "
                            + "gave " + cached.out().lines().count() + " events, the file holds "
                            + fresh.out().lines().count());
                }
            }
        }
    }

    // ---- 5. hostile text in every output ----

    static final String[] HOSTILE = {"\u001b]0;owned\u0007", "\u001b[2J", "\u0007bell", "nul\u0000", "\u001b[31mred",
        "\u202eevil", "\u2066iso", "\u009b31m", "del\u007f", "cr\roverwrite", "\u001b[?1049h"};

    private void hostile() throws IOException {
        String part = "hostile text";
        ObjectNode root = (ObjectNode) JSON.readTree(bundled());
        ArrayNode events = (ArrayNode) root.get("events");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < events.size() && i < HOSTILE.length * 2; i++) {
            ObjectNode event = (ObjectNode) events.get(i);
            String h = HOSTILE[i % HOSTILE.length];
            event.put("title", "T " + h + " title");
            event.put("summary", "S " + h + " summary");
            if (event.get("place") instanceof ObjectNode place) {
                place.put("name", "P " + h);
            }
            if (event.get("sources") instanceof ArrayNode sources && !sources.isEmpty()) {
                ((ObjectNode) sources.get(0)).put("outlet", "O " + h);
            }
            ArrayNode tags = event.putArray("tags");
            tags.add("tag" + h);
            ids.add(event.get("id").asText());
        }
        ArrayNode actors = (ArrayNode) root.get("actors");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < actors.size() && i < HOSTILE.length; i++) {
            ObjectNode actor = (ObjectNode) actors.get(i);
            actor.put("name", actor.get("name").asText() + " " + HOSTILE[i]);
            names.add(actor.get("id").asText());
        }
        Path dataset = fi.write("hostile/dataset.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
        List<String[]> commands = new ArrayList<>();
        String d = dataset.toString();
        commands.add(new String[] {"list", "--data", d});
        commands.add(new String[] {"list", "--data", d, "--format", "markdown"});
        commands.add(new String[] {"actors", "--data", d});
        commands.add(new String[] {"chart", "--terminal", "--data", d});
        commands.add(new String[] {"stats", "--data", d, "--by", "actor"});
        commands.add(new String[] {"stats", "--data", d, "--by", "month", "--quad"});
        commands.add(new String[] {"validate", "--data", d});
        commands.add(new String[] {"show", ids.get(0) + "x", "--data", d});
        for (String id : ids) {
            commands.add(new String[] {"show", id, "--data", d});
        }
        for (String actor : names) {
            commands.add(new String[] {"actors", "show", actor, "--data", d});
        }
        // the same text in each big format
        StringBuilder jsonl = new StringBuilder();
        StringBuilder acled = new StringBuilder(String.join(",", dev.timeline.tools.GenerateEvents.COLUMNS) + "\n");
        StringBuilder gdelt = new StringBuilder();
        String[] gdeltRows = new String(gdelt(HOSTILE.length, 41), StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < HOSTILE.length; i++) {
            String h = HOSTILE[i];
            ObjectNode e = JSON.createObjectNode().put("id", "h" + i).put("date", "2023-03-0" + (1 + i % 9))
                    .put("type", "statement").put("title", "T " + h).put("summary", "S " + h);
            e.putArray("actors").addObject().put("name", "A " + h).put("role", "initiator");
            e.putObject("place").put("name", "P " + h).put("country", "IRN");
            jsonl.append(JSON.writeValueAsString(e)).append('\n');
            String csvText = "\"" + h.replace("\"", "\"\"") + "\"";
            acled.append("H").append(i).append(",2023-03-0").append(1 + i % 9).append(",2023,1,Political violence,"
                    + "Battles,Armed clash,").append(csvText).append(",,1,Civilians (Iran),,7,17,,364,Middle East,Iran,"
                    + "Tehran,,,").append(csvText).append(",35.7,51.4,1,").append(csvText).append(",National,")
                    .append(csvText).append(",0,,1675000000\n");
            String[] f = gdeltRows[i].split("\t", -1);
            f[6] = "A " + h.replace("\t", " ");
            f[52] = "P " + h;
            f[60] = "https://example.org/" + h;
            gdelt.append(String.join("\t", f)).append('\n');
        }
        for (var big : Map.of("hostile/events.jsonl", jsonl, "hostile/acled.csv", acled, "hostile/gdelt.export.CSV",
                gdelt).entrySet()) {
            String f = fi.write(big.getKey(), big.getValue().toString()).toString();
            commands.add(new String[] {"list", "--data", f, "--no-cache"});
            commands.add(new String[] {"list", "--data", f, "--no-cache", "--format", "markdown"});
            commands.add(new String[] {"actors", "--data", f, "--no-cache"});
            commands.add(new String[] {"chart", "--terminal", "--data", f, "--no-cache"});
            commands.add(new String[] {"show", big.getKey().contains("gdelt") ? "880000000" : big.getKey()
                    .contains("acled") ? "H0" : "h0", "--data", f, "--no-cache"});
        }
        for (String[] command : commands) {
            fi.judge(part, fi.run(Map.of(), command), true);
        }
    }

    // ---- 6. known answers ----

    private void answers() throws IOException {
        String part = "known answers";
        String small = """
                {"id": "k", "version": "1", "title": "Known answers",
                 "actors": [{"id": "iran", "name": "Iran", "kind": "state", "country": "IRN"},
                            {"id": "aze", "name": "Azerbaijan", "kind": "state", "country": "AZE"}],
                 "events": [
                  {"id": "spring", "date": "2023-21", "title": "A spring event", "type": "statement",
                   "actors": [{"actor": "iran", "role": "initiator"}]},
                  {"id": "mp-shot", "date": "2023-03-28", "title": "MP shot in Baku", "type": "armed-attack",
                   "actors": [{"actor": "aze", "role": "target"}], "place": {"name": "Baku", "country": "AZE"}},
                  {"id": "olympics", "date": "2023-03-01", "title": "Olympics campaign", "type": "statement",
                   "actors": [{"actor": "aze", "role": "initiator"}], "place": {"name": "Tabriz", "country": "IRN"}}
                 ]}
                """;
        String d = fi.write("answers/small.json", small).toString();
        expectIds(part, "season 2023-21 lies in May (spring: March-May)", List.of("spring"),
                "list", "--data", d, "--in", "2023-05", "--format", "jsonl");
        expectIds(part, "season 2023-21 does not lie in January", List.of(),
                "list", "--data", d, "--in", "2023-01", "--format", "jsonl");
        expectIds(part, "--text MP matches the word only", List.of("mp-shot"),
                "list", "--data", d, "--text", "MP", "--format", "jsonl");
        expectIds(part, "--place Iran matches the country by name", List.of("olympics"),
                "list", "--data", d, "--place", "Iran", "--format", "jsonl");
        Path exported = fi.work().resolve("answers/export.json");
        FaultInjection.Run export = fi.run(Map.of(), "export", "--data", d, "--format", "json", "-o",
                exported.toString());
        fi.judge(part, export, false);
        expectIds(part, "exported JSON reads back", List.of("spring", "olympics", "mp-shot"),
                "list", "--data", exported.toString(), "--format", "jsonl");
        FaultInjection.Run stdout = fi.run(Map.of(), "export", "--data", d, "--format", "csv", "-o", "-");
        if (fi.judge(part, stdout, false) && (stdout.exit() != 0 || !stdout.out().startsWith("id,date"))) {
            fi.count(part, "wrong", "-o - writes to stdout: " + stdout.show());
        }
    }

    private void expectIds(String part, String what, List<String> ids, String... args) {
        FaultInjection.Run r = fi.run(Map.of(), args);
        if (!fi.judge(part, r, false)) {
            return;
        }
        List<String> got = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            if (!line.isBlank()) {
                try {
                    got.add(JSON.readTree(line).path("id").asText());
                } catch (IOException e) {
                    got.add("?" + line);
                }
            }
        }
        if (r.exit() != 0 || !Set.copyOf(got).equals(Set.copyOf(ids))) {
            fi.count(part, "wrong", what + ": expected " + ids + ", got " + got + " | " + r.show());
        }
    }

    static boolean readable(Path dataset) {
        try {
            DatasetReader.read(dataset);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
