package dev.timeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeMlScoringTest {

    private static final String DOC = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>X</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
            <TEXT>
            <TIMEX3 tid="t9" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">January 8, 1998</TIMEX3>
            Stocks &amp; bonds <EVENT eid="e1">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> \
            after <TIMEX3 tid="t2" type="DURATION" value="P1W">a week</TIMEX3> of gains, \u00e9 \uD83D\uDCF0 \
            in <TIMEX3 tid="t3" type="DATE" value="1997-Q4">the fourth quarter</TIMEX3>.
            </TEXT>
            </TimeML>
            """;

    @Test
    void readsTextDctAndGoldSpansInCodePoints() throws IOException {
        TimeMlDocument doc = TimeMlDocument.parse(DOC);
        assertThat(doc.dct()).isEqualTo("1998-01-08");
        assertThat(doc.text()).contains("Stocks & bonds fell yesterday").doesNotContain("<EVENT");
        assertThat(doc.gold()).extracting(TimeMlDocument.Gold::text).containsExactly("January 8, 1998", "yesterday",
                "a week", "the fourth quarter");
        for (TimeMlDocument.Gold g : doc.gold()) {
            int s = doc.text().offsetByCodePoints(0, g.start());
            int e = doc.text().offsetByCodePoints(0, g.end());
            assertThat(doc.text().substring(s, e)).isEqualTo(g.text());
        }
        assertThat(doc.gold().get(0).creationTime()).isTrue();
    }

    @Test
    void scoresStrictRelaxedTypeAndValueWithoutTheDct() throws IOException {
        TimeMlDocument doc = TimeMlDocument.parse(DOC);
        List<TimeMlDocument.Gold> gold = doc.gold();
        int y = gold.get(1).start();
        int w = gold.get(2).start();
        int q = gold.get(3).start();
        List<Timex> system = List.of(
                new Timex(gold.get(0).start(), gold.get(0).end(), "January 8, 1998", TimexType.DATE, "1998-01-08", null),
                new Timex(y, y + 9, "yesterday", TimexType.DATE, "1998-01-07", null), // exact
                new Timex(w + 2, w + 6, "week", TimexType.DATE, "1998-W02", null), // overlaps, wrong type and value
                new Timex(q + 4, q + 18, "fourth quarter", TimexType.DATE, "1997-Q4", null), // overlaps, right value
                new Timex(0, 1, "x", TimexType.DATE, "1998", null)); // no gold
        TimexScore s = new TimexScore();
        s.add("x.tml", system, gold);
        // 3 gold (the DCT one is not scored), 4 system (the one over the DCT is not scored)
        assertThat(s.strictF1()).isCloseTo(100 * 2 * (1 / 4.0) * (1 / 3.0) / (1 / 4.0 + 1 / 3.0), within());
        assertThat(s.relaxedF1()).isCloseTo(100 * 2 * (3 / 4.0) * 1.0 / (3 / 4.0 + 1.0), within());
        assertThat(s.typeAccuracy()).isCloseTo(200 / 3.0, within());
        assertThat(s.valueAccuracy()).isCloseTo(200 / 3.0, within());
        assertThat(s.valueF1()).isCloseTo(100 * 2 * (2 / 4.0) * (2 / 3.0) / (2 / 4.0 + 2 / 3.0), within());
        assertThat(s.row("x")).startsWith("x");
    }

    @Test
    void refusesBrokenTimeMl() {
        assertThatThrownBy(() -> TimeMlDocument.parse("<TimeML><TEXT>open</TimeML>")).isInstanceOf(IOException.class)
                .hasMessageContaining("not well-formed TimeML");
        assertThatThrownBy(() -> TimeMlDocument.parse("<TimeML><DCT/></TimeML>")).isInstanceOf(IOException.class)
                .hasMessageContaining("without a TEXT element");
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
