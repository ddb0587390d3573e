package dev.timeline.cli;

import dev.timeline.model.Actor;
import dev.timeline.query.EventStore;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code timeline completion bash|zsh|fish}: print a completion script. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        header = "Print a shell completion script (bash, zsh or fish).",
        description = {"Print a completion script for the shell: subcommands, options, their values (formats, "
                + "types, roles) and, from the data in use when TAB is pressed, actor names and event ids."},
        footerHeading = "%nExamples:%n",
        footer = {"  source <(timeline completion bash)          # bash, this session",
            "  timeline completion zsh > ~/.zsh/completions/_timeline",
            "  timeline completion fish > ~/.config/fish/completions/timeline.fish",
            "scripts/install puts the script where your shell looks for it."})
final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", completionCandidates = Shells.class,
            description = {"bash, zsh or fish.", "Example: timeline completion fish"})
    String shell;

    static final class Shells extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Shells() {
            super(List.of("bash", "zsh", "fish"));
        }
    }

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(Completions.script(shell, spec.root().commandLine()));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    /** {@code timeline __complete actors|events}: the values completion scripts ask for, one per line. */
    @Command(name = "__complete", hidden = true, description = "Values for shell completion (internal).")
    static final class Values implements Callable<Integer> {

        @ParentCommand
        TimelineCommand root;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "KIND", description = {"actors or events", "Example: timeline __complete actors"})
        String kind;

        @Override
        public Integer call() {
            Set<String> values = new LinkedHashSet<>();
            EventStore store = root.store(null);
            if (kind.equals("actors")) {
                for (Actor actor : store.actorsById().values()) {
                    values.add(actor.id());
                    addWord(values, actor.name());
                    actor.aliases().forEach(alias -> addWord(values, alias));
                }
            } else if (kind.equals("events")) {
                values.addAll(store.eventIds());
            } else {
                throw TimelineException.usage("__complete: expected actors or events");
            }
            values.forEach(spec.commandLine().getOut()::println);
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }

        /** Names with blanks are left out: the id completes those. */
        private static void addWord(Set<String> values, String name) {
            if (name.chars().noneMatch(Character::isWhitespace)) {
                values.add(name);
            }
        }
    }
}
