package dev.timeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TemporalTaggerTest {

    private static final TemporalTagger TAGGER = new TemporalTagger();

    /** sentence, publication date, the expression found, its TIMEX3 type and value, its EDTF (null: none). */
    static Stream<Arguments> expressions() {
        return Stream.of(
                // absolute
                arguments("It happened on March 30, 2023.", "2023-04", "March 30, 2023", "DATE", "2023-03-30", "2023-03-30"),
                arguments("It happened on 30 March 2023.", "2023-04", "30 March 2023", "DATE", "2023-03-30", "2023-03-30"),
                arguments("Filed 2023-03-30 here.", "2023-04", "2023-03-30", "DATE", "2023-03-30", "2023-03-30"),
                arguments("In October 2022 drills began.", "2023-04", "October 2022", "DATE", "2022-10", "2022-10"),
                arguments("That was in 2021.", "2023-04", "2021", "DATE", "2021", "2021"),
                arguments("Back in the 1990s it was calm.", "2023-04", "1990s", "DATE", "199", "199X"),
                arguments("By mid-2022 it was over.", "2023-04", "mid-2022", "DATE", "2022", "2022"),
                arguments("In early April talks began.", "2023-04", "early April", "DATE", "2023-04", "2023-04"),
                arguments("By late 2021 it was over.", "2023-04", "late 2021", "DATE", "2021", "2021"),
                arguments("In spring 2023 they met.", "2023-04", "spring 2023", "DATE", "2023-SP", "2023-21"),
                arguments("Nov. 9, 1989 was the day.", "1989-11-10", "Nov. 9, 1989", "DATE", "1989-11-09", "1989-11-09"),
                arguments("He spoke Monday, Oct. 30, 1989.", "1989-11-01", "Monday, Oct. 30, 1989", "DATE", "1989-10-30",
                        "1989-10-30"),
                arguments("in the 20th century", "1998-01-08", "the 20th century", "DATE", "19", "19XX"),
                // anchored on the publication date; a month without a year takes it from there
                arguments("On March 30, Azerbaijan opened it.", "2023-04", "March 30", "DATE", "2023-03-30", "2023-03-30"),
                arguments("They met on December 12.", "2023-04", "December 12", "DATE", "2022-12-12", "2022-12-12"),
                arguments("The summit will be held on May 20.", "2023-04", "May 20", "DATE", "2023-05-20", "2023-05-20"),
                arguments("The dividend is payable Dec. 7.", "1989-11-02", "Dec. 7", "DATE", "1989-12-07", "1989-12-07"),
                arguments("Talks resume in January.", "1989-11-20", "January", "DATE", "1990-01", "1990-01"),
                arguments("In June last year they met.", "1998-02-19", "June last year", "DATE", "1997-06", "1997-06"),
                arguments("Prices fell in October.", "1998-01-08", "October", "DATE", "1997-10", "1997-10"),
                arguments("He said yesterday.", "1998-01-08", "yesterday", "DATE", "1998-01-07", "1998-01-07"),
                arguments("He said yesterday.", "2023-04", "yesterday", "DATE", "2023-04", "2023-04~"),
                arguments("It rose last week.", "1998-01-08", "last week", "DATE", "1998-W01", "1997-12-29/1998-01-04"),
                arguments("It rose this week.", "1998-01-08", "this week", "DATE", "1998-W02", "1998-01-05/1998-01-11"),
                arguments("Sales fell last month.", "1998-01-08", "last month", "DATE", "1997-12", "1997-12"),
                arguments("Sales fell last year.", "1998-01-08", "last year", "DATE", "1997", "1997"),
                arguments("Sales will rise next year.", "1998-01-08", "next year", "DATE", "1999", "1999"),
                arguments("It snowed last November.", "1998-01-08", "last November", "DATE", "1997-11", "1997-11"),
                arguments("It started two years ago.", "2023-04", "two years ago", "DATE", "2021", "2021"),
                arguments("Stocks fell Friday.", "1998-01-08", "Friday", "DATE", "1998-01-02", "1998-01-02"),
                arguments("The company will report Friday.", "1998-01-08", "Friday", "DATE", "1998-01-09", "1998-01-09"),
                arguments("Profit rose in the third quarter.", "1998-01-08", "the third quarter", "DATE", "1997-Q3",
                        "1997-07/1997-09"),
                arguments("Profit rose in the third quarter.", "1989-10-26", "the third quarter", "DATE", "1989-Q3",
                        "1989-07/1989-09"),
                arguments("It closed at 3 p.m. EST Tuesday.", "1998-01-08", "3 p.m. EST Tuesday", "TIME",
                        "1998-01-06T15:00", "1998-01-06"),
                arguments("Bids are due by 5 p.m. EST Nov. 9.", "1989-11-02", "5 p.m. EST Nov. 9", "TIME",
                        "1989-11-09T17:00", "1989-11-09"),
                arguments("He spoke this morning.", "1998-01-08", "this morning", "TIME", "1998-01-08TMO", "1998-01-08"),
                arguments("The vote is tonight.", "1998-01-08", "tonight", "TIME", "1998-01-08TNI", "1998-01-08"),
                arguments("over the past two years", "2023-04", "the past two years", "DURATION", "P2Y", "2021~/.."),
                arguments("Prices are high now.", "1998-01-08", "now", "DATE", "PRESENT_REF", "1998-01-08"),
                arguments("Tehran has recently warned.", "2023-04", "recently", "DATE", "PAST_REF", "../2023-04"),
                arguments("in the near future", "2023-04", "the near future", "DATE", "FUTURE_REF", "2023-04/.."),
                // ranges and lists
                arguments("during his presidency (2013–2021)", "2023-04", "2013–2021", "DATE", "2013/2021", "2013/2021"),
                arguments("Since 1991, Baku has", "2023-04", "1991", "DATE", "1991", "1991/.."),
                arguments("until 2020 it ruled", "2023-04", "2020", "DATE", "2020", "../2020"),
                // an interval's ends are years, months or days (EDTF level 1): a decade becomes its years
                arguments("until the nineties", "1998-03-03", "the nineties", "DATE", "199", "../1999"),
                arguments("since the 1990s", "2023-04", "1990s", "DATE", "199", "1990/.."),
                arguments("since spring 2022", "2023-04", "spring 2022", "DATE", "2022-SP", "2022-03/.."),
                // durations and sets
                arguments("after avoiding the move for three decades", "2023-04", "three decades", "DURATION", "P30Y", null),
                arguments("a five-year low", "1998-01-08", "five-year", "DURATION", "P5Y", null),
                arguments("in the first nine months", "1989-10-26", "the first nine months", "DURATION", "P9M", null),
                arguments("for only six months", "1989-10-26", "six months", "DURATION", "P6M", null),
                arguments("It happens every year.", "2023-04", "every year", "SET", "P1Y", null),
                arguments("They meet twice a week.", "2023-04", "twice a week", "SET", "P1W", null),
                arguments("It is published daily.", "2023-04", "daily", "SET", "P1D", null),
                arguments("the weekend", "1998-01-08", "the weekend", "DATE", "1998-W01-WE", "1998-01-03/1998-01-04"));
    }

    @ParameterizedTest(name = "{0} @ {1}")
    @MethodSource("expressions")
    void normalises(String sentence, String anchor, String text, String type, String value, String edtf) {
        List<Timex> found = TAGGER.tag(sentence, Anchor.parse(anchor));
        assertThat(found).as(sentence).hasSize(1);
        Timex t = found.get(0);
        assertThat(t.text()).isEqualTo(text);
        assertThat(t.type().name()).isEqualTo(type);
        assertThat(t.value()).isEqualTo(value);
        assertThat(t.edtf()).isEqualTo(edtf);
        assertThat(sentence.codePoints().skip(t.start()).limit(t.end() - t.start())
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString())
                .isEqualTo(text);
    }

    /** Numbers that are not years, ages and fractions: nothing found. */
    @ParameterizedTest
    @MethodSource("notTimes")
    void findsNothingIn(String sentence) {
        assertThat(TAGGER.tag(sentence, Anchor.parse("1998-01-08"))).as(sentence).isEmpty();
    }

    static Stream<String> notTimes() {
        return Stream.of("1,500 people came.", "2000 people died.", "The 6-year-old boy laughed.", "three-quarters "
                + "of them", "It costs $1998.", "Prices may fall.", "Troops march on.", "Eurasia Daily Monitor",
                "He scored 1999 points.");
    }

    @Test
    void readsTwoDatesOfAListAndOneSpanOfARange() {
        List<Timex> list = TAGGER.tag("on April 7 and 8 they spoke", Anchor.parse("2023-04"));
        assertThat(list).extracting(Timex::text).containsExactly("April 7", "8");
        assertThat(list).extracting(Timex::edtf).containsExactly("2023-04-07", "2023-04-08");
        List<Timex> range = TAGGER.tag("between March 1 and 5", Anchor.parse("2023-04"));
        assertThat(range).extracting(Timex::value).containsExactly("2023-03-01", "2023-03-05");
        assertThat(range).extracting(Timex::edtf).containsOnly("2023-03-01/2023-03-05");
    }

    @Test
    void aLaterNumberThatIsNoLaterDayIsNoRange() {
        // found by TemporalTaggerPropertyTest (seed 5669188934696): "Oct. 12 - 10" once gave 2022-10-12/2022-10-10
        List<Timex> found = TAGGER.tag("It began Oct. 12 - 10:35 local time.", Anchor.parse("2023-04"));
        assertThat(found).extracting(Timex::edtf).first().isEqualTo("2022-10-12");
        assertThat(found).extracting(Timex::edtf).allSatisfy(e -> assertThat(e).doesNotContain("/"));
    }

    @Test
    void countsCodePointsNotChars() {
        String text = "\uD83D\uDCF0 On March 30, it opened.";
        Timex t = TAGGER.tag(text, Anchor.parse("2023-04")).get(0);
        assertThat(t.start()).isEqualTo(5);
        assertThat(t.end()).isEqualTo(13);
    }

    @Test
    void neverMoreExactThanThePublicationDate() {
        assertThat(TAGGER.tag("It rose last week.", Anchor.parse("2023-04")).get(0).edtf()).isNull();
        assertThat(TAGGER.tag("Stocks fell Friday.", Anchor.parse("2023")).get(0).value()).isEqualTo("XXXX-WXX-5");
        assertThat(TAGGER.tag("In October 2022 drills began.", Anchor.parse("2023-04-05")).get(0).edtf())
                .isEqualTo("2022-10");
    }
}
