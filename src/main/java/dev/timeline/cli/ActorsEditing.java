package dev.timeline.cli;

import dev.timeline.dataset.ActorChanges;
import dev.timeline.dataset.DatasetFile;
import dev.timeline.model.Actor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code actors} subcommands that change a dataset file: add, edit, rm, merge. */
final class ActorsEditing {

    private ActorsEditing() {
    }

    /** The fields of an actor, shared by add and edit. */
    static class FieldOptions {
        @Option(names = "--name", paramLabel = "NAME", order = 1, description = {"The name people use.",
            "Example: --name 'Jane Doe'"})
        String name;

        @Option(names = "--id", paramLabel = "ID", order = 2, description = {"Its id (add: derived from the name, "
                + "'Jane Doe' is jane-doe; edit: a new id, every reference follows).", "Example: --id jane-doe"})
        String id;

        @Option(names = "--kind", paramLabel = "KIND", order = 3, description = {"state, government-body, "
                + "armed-force, person, organisation (add's default) or group.", "Example: --kind person"})
        String kind;

        @Option(names = "--country", paramLabel = "CODE|NAME", order = 4, description = {"Its country: an ISO "
                + "3166-1 alpha-3 code or an English name.", "Example: --country Azerbaijan"})
        String country;

        @Option(names = "--alias", paramLabel = "ALIAS", order = 5, description = {"Another name it goes by. "
                + "Repeatable.", "Example: --alias Baku"})
        List<String> aliases = new ArrayList<>();

        @Option(names = "--part-of", paramLabel = "ACTOR", order = 6, description = {"The actor it is part of (id, "
                + "name or alias).", "Example: --part-of Azerbaijan"})
        String partOf;

        @Option(names = "--position", paramLabel = "TEXT", order = 7, description = {"For a person, the position "
                + "the sources give.", "Example: --position 'Foreign Minister of Azerbaijan'"})
        String position;

        ActorChanges.Fields fields(List<String> removeAliases) {
            return new ActorChanges.Fields(id, name == null ? null : EditCommand.nonBlank("--name", name),
                    CurationValues.kind("--kind", kind), CurationValues.country("--country", country),
                    aliases.stream().map(String::strip).toList(), removeAliases, partOf,
                    position == null ? null : position.strip());
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false,
            header = "Add an actor to a dataset file.",
            description = "Add an actor to the dataset FILE; its id is derived from its name unless --id is given.",
            footerHeading = "%nExamples:%n",
            footer = {"  timeline actors add mine.json --name 'Jane Doe' --kind person --country AZE",
                "  timeline actors add mine.json --name 'Foreign Ministry of Iran' --kind government-body "
                        + "--part-of Iran --alias MFA"})
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = {"The dataset file.", "Example: mine.json"})
        Path file;

        @Mixin
        FieldOptions options;

        @Mixin
        WriteOptions write;

        @Override
        public Integer call() {
            if (options.name == null) {
                throw TimelineException.usage("actors add needs --name NAME");
            }
            ActorChanges.Fields fields = options.fields(List.of());
            Actor[] added = new Actor[1];
            DatasetFile.Outcome outcome = DatasetFile.change(file, d -> {
                added[0] = ActorChanges.create(d, fields);
                return ActorChanges.append(d, added[0]);
            }, write.dryRun);
            write.report(spec, file, outcome, "added actor '" + added[0].id() + "' to " + file);
            return ExitCode.OK;
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true, sortOptions = false,
            header = "Change an actor of a dataset file.",
            description = "Change the actor ACTOR (id, name or alias) of the dataset FILE. A new --id rewrites every "
                    + "reference to it (events, part-of).",
            footerHeading = "%nExamples:%n",
            footer = {"  timeline actors edit mine.json jane-doe --alias 'J. Doe' --country AZE",
                "  timeline actors edit mine.json jane-doe --id doe --remove-alias 'J. Doe' --dry-run"})
    static final class Edit implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = {"The dataset file.", "Example: mine.json"})
        Path file;

        @Parameters(index = "1", paramLabel = "ACTOR", description = {"The actor: id, name or alias.",
            "Example: jane-doe"})
        String actor;

        @Mixin
        FieldOptions options;

        @Option(names = "--remove-alias", paramLabel = "ALIAS", order = 8, description = {"Remove an alias. "
                + "Repeatable.", "Example: --remove-alias 'J. Doe'"})
        List<String> removeAliases = new ArrayList<>();

        @Mixin
        WriteOptions write;

        @Override
        public Integer call() {
            ActorChanges.Fields fields = options.fields(removeAliases.stream().map(String::strip).toList());
            if (fields.equals(new ActorChanges.Fields(null, null, null, null, null, null, null, null))) {
                throw TimelineException.usage("actors edit needs something to change: --name, --id, --kind, "
                        + "--country, --alias, --remove-alias, --part-of or --position");
            }
            return write.change(spec, file, d -> ActorChanges.edit(d, actor, fields),
                    "edited actor '" + actor + "' in " + file);
        }
    }

    @Command(name = "rm", mixinStandardHelpOptions = true, sortOptions = false,
            header = "Remove an actor from a dataset file.",
            description = "Remove the actor ACTOR (id, name or alias) from the dataset FILE. Refused while events or "
                    + "other actors refer to it (they are listed), unless --detach removes those references too.",
            footerHeading = "%nExamples:%n",
            footer = {"  timeline actors rm mine.json jane-doe", "  timeline actors rm mine.json jane-doe --detach"})
    static final class Rm implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = {"The dataset file.", "Example: mine.json"})
        Path file;

        @Parameters(index = "1", paramLabel = "ACTOR", description = {"The actor: id, name or alias.",
            "Example: jane-doe"})
        String actor;

        @Option(names = "--detach", order = 1, description = {"Also remove it from its events, and clear the "
                + "part-of of actors part of it.", "Example: --detach"})
        boolean detach;

        @Mixin
        WriteOptions write;

        @Override
        public Integer call() {
            return write.change(spec, file, d -> ActorChanges.remove(d, actor, detach),
                    "removed actor '" + actor + "' from " + file);
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
            header = "Merge one actor into another.",
            description = "Merge the actor FROM into INTO in the dataset FILE: every reference to FROM moves to INTO, "
                    + "their aliases are united and FROM's name becomes an alias of INTO.",
            footerHeading = "%nExamples:%n",
            footer = {"  timeline actors merge mine.json 'J. Doe' jane-doe"})
    static final class Merge implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = {"The dataset file.", "Example: mine.json"})
        Path file;

        @Parameters(index = "1", paramLabel = "FROM", description = {"The actor that goes.", "Example: 'J. Doe'"})
        String from;

        @Parameters(index = "2", paramLabel = "INTO", description = {"The actor that stays.", "Example: jane-doe"})
        String into;

        @Mixin
        WriteOptions write;

        @Override
        public Integer call() {
            return write.change(spec, file, d -> ActorChanges.merge(d, from, into),
                    "merged actor '" + from + "' into '" + into + "' in " + file);
        }
    }
}
