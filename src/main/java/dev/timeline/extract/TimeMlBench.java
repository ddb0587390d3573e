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

    /** {@code TimeMlBench FOLDER... [--misses]}: prints the table (and every miss, for developing rules). */
    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        boolean misses = List.of(args).contains("--misses");
        TemporalTagger tagger = new TemporalTagger();
        out.println(TimexScore.header());
        for (String a : args) {
            if (a.startsWith("--")) {
                continue;
            }
            Path folder = Path.of(a);
            TimexScore s = score(folder, tagger);
            out.println(s.row(folder.getFileName().toString()));
            if (misses) {
                s.misses().forEach(out::println);
            }
        }
    }
}
