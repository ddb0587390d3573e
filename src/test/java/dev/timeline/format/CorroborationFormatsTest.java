package dev.timeline.format;

import static dev.timeline.support.Records.SAME_ID;
import static dev.timeline.support.Records.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.timeline.model.Actor;
import dev.timeline.model.ActorKind;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.query.Corroboration;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code --corroborate} output over records of three datasets built directly (a run over several {@code --data}
 * files gives such records): one table row or JSON object per group, by its earliest record, with every record
 * and source; records in no group as usual; the other records of a group not repeated.
 */
class CorroborationFormatsTest {

    private static final Event MINE = record("mine", "mp-shot", "2023-03-28", EventType.ASSASSINATION_ATTEMPT,
            "azerbaijan");
    private static final Event ACLED = record("acled", "AZE123", "2023-03-28", EventType.VIOLENCE_AGAINST_CIVILIANS,
            "azerbaijan");
    private static final Event GDELT = record("gdelt", "1093", "2023-03-29", EventType.CAMEO_ASSAULT, "azerbaijan");
    private static final Event ALONE = record("gdelt", "2001", "2023-03-30", EventType.CAMEO_STATEMENT, "iran");
    /** In date order, as a query gives them. */
    private static final List<Event> EVENTS = List.of(ACLED, MINE, GDELT, ALONE);

    private static FormatContext context() {
        Actor az = new Actor("azerbaijan", "Azerbaijan", ActorKind.STATE, "AZE", List.of(), null, null);
        Actor iran = new Actor("iran", "Iran", ActorKind.STATE, "IRN", List.of(), null, null);
        return FormatContext.of(new Dataset("union", null, "Union", "", List.of(az, iran), List.of()))
                .withWidth(160);
    }

    private static String write(OutputFormat format, List<Event> events) throws IOException {
        Corroboration c = Corroboration.of(events, SAME_ID, 1);
        StringWriter out = new StringWriter();
        CorroborationFormats.formatter(format, context(), c).write(events, out);
        return out.toString();
    }

    @Test
    void theTableShowsAGroupOnceWithEveryRecordAndSource() throws IOException {
        List<String> lines = write(OutputFormat.TABLE, EVENTS).lines().toList();
        assertThat(lines.get(0)).contains("DATE", "TITLE", "CORROBORATED BY", "SOURCES");
        assertThat(lines).hasSize(3); // header, the group, the lone record
        assertThat(lines.get(1)).startsWith("2023-03-28").contains("Title of AZE123")
                .contains("mine/mp-shot, gdelt/1093")
                .doesNotContain("acled/AZE123") // the others: the row is AZE123
                .contains("Outlet AZE123; Outlet mp-shot; Outlet 1093");
        // a record nothing corroborates names no records: its dataset is in the dataset column
        assertThat(lines.get(2)).startsWith("2023-03-30").contains("Title of 2001", "Outlet 2001")
                .doesNotContain("gdelt/2001");
        assertThat(String.join("\n", lines)).doesNotContain("Title of mp-shot").doesNotContain("Title of 1093");
    }

    @Test
    void newestFirstTheGroupStandsWhereItsEarliestRecordWould() throws IOException {
        List<String> lines = write(OutputFormat.TABLE, List.of(ALONE, GDELT, MINE, ACLED)).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("2023-03-30");
        assertThat(lines.get(2)).startsWith("2023-03-28").contains("mine/mp-shot, gdelt/1093")
                .doesNotContain("acled/AZE123"); // the others: the row is AZE123
    }

    @Test
    void jsonPutsTheOtherRecordsInCorroboratedByOfTheFirst() throws IOException {
        JsonNode array = new ObjectMapper().readTree(write(OutputFormat.JSON, EVENTS));
        assertThat(array).hasSize(2);
        JsonNode group = array.get(0);
        assertThat(group.get("id").asText()).isEqualTo("AZE123");
        assertThat(group.get("corroboratedBy")).hasSize(2);
        JsonNode first = group.get("corroboratedBy").get(0);
        assertThat(first.get("dataset").asText()).isEqualTo("mine");
        assertThat(first.get("id").asText()).isEqualTo("mp-shot");
        assertThat(first.get("title").asText()).isEqualTo("Title of mp-shot");
        assertThat(first.get("sources").get(0).get("outlet").asText()).isEqualTo("Outlet mp-shot");
        assertThat(group.get("corroboratedBy").get(1).get("id").asText()).isEqualTo("1093");
        assertThat(array.get(1).get("id").asText()).isEqualTo("2001");
        assertThat(array.get(1).get("corroboratedBy")).isEmpty();
    }

    @Test
    void jsonLinesCarryTheSameField() throws IOException {
        List<String> lines = write(OutputFormat.JSONL, EVENTS).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(new ObjectMapper().readTree(lines.get(0)).get("corroboratedBy")).hasSize(2);
    }

    @Test
    void withoutCorroborationThePlainFormatsAreUnchanged() throws IOException {
        StringWriter out = new StringWriter();
        OutputFormat.JSON.formatter(context()).write(EVENTS, out);
        assertThat(out.toString()).doesNotContain("corroboratedBy");
        StringWriter table = new StringWriter();
        OutputFormat.TABLE.formatter(context()).write(EVENTS, table);
        assertThat(table.toString()).doesNotContain("CORROBORATED BY").contains("Title of mp-shot");
    }

    @Test
    void otherFormatsAreRefused() {
        assertThat(CorroborationFormats.supported()).isEqualTo("table, json, jsonl");
        assertThatThrownBy(() -> CorroborationFormats.formatter(OutputFormat.CSV, context(),
                Corroboration.of(EVENTS, SAME_ID, 1))).isInstanceOf(IllegalArgumentException.class);
    }
}
