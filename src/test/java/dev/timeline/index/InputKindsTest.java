package dev.timeline.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.timeline.dataset.DatasetReader;
import dev.timeline.support.Cli;
import dev.timeline.support.Corpora;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11, points 8, 13, 14 and 16: the files and pipes people have. A JSON array of events (what
 * {@code export --format json} writes), standard input, a pipe, gzip and single-file zip, and a dataset JSON with
 * a byte order mark all read as the plain file does; corpus samples are packed into temporary folders, never
 * committed.
 */
class InputKindsTest {

    /** One sample of every format a big input or a dataset can have. */
    static final List<String> SAMPLES = List.of("gdelt/20191024143000.export.first100.CSV",
            "acled-global-2020-05/acled.caucasus-iran-turkey-subset.csv", "gdelt/gdelt-v1-sample-events.tsv");

    @TempDir
    Path dir;

    Cli cli;
    Path spools;
    Path savedSpools = Spool.folder;
    InputStream savedIn = System.in;

    @BeforeEach
    void setUp() throws IOException {
        cli = new Cli().env("XDG_CACHE_HOME", dir.resolve("cache").toString());
        spools = Files.createDirectories(dir.resolve("spools"));
        Spool.folder = spools;
    }

    @AfterEach
    void tearDown() throws IOException {
        Spool.folder = savedSpools;
        System.setIn(savedIn);
        try (Stream<Path> left = Files.list(spools)) {
            assertThat(left.toList()).as("spool files left behind").isEmpty();
        }
    }

    /** The inputs to compare: every corpus sample, the bundled dataset and its JSON Lines export. */
    static Stream<String> inputs() {
        return Stream.concat(SAMPLES.stream(), Stream.of("bundled.json", "bundled.jsonl", "bundled-array.json"));
    }

    /** The path of {@code input}, writing the bundled ones (exported by the tool itself) on first use. */
    private Path input(String input) throws IOException {
        return switch (input) {
            case "bundled.json" -> write(input, new String(DatasetReader.class.getResourceAsStream(
                    DatasetReader.BUNDLED_RESOURCE).readAllBytes(), StandardCharsets.UTF_8));
            case "bundled.jsonl" -> write(input, cli.run("export", "--format", "jsonl").out());
            case "bundled-array.json" -> write(input, cli.run("export", "--format", "json").out());
            default -> Corpora.require(input);
        };
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Cli.Result csv(Path data) {
        return cli.run("export", "--data", data.toString(), "--format", "csv");
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void standardInputReadsAsTheFileDoes(String input) throws IOException {
        Path file = input(input);
        Cli.Result expected = csv(file);
        assertThat(expected.exitCode()).as(expected.toString()).isZero();
        System.setIn(new ByteArrayInputStream(Files.readAllBytes(file)));
        Cli.Result piped = cli.run("export", "--data", "-", "--format", "csv");
        assertThat(piped.exitCode()).as(piped.toString()).isZero();
        assertThat(piped.out()).isEqualTo(expected.out());
    }

    /** {@code --data <(…)} and {@code /dev/stdin} in a pipe name a file that cannot seek: a FIFO is one. */
    @ParameterizedTest
    @MethodSource("inputs")
    void aPipeReadsAsTheFileDoes(String input) throws Exception {
        Path file = input(input);
        Cli.Result expected = csv(file);
        Path fifo = dir.resolve("fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo works here");
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Cli.Result piped = csv(fifo);
        writer.get(30, TimeUnit.SECONDS);
        assertThat(piped.exitCode()).as(piped.toString()).isZero();
        assertThat(piped.out()).isEqualTo(expected.out());
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void gzipAndSingleFileZipReadAsTheFileDoes(String input) throws IOException {
        Path file = input(input);
        Cli.Result expected = csv(file);
        Path gz = dir.resolve(file.getFileName() + ".gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(file));
        }
        Path zip = zip(file.getFileName() + ".zip", file);
        for (Path packed : List.of(gz, zip)) {
            Cli.Result result = csv(packed);
            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.out()).as(packed.toString()).isEqualTo(expected.out());
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(packed)));
            Cli.Result piped = cli.run("export", "--data", "-", "--format", "csv");
            assertThat(piped.out()).as("piped " + packed).isEqualTo(expected.out());
        }
    }

    @Test
    void theIndexOfACompressedFileIsCached() throws IOException {
        Path file = Corpora.require(SAMPLES.get(0));
        Path zip = zip("day.export.CSV.zip", file);
        int before = ChunkScanner.SCANS.get();
        Cli.Result first = csv(zip);
        Cli.Result second = csv(zip);
        assertThat(second.out()).isEqualTo(first.out()).isEqualTo(csv(file).out());
        assertThat(ChunkScanner.SCANS.get() - before).as("the zip indexed once, the plain file once").isEqualTo(2);
        // and a changed archive is indexed again
        Files.write(zip, zipBytes("day.export.CSV", Files.readString(file).lines().limit(10)
                .map(l -> l + "\n").reduce("", String::concat).getBytes(StandardCharsets.UTF_8)));
        Cli.Result changed = csv(zip);
        assertThat(changed.out().lines()).hasSize(11);
    }

    @Test
    void aZipOfSeveralFilesIsAOneLineError() throws IOException {
        Path file = Corpora.require(SAMPLES.get(0));
        Path zip = dir.resolve("two.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : List.of("a.CSV", "b.CSV")) {
                out.putNextEntry(new ZipEntry(name));
                out.write(Files.readAllBytes(file));
            }
        }
        Cli.Result result = csv(zip);
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("timeline: " + zip + ": is a zip archive of 2 files; expected "
                + "one (unzip it and name the file to read)");
    }

    @Test
    void damagedGzipIsAOneLineError() throws IOException {
        Path file = Corpora.require(SAMPLES.get(0));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(Files.readAllBytes(file));
        }
        byte[] cut = java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2);
        Path gz = Files.write(dir.resolve("cut.gz"), cut);
        Cli.Result result = csv(gz);
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.err().lines()).as(result.toString()).hasSize(1);
        assertThat(result.err()).contains(gz + ": damaged compressed data");
    }

    /** Point 8: export json, then list and import it. */
    @Test
    void theJsonTheToolWritesIsReadBack() throws IOException {
        Path json = dir.resolve("ex.json");
        assertThat(cli.run("export", "--format", "json", "-o", json.toString()).exitCode()).isZero();
        for (String format : List.of("jsonl", "csv", "json", "table")) {
            Cli.Result original = cli.run("list", "--format", format);
            Cli.Result again = cli.run("list", "--format", format, "--data", json.toString());
            assertThat(again.exitCode()).as(again.toString()).isZero();
            assertThat(again.out()).as(format).isEqualTo(original.out());
        }
        Path imported = dir.resolve("imported.json");
        Cli.Result result = cli.run("import", json.toString(), "-o", imported.toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(cli.run("export", "--data", imported.toString(), "--format", "jsonl").out())
                .isEqualTo(cli.run("export", "--format", "jsonl").out());
    }

    /** A bad element is reported at its own line in the array file, not at a line of the copy read. */
    @Test
    void aBadElementOfAJsonArrayIsPlacedInTheArrayFile() throws IOException {
        Path json = write("bad.json", """
                [
                  {"id": "e1", "date": "2023-01-27", "type": "statement", "title": "One"},
                  {"id": "e2", "date": "2023-02-30",
                   "type": "statement", "title": "Two"}
                ]
                """);
        Cli.Result result = csv(json);
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).as(result.toString()).startsWith(json + ":3:").contains("2023-02-30");
        Path pretty = write("pretty.json", """
                [
                  {
                    "id": "e1",
                    "date": "2023-01-27",
                    "type": "statement",
                    "title": "One"
                  },
                  {
                    "id": "e2",
                    "date": "2023-02-30",
                    "type": "statement",
                    "title": "Two"
                  }
                ]
                """);
        Cli.Result placed = csv(pretty);
        assertThat(placed.err()).as(placed.toString()).startsWith(pretty + ":10:").contains("'date' is \"2023-02-30\"");
        Path badType = write("type.json", Files.readString(pretty)
                .replace("2023-02-30", "2023-02-03").replace("\"type\": \"statement\",\n    \"title\": \"Two\"",
                        "\"type\": \"no-such-type\",\n    \"title\": \"Two\""));
        Cli.Result type = csv(badType);
        assertThat(type.err()).as(type.toString()).startsWith(badType + ":11:").contains("no-such-type");
        Path cut = write("cut.json", "[{\"id\": \"e1\", \"date\": \"2023\", \"type\": \"statement\", \"title\": \"x\"}\n");
        assertThat(csv(cut).err().strip()).isEqualTo(cut + ":2:1: malformed JSON: Unexpected end-of-input: "
                + "expected close marker for Array");
        Path numbers = write("numbers.json", "[1, 2]");
        assertThat(csv(numbers).err().strip()).isEqualTo(numbers + ":1:2: element 1 of the array "
                + "is not an object; expected an event object");
    }

    /** Point 16: Notepad and Excel put a byte order mark in front of UTF-8. */
    @Test
    void aDatasetWithAByteOrderMarkIsRead() throws IOException {
        Path plain = input("bundled.json");
        Path marked = write("marked.json", "\uFEFF" + Files.readString(plain));
        assertThat(Files.readAllBytes(marked)).startsWith(0xef, 0xbb, 0xbf);
        Cli.Result result = csv(marked);
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo(csv(plain).out());
        assertThat(DatasetReader.read(marked)).isEqualTo(DatasetReader.read(plain));
        assertThat(DatasetReader.validate(marked).valid()).isTrue();
    }

    /** A spool has no name in its folder while it is read (nothing is left even by kill -9), and reads back. */
    @Test
    void aSpoolHasNoNameWhileOpen() throws IOException {
        byte[] content = "hello\nworld\n".getBytes(StandardCharsets.UTF_8);
        try (FileChannel spool = Spool.of(new ByteArrayInputStream(content), "test")) {
            try (Stream<Path> files = Files.list(spools)) {
                assertThat(files.toList()).isEmpty();
            }
            java.nio.ByteBuffer back = java.nio.ByteBuffer.allocate(content.length);
            spool.read(back, 0);
            assertThat(back.array()).isEqualTo(content);
        }
    }

    private Path zip(String name, Path file) throws IOException {
        return Files.write(dir.resolve(name), zipBytes(file.getFileName().toString(), Files.readAllBytes(file)));
    }

    private static byte[] zipBytes(String entry, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(entry));
            out.write(content);
        }
        return bytes.toByteArray();
    }
}
