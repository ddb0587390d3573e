package dev.timeline.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.support.Corpora;
import dev.timeline.support.CsvRows;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one ISO 3166-1 table: names in their usual and formal forms, codes, and ACLED's actor naming. */
class CountriesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {
        "Iran, IRN", "iran, IRN", "IRN, IRN", "irn, IRN", "IR, IRN", "ir, null", "Islamic Republic of Iran, IRN",
        "'Iran, Islamic Republic of', IRN", "Russia, RUS", "Russian Federation, RUS", "Turkey, TUR", "Türkiye, TUR",
        "Turkiye, TUR", "United States, USA", "US, USA", "us, null", "United States of America, USA",
        "Azerbaijan, AZE", "AZ, AZE", "Syria, SYR", "Vietnam, VNM", "Viet Nam, VNM", "Ivory Coast, CIV",
        "Democratic Republic of Congo, COD", "Tehran, null", "'', null"})
    void alpha3OfWhatPeopleType(String typed, String expected) {
        assertThat(Countries.alpha3(typed)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"IRN, Iran", "RUS, Russia", "TUR, Turkey", "USA, United States", "GBR, United Kingdom",
        "KOR, South Korea", "AZE, Azerbaijan"})
    void usualShortNames(String code, String name) {
        assertThat(Countries.nameOf(code)).isEqualTo(name);
        assertThat(Countries.alpha3(name)).isEqualTo(code);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", delimiter = '|', value = {
        "Military Forces of Iran (2021-)                                                  | IRN",
        "Protesters (Iran)                                                                | IRN",
        "Police Forces of Azerbaijan (2003-)                                              | AZE",
        "Police Forces of Iran (1989-) Islamic Republic of Iran Border Guard Command       | IRN",
        "Police Forces of Afghanistan (2014-) Prison Guards                               | AFG",
        "Former Military Forces of Armenia (2018-)                                        | ARM",
        "Government of Israel (2009-2021)                                                 | ISR",
        "Military Forces of South Sudan (2011-)                                           | SSD",
        "Government of Iran                                                               | IRN",
        "Ministry of Foreign Affairs of Iran                                              | IRN",
        "Unidentified Armed Group (Azerbaijan)                                            | AZE",
        "DYFI: Democratic Youth Federation of India                                       | null",
        "Guardians of the Republic                                                        | null",
        "Militia (Pro-Government)                                                         | null",
        "Refugees/IDPs (International)                                                    | null",
        "Taliban                                                                          | null"})
    void anAcledActorsNameTiesItToItsCountry(String name, String expected) {
        assertThat(Countries.ofActorName(name)).isEqualTo(expected);
    }

    @Test
    void codesAreUniqueAndNumericCodesPadded() {
        assertThat(Countries.ofNumeric("4")).isEqualTo("AFG");
        assertThat(Countries.ofNumeric("364")).isEqualTo("IRN");
        assertThat(Countries.ofNumeric("999")).isNull();
        assertThat(Countries.isAlpha3("IRN")).isTrue();
        assertThat(Countries.isAlpha3("irn")).as("as written").isFalse();
        assertThat(Countries.isAlpha3("XKX")).as("Kosovo has no ISO code").isFalse();
    }

    /** Every ACLED row of the corpora: its country name and its ISO numeric code name the same country. */
    @Test
    void acledCountryNamesAndNumericCodesAgree() throws IOException {
        Set<String> checked = new HashSet<>();
        for (Path file : List.of(Corpora.require("acled-global-2020-05", "acled.first-records.csv"),
                Corpora.require("acled-global-2020-05", "acled.caucasus-iran-turkey-subset.csv"),
                Corpora.require("acled-afghanistan-2020-03", "ACLED.csv"))) {
            List<List<String>> rows = CsvRows.read(file);
            List<String> header = rows.get(0);
            int country = header.indexOf("country");
            int iso = header.indexOf("iso");
            for (List<String> row : rows.subList(1, rows.size())) {
                if (row.size() != header.size() || row.get(iso).equals("0") || row.get(iso).startsWith("#")) {
                    continue;
                }
                assertThat(Countries.ofName(row.get(country))).as("%s (iso %s)", row.get(country), row.get(iso))
                        .isNotNull().isEqualTo(Countries.ofNumeric(row.get(iso)));
                checked.add(row.get(country));
            }
        }
        assertThat(checked).hasSizeGreaterThan(20);
    }
}
