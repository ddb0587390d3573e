package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.input.InputFormat;
import dev.timeline.support.Cli;
import org.junit.jupiter.api.Test;

/** The help of --data is built from the input formats' own phrases: a new format appears there by itself. */
class DataHelpTest {

    @Test
    void everyInputFormatIsNamedInTheHelpOfDataOnEveryCommand() {
        for (String command : new String[] {"--help", "list --help", "export --help", "chart --help"}) {
            Cli.Result result = new Cli().run(command.split(" "));
            String help = result.out().replaceAll("\\s+", " ");
            for (InputFormat format : InputFormat.values()) {
                assertThat(help).as("%s names %s", command, format).contains(format.helpPhrase());
            }
            assertThat(help).as(command).contains(InputFormat.helpList() + ", told apart by content.");
        }
    }

    @Test
    void theListReadsAsASentence() {
        assertThat(InputFormat.helpList()).isEqualTo("a dataset JSON, JSON Lines of events, a JSON array of events, "
                + "an ACLED CSV export, a GDELT event export, a UCDP GED CSV or an ICEWS event file");
    }
}
