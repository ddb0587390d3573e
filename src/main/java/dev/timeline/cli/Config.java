package dev.timeline.cli;

import dev.timeline.format.OutputFormat;
import dev.timeline.io.DataException;
import dev.timeline.io.Problem;
import dev.timeline.model.Coded;
import dev.timeline.model.Names;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The user's defaults, from {@code $TIMELINE_CONFIG}, else {@code $XDG_CONFIG_HOME/timeline/config.properties},
 * else {@code ~/.config/timeline/config.properties}: lines of {@code key = value}, {@code #} comments. Precedence
 * everywhere: option &gt; environment &gt; config &gt; built-in. A malformed file fails naming file, line and key.
 */
final class Config {

    /** One setting's value and where it came from. */
    record Entry(String value, String source) {
    }

    /** The keys, with what each sets. */
    static final Map<String, String> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("data", "data file(s) used when --data is not given (after TIMELINE_DATA); several separated by '"
                + File.pathSeparator + "', as in PATH");
        KEYS.put("actor-map", "actor crosswalk used when --actor-map is not given");
        KEYS.put("format", "default --format of list (" + String.join(", ", Coded.ids(OutputFormat.class)) + ")");
        KEYS.put("export.format", "default --format of export");
        KEYS.put("color", "default --color: auto, always or never (NO_COLOR still wins over it)");
    }

    private final Path file;
    private final Map<String, Entry> entries;

    private Config(Path file, Map<String, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** Where the config file is looked for, given the environment. */
    static Path location(Map<String, String> env) {
        String explicit = env.get("TIMELINE_CONFIG");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".config");
        return base.resolve("timeline").resolve("config.properties");
    }

    /** Reads the config file; none is fine (no entries). */
    static Config load(Map<String, String> env) {
        Path file = location(env);
        if (!Files.exists(file)) {
            String explicit = env.get("TIMELINE_CONFIG");
            if (explicit != null && !explicit.isBlank()) {
                throw TimelineException.usage("TIMELINE_CONFIG names " + file + ", which does not exist; create it, "
                        + "or unset TIMELINE_CONFIG to use " + location(withoutExplicit(env)));
            }
            return new Config(file, Map.of());
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DataException(file.toString(), "cannot read the config file: " + e.getMessage());
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int separator = indexOfSeparator(line);
            if (separator < 0) {
                problems.add(new Problem(file.toString(), i + 1, 1, "'" + line + "' is not a setting; expected "
                        + "key = value, with a key among: " + String.join(", ", KEYS.keySet())));
                continue;
            }
            String key = line.substring(0, separator).strip();
            String value = line.substring(separator + 1).strip();
            String why = check(key, value);
            if (why != null) {
                problems.add(new Problem(file.toString(), i + 1, 1, why));
            } else {
                entries.put(key, new Entry(value, "config " + file + ":" + (i + 1)));
            }
        }
        if (!problems.isEmpty()) {
            throw new DataException(problems);
        }
        return new Config(file, entries);
    }

    private static Map<String, String> withoutExplicit(Map<String, String> env) {
        Map<String, String> rest = new HashMap<>(env);
        rest.remove("TIMELINE_CONFIG");
        return rest;
    }

    private static int indexOfSeparator(String line) {
        int equals = line.indexOf('=');
        int colon = line.indexOf(':');
        if (equals < 0) {
            return colon;
        }
        return colon < 0 ? equals : Math.min(equals, colon);
    }

    /** Why {@code key = value} is not acceptable, or null when it is. */
    private static String check(String key, String value) {
        if (!KEYS.containsKey(key)) {
            return "unknown key '" + key + "'" + Names.didYouMean(key, KEYS.keySet())
                    + "; expected one of: " + String.join(", ", KEYS.keySet());
        }
        if (value.isEmpty()) {
            return "key '" + key + "' has no value";
        }
        switch (key) {
            case "format", "export.format" -> {
                if (Coded.lookup(OutputFormat.class, value).isEmpty()) {
                    return "key '" + key + "': unknown format '" + value + "'; expected one of: "
                            + String.join(", ", Coded.ids(OutputFormat.class));
                }
            }
            case "color" -> {
                if (!List.of("auto", "always", "never").contains(value.toLowerCase(Locale.ROOT))) {
                    return "key 'color': '" + value + "'; expected auto, always or never";
                }
            }
            default -> {
                // data, actor-map: any path; a missing file is reported when it is read, naming the path
            }
        }
        return null;
    }

    Path file() {
        return file;
    }

    Optional<Entry> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }
}
