package dev.timeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineTest {

    private static final TemporalTagger TAGGER = new TemporalTagger();

    /** text (\n for a line break), the publication date it states ('none': it states none). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "BAKU, April 10, 2023 — On March 30, Azerbaijan opened an embassy.|2023-04-10",
        "WASHINGTON (AP) — March 30, 2023 Talks resumed.|2023-03-30",
        "Embassy opens\\nPublished: March 30, 2023 10:00\\nThe text.|2023-03-30",
        "Embassy opens\\n30 March 2023\\nThe text.|2023-03-30",
        "In October 2022, drills were held near the border with Azerbaijan as tensions grew.|none",
        "A title\\n\\nOn April 4, 2023, troops massed near the border with Nakhchivan, the ministry said at length.|none",
        "Since 2021, relations have soured.|none"})
    void findsOnlyAStatedPublicationDate(String text, String expected) {
        Anchor found = Dateline.find(text.replace("\\n", "\n"), TAGGER);
        assertThat(found == null ? "none" : found.toString()).isEqualTo(expected);
    }
}
