package dev.timeline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.timeline.support.Corpora;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The type table agrees with CAMEO as GDELT codes it: the quad class by root and one Goldstein value per code,
 * checked against the QuadClass and GoldsteinScale columns of the real GDELT files in the corpora.
 */
class EventTypeTest {

    private static final int EVENT_CODE = 26;
    private static final int QUAD_CLASS = 29;
    private static final int GOLDSTEIN = 30;

    /** Every row of the GDELT samples (1.0 and 2.0) as its tab-separated cells. */
    private static List<String[]> gdeltRows() throws IOException {
        List<String[]> rows = new java.util.ArrayList<>();
        for (String file : List.of("20191024143000.export.CSV", "gdelt-v1-sample-events.tsv")) {
            for (String line : Files.readAllLines(Corpora.require("gdelt", file), StandardCharsets.UTF_8)) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    @Test
    void quadClassByRootIsGdeltsOnEveryRowOfTheSamples() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        int rows = 0;
        for (String[] row : gdeltRows()) {
            String code = row[EVENT_CODE];
            int quad = Integer.parseInt(row[QUAD_CLASS]);
            softly.assertThat(Cameo.quadOf(code).code()).as("EventCode %s", code).isEqualTo(quad);
            softly.assertThat(EventType.ofCameo(code).quad().code()).as("type of EventCode %s", code).isEqualTo(quad);
            rows++;
        }
        softly.assertAll();
        assertThat(rows).isGreaterThan(2800);
    }

    @Test
    void everyGoldsteinValueOfTheTableIsGdeltsWhereTheSamplesHaveTheCode() throws IOException {
        Map<String, Double> seen = new HashMap<>();
        SoftAssertions softly = new SoftAssertions();
        for (String[] row : gdeltRows()) {
            double value = Double.parseDouble(row[GOLDSTEIN]);
            Double before = seen.put(row[EVENT_CODE], value);
            softly.assertThat(before == null || before == value).as("GDELT itself gives one value per code %s",
                    row[EVENT_CODE]).isTrue();
        }
        int checked = 0;
        for (Map.Entry<String, Double> entry : Cameo.table().entrySet()) {
            Double gdelt = seen.get(entry.getKey());
            if (gdelt != null) {
                softly.assertThat(entry.getValue()).as("Goldstein of CAMEO %s", entry.getKey()).isEqualTo(gdelt);
                checked++;
            }
        }
        softly.assertAll();
        // all twenty roots and the sub-codes the curated types use, but for 161, 166 and 200 (not in the samples)
        assertThat(checked).isEqualTo(Cameo.table().size() - 3);
    }

    @Test
    void everyTypeTakesItsQuadAndIntensityFromItsCode() {
        for (EventType type : EventType.values()) {
            if (type.cameo() == null) {
                assertThat(type.quad()).as(type.id()).isEqualTo(QuadClass.NONE);
                assertThat(type.intensity()).as(type.id()).isZero();
            } else {
                assertThat(type.quad()).as(type.id()).isEqualTo(Cameo.quadOf(type.cameo()));
                assertThat(type.intensity()).as(type.id()).isEqualTo(Cameo.goldstein(type.cameo()));
            }
        }
    }

    static Stream<Arguments> types() {
        return Stream.of(
                arguments(EventType.THREAT, "130", QuadClass.VERBAL_CONFLICT, -4.4),
                arguments(EventType.CAMEO_THREATEN, "130", QuadClass.VERBAL_CONFLICT, -4.4),
                arguments(EventType.EMBASSY_OPENING, "050", QuadClass.VERBAL_COOPERATION, 3.5),
                arguments(EventType.CAMEO_DIPLOMATIC_COOPERATION, "050", QuadClass.VERBAL_COOPERATION, 3.5),
                arguments(EventType.CAMEO_MATERIAL_COOPERATION, "060", QuadClass.MATERIAL_COOPERATION, 6.0),
                arguments(EventType.CAMEO_INVESTIGATE, "090", QuadClass.MATERIAL_COOPERATION, -2.0),
                arguments(EventType.CAMEO_DEMAND, "100", QuadClass.VERBAL_CONFLICT, -5.0),
                arguments(EventType.CAMEO_PROTEST, "140", QuadClass.VERBAL_CONFLICT, -6.5),
                arguments(EventType.CAMEO_FORCE_POSTURE, "150", QuadClass.MATERIAL_CONFLICT, -7.2),
                arguments(EventType.PHONE_CALL, "041", QuadClass.VERBAL_COOPERATION, 1.0),
                arguments(EventType.POLICY_PERIOD, null, QuadClass.NONE, 0.0),
                arguments(EventType.STRATEGIC_DEVELOPMENTS, null, QuadClass.NONE, 0.0));
    }

    @ParameterizedTest
    @MethodSource("types")
    void typeTable(EventType type, String cameo, QuadClass quad, double goldstein) {
        assertThat(type.cameo()).isEqualTo(cameo);
        assertThat(type.quad()).isEqualTo(quad);
        assertThat(type.intensity()).isEqualTo(goldstein);
    }

    @Test
    void aRecordsOwnQuadClassAndGoldsteinWinOverItsTypes() {
        Event plain = event(EventType.CAMEO_THREATEN, List.of("cameo:139"));
        assertThat(plain.quad()).isEqualTo(QuadClass.VERBAL_CONFLICT);
        assertThat(plain.intensity()).isEqualTo(-4.4);
        Event coded = event(EventType.CAMEO_THREATEN, List.of("cameo:139", "quad:4", "goldstein:-7.0"));
        assertThat(coded.quad()).isEqualTo(QuadClass.MATERIAL_CONFLICT);
        assertThat(coded.intensity()).isEqualTo(-7.0);
        Event nonsense = event(EventType.CAMEO_THREATEN, List.of("quad:9", "goldstein:NaN", "goldstein:-11"));
        assertThat(nonsense.quad()).isEqualTo(QuadClass.VERBAL_CONFLICT);
        assertThat(nonsense.intensity()).isEqualTo(-4.4);
        assertThat(event(EventType.POLICY_PERIOD, List.of()).quad()).isEqualTo(QuadClass.NONE);
        assertThat(event(EventType.POLICY_PERIOD, List.of()).intensity()).isZero();
    }

    private static Event event(EventType type, List<String> tags) {
        return new Event("e", dev.timeline.dates.EventDate.parse("2019-10-24"), "t", "", type, List.of(), null, null,
                List.of(), tags, null);
    }
}
