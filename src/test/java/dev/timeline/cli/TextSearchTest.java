package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.support.Cli;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --text} on the bundled dataset, through the real command line. */
class TextSearchTest {

    private final Cli cli = new Cli();

    private List<String> ids(String... text) {
        List<String> args = new java.util.ArrayList<>(List.of("list", "--format", "csv"));
        for (String t : text) {
            args.addAll(List.of("--text", t));
        }
        Cli.Result result = cli.run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result.out().lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
    }

    @Test
    void aWordMatchesOnlyAsAWholeWord() {
        // "MP" stands inside "attempt", "campaign", "temperature": only two events name an MP
        assertThat(ids("MP")).containsExactly("mp-fazil-mustafa-shot", "azerbaijan-blames-iran-mp-attack");
        assertThat(ids("mp")).isEqualTo(ids("MP"));
    }

    @Test
    void aQuotedPhraseMatchesThePhrase() {
        assertThat(ids("\"foreign minister\"")).containsExactly("eli-cohen-unified-front");
        assertThat(ids("\"minister foreign\"")).isEmpty();
        assertThat(ids("foreign", "minister")).contains("eli-cohen-unified-front");
    }

    @Test
    void accentsAndCaseAreIgnored() {
        assertThat(ids("TÉHRAN")).isEqualTo(ids("tehran")).isNotEmpty();
    }

    @Test
    void anUnclosedQuoteIsAUsageError() {
        Cli.Result result = cli.run("list", "--text", "\"foreign minister");
        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("--text").contains("is not closed").hasLineCount(1);
    }

    @Test
    void theHelpSaysSo() {
        Cli.Result help = cli.run("list", "--help");
        assertThat(help.out().replaceAll("\\s+", " ")).contains("as a whole word")
                .contains("a phrase in double quotes must occur as written");
    }
}
