package dev.timeline.cli;

import dev.timeline.format.TextTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code timeline config}: the effective settings and where each comes from. */
@Command(name = "config", mixinStandardHelpOptions = true,
        header = "Show the effective settings and where each comes from.",
        description = {"Show the effective settings (data file, default formats, colour) and where each comes "
                + "from: an option, the environment, the config file (with its line) or the built-in default.",
            "The config file is $TIMELINE_CONFIG, else $XDG_CONFIG_HOME/timeline/config.properties, else "
                    + "~/.config/timeline/config.properties: lines of 'key = value'; # starts a comment. Keys: "
                    + "data (several files separated by ':', ';' on Windows), actor-map, format, "
                    + "export.format, color. Precedence: option > environment > config > built-in."},
        footerHeading = "%nExample config.properties:%n",
        footer = {"  data = /home/me/timelines/caucasus.json", "  format = markdown", "  color = never"})
final class ConfigCommand implements Callable<Integer> {

    @ParentCommand
    TimelineCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Config config = root.config();
        out.println("config file: " + config.file() + (Files.exists(config.file()) ? ""
                : " (none)"));
        TextTable table = new TextTable(List.of(new TextTable.Column("KEY", 5, 13, 1000),
                new TextTable.Column("VALUE", 10, 4096, 2), new TextTable.Column("FROM", 10, 4096, 1)));
        TimelineCommand.DataSetting data = root.dataSetting();
        if (data.paths().isEmpty()) {
            table.row("data", "(bundled dataset)", data.source());
        }
        data.paths().forEach(path -> table.row("data", path, data.source())); // one row a file
        Config.Entry actorMap = root.actorMap != null ? new Config.Entry(root.actorMap.toString(),
                "option --actor-map") : config.get("actor-map").orElse(null);
        if (actorMap != null) { // shown when set: most runs read one dataset and link nothing
            table.row("actor-map", actorMap.value(), actorMap.source());
        }
        for (String key : List.of("format", "export.format")) {
            Config.Entry entry = config.get(key).orElse(new Config.Entry(key.equals("format") ? "table" : "csv",
                    "built-in"));
            table.row(key, entry.value(), entry.source());
        }
        String noColor = root.env("NO_COLOR");
        Config.Entry color = noColor != null && !noColor.isEmpty() ? new Config.Entry("never",
                "environment NO_COLOR") : config.get("color").orElse(new Config.Entry("auto", "built-in"));
        table.row("color", color.value(), color.source());
        table.write(out, Integer.MAX_VALUE / 2, false); // paths and sources are never cut
        out.flush();
        return ExitCode.OK;
    }
}
