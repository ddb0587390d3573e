package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.model.Actor;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.Participation;
import dev.timeline.model.Source;
import dev.timeline.dataset.DatasetReader;
import dev.timeline.support.Cli;
import dev.timeline.support.Cli.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled dataset's first five events (as {@code export --format dataset --limit 5} gives them, with the actors
 * they need) rebuilt from {@code init} with the curation commands alone: the file they make is the export, byte for
 * byte.
 */
class CurationRoundTripTest {

    private final Cli cli = new Cli();

    @TempDir
    Path dir;

    private void ok(List<String> args) {
        Result result = cli.run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(args + "\n" + result).isZero();
    }

    @Test
    void theFirstFiveEventsRebuiltFromInitEqualTheirExport() throws IOException {
        Path expected = dir.resolve("five.json");
        ok(List.of("export", "--format", "dataset", "--limit", "5", "-o", expected.toString()));
        Dataset five = DatasetReader.read(expected);
        assertThat(five.events()).hasSize(5);

        Path built = dir.resolve("built.json");
        String file = built.toString();
        List<String> init = new ArrayList<>(List.of("init", file, "--id", five.id(), "--title", five.title()));
        add(init, "--description", five.description());
        add(init, "--dataset-version", five.version());
        ok(init);
        for (Actor actor : five.actors()) {
            List<String> args = new ArrayList<>(List.of("actors", "add", file, "--name", actor.name(), "--id",
                    actor.id(), "--kind", actor.kind().id()));
            add(args, "--country", actor.country());
            actor.aliases().forEach(a -> add(args, "--alias", a));
            add(args, "--position", actor.position());
            ok(args);
        }
        for (Actor actor : five.actors()) { // part-of may name an actor added after it
            if (actor.partOf() != null) {
                ok(List.of("actors", "edit", file, actor.id(), "--part-of", actor.partOf()));
            }
        }
        for (Event event : five.events()) {
            List<String> args = new ArrayList<>(List.of("add", "--data", file, "--id", event.id(), "--date",
                    event.date().toString(), "--title", event.title(), "--type", event.type().id()));
            add(args, "--summary", event.summary().isEmpty() ? null : event.summary());
            for (Participation p : event.actors()) {
                add(args, "--actor", p.actorId() + ":" + p.role().id());
            }
            if (event.place() != null) {
                add(args, "--place", (event.place().name() == null ? "" : event.place().name())
                        + (event.place().country() == null ? "" : "," + event.place().country()));
            }
            add(args, "--fatalities", event.fatalities() == null ? null : event.fatalities().toString());
            event.tags().forEach(t -> add(args, "--tag", t));
            add(args, "--note", event.note());
            ok(args);
            for (Source source : event.sources()) {
                List<String> edit = new ArrayList<>(List.of("edit", file, event.id(), "--add-source",
                        (source.outlet() == null ? "" : source.outlet())
                                + (source.published() == null ? "" : "@" + source.published())));
                add(edit, "--source-title", source.title());
                add(edit, "--source-url", source.url());
                add(edit, "--source-note", source.note());
                ok(edit);
            }
        }
        assertThat(DatasetReader.read(built)).isEqualTo(five);
        assertThat(Files.readString(built)).isEqualTo(Files.readString(expected));
        Path again = dir.resolve("again.json");
        ok(List.of("--data", file, "export", "--format", "dataset", "-o", again.toString()));
        assertThat(Files.readString(again)).isEqualTo(Files.readString(expected));
    }

    private static void add(List<String> args, String option, String value) {
        if (value != null) {
            args.add(option);
            args.add(value);
        }
    }
}
