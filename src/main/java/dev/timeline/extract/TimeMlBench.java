package dev.timeline.extract;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the tagger over every {@code .tml} file of a folder with the file's DCT and scores it against the gold
 * TIMEX3 ({@link TimexScore}). Used by {@code scripts/bench-extract} and by the corpus test.
 */
public final class TimeMlBench {

    private TimeMlBench() {
    }

    /** The score of the folder's documents, sorted by name so runs are comparable. */
    public static TimexScore score(Path folder, TemporalTagger tagger) throws IOException {
        TimexScore score = new TimexScore();
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
        for (Path f : files) {
            TimeMlDocument doc = TimeMlDocument.parse(Files.readString(f, StandardCharsets.UTF_8));
            if (doc.dct() == null) {
                throw new IOException(f + ": no DCT");
            }
            score.add(f.getFileName().toString(), tagger.tag(doc.text(), Anchor.parse(doc.dct())), doc.gold());
        }
        return score;
    }

    /**
     * Throughput of the whole extraction (expressions, citations, drafts) on one thread over the texts of the
     * folders' documents, after a warm-up: UTF-8 megabytes (10^6 bytes) of text per second of the thread's CPU
     * time (on a shared machine wall time measures the neighbours), and per second of wall time.
     */
    public static double[] megabytesPerSecond(List<Path> folders, int rounds) throws IOException {
        List<String> texts = new java.util.ArrayList<>();
        List<Anchor> anchors = new java.util.ArrayList<>();
        long bytes = 0;
        for (Path folder : folders) {
            List<Path> files;
            try (Stream<Path> s = Files.list(folder)) {
                files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
            }
            for (Path f : files) {
                TimeMlDocument doc = TimeMlDocument.parse(Files.readString(f, StandardCharsets.UTF_8));
                texts.add(doc.text());
                anchors.add(Anchor.parse(doc.dct()));
                bytes += doc.text().getBytes(StandardCharsets.UTF_8).length;
            }
        }
        Extractor extractor = new Extractor(List.of());
        long sink = 0;
        for (int warm = 0; warm < 5; warm++) {
            for (int i = 0; i < texts.size(); i++) {
                sink += extractor.extract(texts.get(i), new Article(null, null, anchors.get(i))).drafts().size();
            }
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < texts.size(); i++) {
                sink += extractor.extract(texts.get(i), new Article(null, null, anchors.get(i))).drafts().size();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        if (sink == 42) {
            System.err.print(""); // keeps the work observable
        }
        return new double[] {bytes * rounds / 1e6 / cpuSeconds, bytes * rounds / 1e6 / seconds};
    }

    /**
     * {@code TimeMlBench FOLDER... [--misses] [--speed]}: prints the table (and every miss, for developing rules;
     * and the throughput).
     */
    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        boolean misses = List.of(args).contains("--misses");
        boolean speed = List.of(args).contains("--speed");
        List<Path> folders = new java.util.ArrayList<>();
        TemporalTagger tagger = new TemporalTagger();
        out.println(TimexScore.header());
        for (String a : args) {
            if (a.startsWith("--")) {
                continue;
            }
            Path folder = Path.of(a);
            folders.add(folder);
            TimexScore s = score(folder, tagger);
            out.println(s.row(folder.getFileName().toString()));
            if (misses) {
                s.misses().forEach(out::println);
            }
        }
        if (speed) {
            double[] mbs = megabytesPerSecond(folders, 10);
            out.printf(java.util.Locale.ROOT, "%nthroughput (one thread, after warm-up, tagging + citations + drafts): "
                    + "%.2f MB of text per CPU second (%.2f MB per wall-clock second on this machine's load)%n",
                    mbs[0], mbs[1]);
        }
    }
}
