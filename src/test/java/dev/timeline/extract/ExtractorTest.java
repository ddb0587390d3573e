package dev.timeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractorTest {

    private static final Extractor EXTRACTOR = new Extractor(List.of());

    private static String codePoints(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    @Test
    void spansAreCodePointsAlsoAfterCharactersOutsideTheBmp() {
        String text = "\uD83D\uDCF0\uD83D\uDCF0 On March 30, it opened (Reuters, March 31). \uD83D\uDCF0 Then on April 2 "
                + "it closed (, April 3).";
        Extraction x = EXTRACTOR.extract(text, new Article(null, null, Anchor.parse("2023-04")));
        assertThat(x.citations()).hasSize(2);
        for (Citation c : x.citations()) {
            assertThat(codePoints(text, c.start(), c.end())).startsWith("(").endsWith(")");
        }
        assertThat(x.drafts()).extracting(Draft::date).containsExactly("2023-03-30", "2023-04-02");
        for (Draft d : x.drafts()) {
            assertThat(codePoints(text, d.start(), d.end())).isEqualTo(d.evidence());
        }
        for (Timex t : x.timexes()) {
            assertThat(codePoints(text, t.start(), t.end())).isEqualTo(t.text());
        }
    }

    @Test
    void aReportDateOnlyIsApproximateAndCitationsAttachToTheirSentence() {
        String text = "Troops massed near the border (Baku Post, April 4). Talks were held on April 7.";
        Extraction x = EXTRACTOR.extract(text, new Article("Monitor", null, Anchor.parse("2023-04")));
        assertThat(x.drafts()).extracting(Draft::date).containsExactly("2023-04-04~", "2023-04-07");
        assertThat(x.drafts().get(0).reports()).containsExactly(new Citation.Report("Baku Post", "2023-04-04"));
        assertThat(x.drafts().get(1).reports()).isEmpty();
        assertThat(x.drafts().get(0).type().id()).isEqualTo("troop-deployment");
    }

    @Test
    void aReportCannotPostdateTheArticle() {
        Extraction x = EXTRACTOR.extract("It was said (, May 2).", new Article(null, null, Anchor.parse("2023-04")));
        assertThat(x.citations().get(0).reports()).containsExactly(new Citation.Report(null, "2022-05-02"));
    }

    @Test
    void draftIdsStayUniqueOverRepeatedText() {
        String sentence = "On March 30, Azerbaijan opened an embassy. ";
        Extraction x = EXTRACTOR.extract(sentence.repeat(500), new Article(null, null, Anchor.parse("2023-04")));
        assertThat(x.drafts()).hasSize(500);
        assertThat(x.drafts().stream().map(Draft::id).distinct().count()).isEqualTo(500);
    }
}
