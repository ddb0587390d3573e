package dev.timeline.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.support.Cli;
import dev.timeline.support.Cli.Result;
import dev.timeline.support.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every format on the bundled dataset, and the help texts, byte for byte. */
class GoldenFilesTest {

    @ParameterizedTest
    @CsvSource({
        "list.table.txt, list",
        "list.csv, list --format csv",
        "list.json, list --format json",
        "list.tsv, list --format tsv",
        "list.jsonl, list --format jsonl",
        "list.md, list --format markdown",
        "list.ics, list --format ics",
        "list.timelinejs.json, list --format timelinejs",
        "list-around.table.txt, list --around mp-fazil-mustafa-shot --window 3d",
        "list-color.table.txt, list --color=always --in 2023-Q1",
        "export-iran.csv, export --actor Iran",
        "stats-month-quad.txt, stats --by month --quad",
        "stats-actor.csv, stats --by actor --format csv",
        "actors.txt, actors",
        "actors-show-iran.txt, actors show Iran",
        "show-embassy-attack.txt, show embassy-attack-tehran",
        "show-embassy-attack.json, show embassy-attack-tehran --format json",
        "help.txt, --help",
        "help-list.txt, list --help",
        "help-export.txt, export --help"})
    void matchesTheGoldenFile(String golden, String args) {
        Result result = new Cli().run(args.split(" "));
        assertThat(result.exitCode()).as(result.toString()).isZero();
        Golden.assertMatches(golden, result.out());
    }
}
