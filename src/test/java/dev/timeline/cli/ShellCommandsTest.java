package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.support.Cli;
import dev.timeline.support.Cli.Result;
import dev.timeline.support.Fixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/** completion, config, --version and the help texts. */
class ShellCommandsTest {

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    @Test
    void bashCompletionAsksTheDataForNamesAndIds() {
        Result bash = cli.run("completion", "bash");
        assertThat(bash.exitCode()).isZero();
        assertThat(bash.out()).contains("function _complete_timeline()", "_timeline_values actors",
                "_timeline_values events", "timeline __complete \"$1\"", "complete -F _complete_timeline");
        assertThat(cli.run("completion", "zsh").out()).contains("bashcompinit");
        Result bad = cli.run("completion", "tcsh");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown shell 'tcsh'; expected bash, zsh or fish");
    }

    @Test
    void fishCompletionCoversCommandsOptionsAndValues() {
        String fish = cli.run("completion", "fish").out();
        assertThat(fish).contains("complete -c timeline -n '__fish_use_subcommand' -a list",
                "complete -c timeline -n '__fish_seen_subcommand_from list' -l actor -r -a '(__timeline_values actors)'",
                "-l format -r -a 'table csv tsv xlsx json jsonl markdown ics timelinejs geojson dataset parquet'",
                "-l around -r -a '(__timeline_values events)'")
                .doesNotContain("__complete -d");
    }

    @Test
    void completeListsNamesWithoutBlanksAndIdsOfTheDataInUse() {
        List<String> actors = cli.run("__complete", "actors").out().lines().toList();
        assertThat(actors).contains("iran", "Iran", "Tehran", "IRGC", "hossein-amir-abdollahian")
                .allSatisfy(a -> assertThat(a).doesNotContainAnyWhitespaces());
        assertThat(cli.run("__complete", "events").out().lines()).contains("mp-fazil-mustafa-shot");
        assertThat(cli.run("--data", Fixtures.path("small.json").toString(), "__complete", "events").out().lines())
                .containsExactlyInAnyOrder("drills", "attack", "souring", "call");
        assertThat(cli.run("--help").out()).doesNotContain("__complete");
    }

    @Test
    void configPrecedenceIsOptionThenEnvironmentThenConfigThenBuiltIn() throws IOException {
        Path config = dir.resolve("config.properties");
        Files.writeString(config, "# defaults\ndata = " + Fixtures.path("small.json") + "\nformat: csv\ncolor = "
                + "always\n");
        Cli configured = new Cli().env("TIMELINE_CONFIG", config.toString());
        Result fromConfig = configured.run("list");
        assertThat(fromConfig.out()).startsWith("id,date,").contains("drills");
        assertThat(configured.run("list", "--format", "table").out()).contains("\u001b[1mDATE");
        assertThat(configured.run("list", "--format", "table", "--color", "never").out()).doesNotContain("\u001b[");
        assertThat(new Cli().env("TIMELINE_CONFIG", config.toString()).env("NO_COLOR", "1")
                .run("list", "--format", "table").out()).doesNotContain("\u001b[");
        Cli withEnv = new Cli().env("TIMELINE_CONFIG", config.toString()).env("TIMELINE_DATA",
                Fixtures.path("warnings.json").toString());
        assertThat(withEnv.run("list").out()).contains("unsourced").doesNotContain("drills");
        assertThat(withEnv.run("list", "--data", Fixtures.path("small.json").toString()).out()).contains("drills");
        String shown = withEnv.run("config").out();
        assertThat(shown).contains("config file: " + config)
                .containsPattern("data +\\S*warnings.json +environment TIMELINE_DATA")
                .containsPattern("format +csv +config " + config + ":3")
                .containsPattern("export.format +csv +built-in")
                .containsPattern("color +always +config " + config + ":4");
    }

    @Test
    void theConfigFileIsFoundUnderXdgConfigHome() throws IOException {
        Path home = dir.resolve("xdg");
        Files.createDirectories(home.resolve("timeline"));
        Files.writeString(home.resolve("timeline/config.properties"), "export.format = jsonl\n");
        Result result = new Cli().env("XDG_CONFIG_HOME", home.toString()).run("export", "--actor", "IRGC");
        assertThat(result.out()).startsWith("{\"id\":\"irgc-border-drills\"");
    }

    @Test
    void aMalformedConfigNamesFileLineAndKey() throws IOException {
        Path config = dir.resolve("bad.properties");
        Files.writeString(config, "data = x.json\ncolour = always\nformat = xml\nnonsense\n");
        Result result = new Cli().env("TIMELINE_CONFIG", config.toString()).run("list");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines()).containsExactly(
                config + ":2:1: unknown key 'colour' (did you mean 'color'?); expected one of: data, actor-map, format, "
                        + "export.format, color",
                config + ":3:1: key 'format': unknown format 'xml'; expected one of: table, csv, tsv, xlsx, json, jsonl, "
                        + "markdown, ics, timelinejs, geojson, dataset, parquet",
                config + ":4:1: 'nonsense' is not a setting; expected key = value, with a key among: data, actor-map, format, "
                        + "export.format, color");
    }

    @Test
    void versionNamesTheBuildTheJavaAndTheDataset() {
        Result version = cli.run("--version");
        assertThat(version.exitCode()).isZero();
        List<String> lines = version.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).matches("timeline \\S+ \\(commit \\S+, built \\S+\\)");
        assertThat(lines.get(1)).startsWith("Java " + System.getProperty("java.version"));
        assertThat(lines.get(2)).isEqualTo("dataset south-caucasus-2023 1.0.0 (bundled, 26 events)");
        assertThat(cli.run("--data", Fixtures.path("small.json").toString(), "--version").out())
                .contains("dataset small 1 (");
    }

    @Test
    void withoutArgumentsAShortOverview() {
        Result overview = cli.run();
        assertThat(overview.exitCode()).isZero();
        assertThat(overview.out().lines().count()).isLessThanOrEqualTo(15);
        assertThat(overview.out()).contains("timeline list", "timeline show", "timeline stats", "timeline export",
                "timeline --help");
    }

    @Test
    void everyOptionAndParameterHasADescriptionWithAnExample() {
        CommandLine root = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                Map.of());
        List<String> missing = new ArrayList<>();
        collect(root, missing);
        assertThat(missing).isEmpty();
    }

    private static void collect(CommandLine command, List<String> missing) {
        if (command.getCommandName().equals("help")) {
            return; // picocli's own help command
        }
        List<ArgSpec> args = new ArrayList<>(command.getCommandSpec().options());
        args.addAll(command.getCommandSpec().positionalParameters());
        for (ArgSpec arg : args) {
            if (arg.isOption() && (((CommandLine.Model.OptionSpec) arg).usageHelp()
                    || ((CommandLine.Model.OptionSpec) arg).versionHelp())) {
                continue;
            }
            String text = String.join(" ", arg.description());
            if (text.isBlank() || !text.contains("Example")) {
                missing.add(command.getCommandSpec().qualifiedName() + " " + (arg.isOption()
                        ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel()));
            }
        }
        command.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, missing));
    }

    @Test
    void helpCommandShowsTheSameTextAsHelpOption() {
        assertThat(cli.run("help", "stats").out()).isEqualTo(cli.run("stats", "--help").out());
    }
}
