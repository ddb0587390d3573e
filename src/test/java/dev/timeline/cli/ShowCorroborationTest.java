package dev.timeline.cli;

import static dev.timeline.support.Records.SAME_ID;
import static dev.timeline.support.Records.record;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.timeline.format.EventCard;
import dev.timeline.format.FormatContext;
import dev.timeline.format.ReportFormat;
import dev.timeline.model.Actor;
import dev.timeline.model.ActorKind;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.query.ActorLinks;
import dev.timeline.query.Timeline;
import dev.timeline.support.Cli;
import dev.timeline.support.Cli.Result;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code show}'s "Corroborated by" over a store of several datasets built directly (until {@code --data} is
 * repeatable no run reads one): the records {@link ShowCommand#corroborating} finds and the card that shows them.
 */
class ShowCorroborationTest {

    private static final Event MINE = record("mine", "mp-shot", "2023-03-28", EventType.ASSASSINATION_ATTEMPT,
            "azerbaijan");
    private static final Event ACLED = record("acled", "AZE123", "2023-03-28", EventType.VIOLENCE_AGAINST_CIVILIANS,
            "azerbaijan");
    private static final Event GDELT = record("gdelt", "1093", "2023-03-29", EventType.CAMEO_ASSAULT, "azerbaijan");
    private static final Event PROTEST = record("gdelt", "1094", "2023-03-28", EventType.CAMEO_PROTEST, "azerbaijan");
    private static final Event LATER = record("acled", "AZE124", "2023-03-30", EventType.BATTLES, "azerbaijan");
    private static final Event MONTH = record("acled", "AZE100", "2023-03", EventType.BATTLES, "azerbaijan");
    private static final Event YEAR = record("acled", "AZE001", "2023", EventType.BATTLES, "azerbaijan");

    private static Timeline store(Event... events) {
        Actor az = new Actor("azerbaijan", "Azerbaijan", ActorKind.STATE, "AZE", List.of(), null, null);
        return Timeline.of(new Dataset("union", null, "Union", "", List.of(az), List.of(events)));
    }

    @Test
    void severalDatasetsListTheRecordsOfTheOthersThatCorroborateTheEvent() {
        ShowCommand show = new ShowCommand();
        Timeline store = store(MINE, ACLED, GDELT, PROTEST, LATER, MONTH, YEAR);
        EventCard.Corroborating found = show.corroborating(store, MINE, SAME_ID);
        assertThat(found.records()).containsExactly(MONTH, ACLED, GDELT);
        assertThat(found.toleranceDays()).isEqualTo(1);
        show.tolerance = 2;
        assertThat(show.corroborating(store, MINE, SAME_ID).records()).containsExactly(MONTH, ACLED, GDELT, LATER);
        show.tolerance = 0;
        assertThat(show.corroborating(store, MINE, SAME_ID).records()).containsExactly(MONTH, ACLED);
    }

    @Test
    void aStateOfTwoDatasetsIsSharedThroughTheCountryRule() {
        // both records name the state Azerbaijan (country AZE): the run's links give both the key country:AZE
        Timeline store = store(MINE, ACLED);
        EventCard.Corroborating found = new ShowCommand().corroborating(store, MINE, CorroborationOptions.keys(store, ActorLinks.NONE));
        assertThat(found.records()).containsExactly(ACLED);
    }

    @Test
    void actorsNoLinkTiesCorroborateNothing() {
        // an actor with no country and no crosswalk row is keyed by its own dataset alone: nothing is shared
        Event mine = record("mine", "mp-shot", "2023-03-28", EventType.ASSASSINATION_ATTEMPT, "ghost");
        Event acled = record("acled", "AZE123", "2023-03-28", EventType.VIOLENCE_AGAINST_CIVILIANS, "ghost");
        Timeline store = store(mine, acled);
        EventCard.Corroborating found = new ShowCommand().corroborating(store, mine, CorroborationOptions.keys(store, ActorLinks.NONE));
        assertThat(found).isNotNull();
        assertThat(found.records()).isEmpty();
    }

    @Test
    void oneDatasetHasNoSection() {
        Event mine = record(null, "mp-shot", "2023-03-28", EventType.ASSASSINATION_ATTEMPT, "azerbaijan");
        Event other = record(null, "AZE123", "2023-03-28", EventType.BATTLES, "azerbaijan");
        assertThat(new ShowCommand().corroborating(store(mine, other), mine, SAME_ID)).isNull();
        Result result = new Cli().run("show", "mp-fazil-mustafa-shot");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).doesNotContain("Corroborated by");
    }

    @Test
    void theCardListsTheCorroboratingRecordsWithTheirSources() throws Exception {
        FormatContext context = FormatContext.of(new Dataset("union", null, "Union", "", List.of(), List.of()));
        EventCard.Corroborating corroborating = new EventCard.Corroborating(List.of(ACLED, GDELT), 1);
        StringWriter text = new StringWriter();
        new EventCard(context).write(MINE, List.of(), corroborating, ReportFormat.TABLE, text);
        assertThat(text.toString())
                .contains("Corroborated by (records of other datasets: sharing an actor, compatible type, within 1 "
                        + "day): 2")
                .containsPattern("2023-03-28 +acled/AZE123 +Title of AZE123 +Outlet AZE123")
                .containsPattern("2023-03-29 +gdelt/1093 +Title of 1093 +Outlet 1093");
        StringWriter json = new StringWriter();
        new EventCard(context).write(MINE, List.of(), corroborating, ReportFormat.JSON, json);
        JsonNode by = new ObjectMapper().readTree(json.toString()).get("corroboratedBy");
        assertThat(by).hasSize(2);
        assertThat(by.get(0).get("dataset").asText()).isEqualTo("acled");
        assertThat(by.get(1).get("id").asText()).isEqualTo("1093");
        assertThat(by.get(1).get("sources").get(0).get("outlet").asText()).isEqualTo("Outlet 1093");
        StringWriter none = new StringWriter();
        new EventCard(context).write(MINE, List.of(), null, ReportFormat.JSON, none);
        assertThat(none.toString()).doesNotContain("corroboratedBy");
    }
}
