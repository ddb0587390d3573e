package dev.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.model.Event;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the "knows nothing of" column of the design true, over the compiled main classes: every class file's
 * constant pool (class references, field and method descriptors, generic signatures) is read, and a reference
 * from a package to one it must not know fails the test, naming both classes. A plain scan rather than a
 * library: the rule is a handful of package prefixes, and the class-file format has not changed in this respect
 * since Java 1.0.
 */
class PackageDependenciesTest {

    private static final Pattern REFERENCE = Pattern.compile("dev/timeline/(\\w+)/(\\w+)");

    /** Which packages each package may not refer to ({@code model} holds {@code EventDate}, so it may know dates). */
    private static final Map<String, Set<String>> FORBIDDEN = Map.ofEntries(
            Map.entry("model", Set.of("query", "format", "chart", "dataset", "index", "input", "io", "cli", "engine")),
            Map.entry("dates", Set.of("query", "format", "chart", "dataset", "index", "input", "io", "cli", "engine")),
            Map.entry("query", Set.of("format", "chart", "dataset", "index", "input", "cli", "engine")),
            Map.entry("format", Set.of("dataset", "index", "input", "cli", "engine")),
            Map.entry("chart", Set.of("dataset", "index", "input", "cli", "engine")),
            Map.entry("io", Set.of("model", "dates", "query", "format", "chart", "dataset", "index", "input", "cli",
                    "engine")),
            Map.entry("dataset", Set.of("index", "input", "cli", "engine")),
            Map.entry("index", Set.of("dataset", "input", "cli", "engine")),
            Map.entry("input", Set.of("cli", "engine")),
            // the engines (engine contract): query, model, dates, io, index (BigSource only), input; only cli uses them
            Map.entry("engine", Set.of("format", "chart", "dataset", "cli", "extract", "text", "tools")),
            Map.entry("extract", Set.of("engine")),
            Map.entry("text", Set.of("engine")),
            Map.entry("tools", Set.of("engine")));

    static Stream<Arguments> rules() {
        return FORBIDDEN.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} knows nothing of {1}")
    @MethodSource("rules")
    void packageKnowsNothingOfTheLayersItMustNot(String from, Set<String> forbidden) throws IOException {
        Path dir = mainClasses().resolve("dev/timeline").resolve(from);
        assertThat(dir).isDirectory();
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                for (String target : references(file)) {
                    Matcher m = REFERENCE.matcher(target);
                    if (m.matches() && forbidden.contains(m.group(1))) {
                        violations.add(dir.relativize(file) + " -> " + target);
                    }
                }
            }
        }
        assertThat(violations).as("references from %s to %s", from, forbidden).isEmpty();
    }

    /** The scan sees references at all: cli refers to format, query and input, which it may. */
    @Test
    void scanFindsTheReferencesThatAreThere() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(mainClasses().resolve("dev/timeline/cli"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                for (String target : references(file)) {
                    Matcher m = REFERENCE.matcher(target);
                    if (m.matches()) {
                        found.add(m.group(1));
                    }
                }
            }
        }
        assertThat(found).contains("format", "query", "input", "io", "model");
    }

    /**
     * The big-file index has one public entry point, {@code BigSource}: its other types are package-private, and
     * its nested public types are the ones {@code input} opens a big input with.
     */
    @Test
    void indexHasOnePublicEntryPoint() throws IOException, ClassNotFoundException {
        Set<String> topLevel = new TreeSet<>();
        Set<String> nested = new TreeSet<>();
        try (Stream<Path> files = Files.list(mainClasses().resolve("dev/timeline/index"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String simple = file.getFileName().toString().replace(".class", "");
                Class<?> type = Class.forName("dev.timeline.index." + simple, false, getClass().getClassLoader());
                if (reachable(type)) {
                    (type.getEnclosingClass() == null ? topLevel : nested).add(simple);
                }
            }
        }
        assertThat(topLevel).containsExactly("BigSource");
        // Acled: the native ACLED mapping, for the engines that read an ACLED CSV themselves
        assertThat(nested).containsExactlyInAnyOrder("BigSource$Acled", "BigSource$Cached", "BigSource$Input", "BigSource$Layout",
                "BigSource$Opening", "BigSource$Rows", "BigSource$Tuning");
    }

    /** Whether code in another package can name {@code type}: it and every class around it are public. */
    private static boolean reachable(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    /** Nothing outside {@code index} names an index type but {@code BigSource} (and its nested types). */
    @Test
    void onlyBigSourceIsNamedFromOutsideIndex() throws IOException {
        List<String> violations = new ArrayList<>();
        Path root = mainClasses().resolve("dev/timeline");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                if (root.relativize(file).startsWith("index")) {
                    continue;
                }
                for (String target : references(file)) {
                    if (target.startsWith("dev/timeline/index/") && !target.equals("dev/timeline/index/BigSource")) {
                        violations.add(root.relativize(file) + " -> " + target);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    /**
     * Spark is provided by the cluster, not in timeline.jar: only the engine's classes name it, and of cli only
     * {@code SparkInput} names the engine's Spark classes (it names no Spark class itself and is loaded when
     * --engine spark is chosen); cli's other classes use the engine's chooser, plan and DuckDB entry points only.
     */
    @Test
    void onlyTheEngineNamesSpark() throws IOException {
        Pattern spark = Pattern.compile("org/apache/spark/\\w+");
        List<String> violations = new ArrayList<>();
        Set<String> engine = new TreeSet<>();
        Path root = mainClasses().resolve("dev/timeline");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                Set<String> named = constants(file, spark);
                if (root.relativize(file).startsWith("engine")) {
                    engine.addAll(named);
                } else {
                    named.forEach(n -> violations.add(root.relativize(file) + " -> " + n));
                }
                if (root.relativize(file).startsWith("cli") && !file.getFileName().toString().startsWith("SparkInput")
                        && constants(file, REFERENCE).stream().anyMatch(n -> n.startsWith("dev/timeline/engine/Spark"))) {
                    violations.add(root.relativize(file) + " names the Spark engine (only SparkInput may)");
                }
            }
        }
        assertThat(engine).as("the scan sees Spark where it is").contains("org/apache/spark/sql");
        assertThat(violations).isEmpty();
    }

    /** Every {@code dev/timeline/<package>/<Class>} named anywhere in the class file's constant pool. */
    static Set<String> references(Path classFile) throws IOException {
        return constants(classFile, REFERENCE);
    }

    /** Every match of {@code pattern} in the strings of the class file's constant pool. */
    static Set<String> constants(Path classFile, Pattern pattern) throws IOException {
        Set<String> names = new TreeSet<>();
        try (InputStream raw = Files.newInputStream(classFile); DataInputStream in = new DataInputStream(raw)) {
            if (in.readInt() != 0xCAFEBABE) {
                throw new IOException(classFile + ": not a class file");
            }
            in.readUnsignedShort(); // minor
            in.readUnsignedShort(); // major
            int count = in.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> {
                        Matcher m = pattern.matcher(in.readUTF());
                        while (m.find()) {
                            names.add(m.group());
                        }
                    }
                    case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                    case 15 -> in.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                    case 5, 6 -> {
                        in.skipBytes(8);
                        i++; // a long or double takes two entries
                    }
                    default -> throw new IOException(classFile + ": unknown constant pool tag " + tag);
                }
            }
        }
        return names;
    }

    private static Path mainClasses() {
        try {
            return Path.of(Event.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
