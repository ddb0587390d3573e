package dev.timeline.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.support.Cli;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The help and config text that lists the formats comes from the enum, so it cannot leave one out. */
class OutputFormatTest {

    @Test
    void describedListsEveryFormatInOrderWithItsNote() {
        String described = OutputFormat.described();
        assertThat(described).isEqualTo("table, csv, tsv, xlsx (an Excel workbook), json, jsonl, markdown, ics "
                + "(iCalendar), timelinejs (TimelineJS3 JSON), geojson (RFC 7946, the events with coordinates), dataset or parquet (binary, to a file with -o)");
        int from = 0;
        for (OutputFormat format : OutputFormat.values()) {
            int at = described.indexOf(format.id(), from);
            assertThat(at).as(format.id()).isGreaterThanOrEqualTo(from);
            from = at + format.id().length();
        }
    }

    @Test
    void theFormatHelpOfListAndExportComesFromTheEnum() {
        for (String command : new String[] {"list", "export"}) {
            String help = new Cli().run(command, "--help").out().replaceAll("\\s+", " ");
            assertThat(help).contains("Output format: " + OutputFormat.described() + ".");
        }
        assertThat(Arrays.stream(OutputFormat.values()).map(OutputFormat::id)).doesNotHaveDuplicates();
    }
}
