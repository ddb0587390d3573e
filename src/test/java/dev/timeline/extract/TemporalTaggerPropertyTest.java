package dev.timeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.dates.EventDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random texts built from the pieces dates are made of (and of pieces that are not): the tagger never
 * throws, its spans are in the text, in order, never overlapping, their text is the span's, and every EDTF it
 * writes is one the project's EDTF parser accepts. The seed is printed, so a failure can be replayed.
 */
class TemporalTaggerPropertyTest {

    private static final List<String> PIECES = List.of("On", "March", "30", ",", "2023", "May", "may", "Friday",
            "last", "next", "this", "week", "year", "month", "quarter", "the", "third", "fourth-quarter", "ago", "two",
            "three", "decades", "since", "until", "between", "and", "to", "-", "–", "1990s", "'80s", "mid-", "early",
            "late", "spring", "fall", "yesterday", "today", "tonight", "morning", "3", "p.m.", "10:35", "a.m.", "every",
            "twice", "a", "daily", "now", "recently", "the future", "(", ")", "(Reuters, April 6;, April 11)", ".", ";",
            "\u00e9t\u00e9", "\uD83D\uDCF0", "\u200B", "\n", "12", "31", "1999", "2000", "1,500", "$1998", "6-year-old",
            "nineteen", "ninety-six", "two thousand", "fiscal", "Christmas", "Thanksgiving", "Dec.", "Sept.", "of",
            "first", "half", "weekend", "century", "20th", "Monday,", "Oct.", "9", "the past", "several", "few");

    @Test
    void spansAreSoundAndEdtfIsValidOnRandomTexts() {
        long seed = System.nanoTime();
        System.out.println("TemporalTaggerPropertyTest seed " + seed);
        Random random = new Random(seed);
        TemporalTagger tagger = new TemporalTagger();
        Extractor extractor = new Extractor(tagger, List.of());
        List<String> anchors = List.of("2023", "2023-04", "2023-04-05", "1998-01-08", "2000-02-29", "1999-12-31");
        for (int run = 0; run < 2000; run++) {
            StringBuilder text = new StringBuilder();
            int words = 1 + random.nextInt(25);
            for (int w = 0; w < words; w++) {
                text.append(PIECES.get(random.nextInt(PIECES.size()))).append(random.nextInt(5) == 0 ? "" : " ");
            }
            String s = text.toString();
            Anchor anchor = Anchor.parse(anchors.get(random.nextInt(anchors.size())));
            List<Timex> found = tagger.tag(s, anchor);
            int cps = s.codePointCount(0, s.length());
            int last = 0;
            for (Timex t : found) {
                String where = "seed " + seed + ", run " + run + ", text '" + s + "' @ " + anchor + ": " + t;
                assertThat(t.start()).as(where).isGreaterThanOrEqualTo(last);
                assertThat(t.end()).as(where).isLessThanOrEqualTo(cps);
                int from = s.offsetByCodePoints(0, t.start());
                int to = s.offsetByCodePoints(0, t.end());
                assertThat(s.substring(from, to)).as(where).isEqualTo(t.text());
                if (t.edtf() != null) {
                    try {
                        EventDate.parse(t.edtf());
                    } catch (RuntimeException e) {
                        throw new AssertionError(where + ": " + e.getMessage(), e);
                    }
                }
                last = t.end();
            }
            extractor.extract(s, new Article(null, null, anchor)); // never throws
        }
    }
}
