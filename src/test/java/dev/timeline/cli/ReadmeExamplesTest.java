package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.support.Cli;
import dev.timeline.tools.GenerateEvents;
import dev.timeline.support.Cli.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The README's console examples show real output: each {@code $ scripts/timeline ...} line is run and compared. */
class ReadmeExamplesTest {

    record Example(String command, String expected) {
        @Override
        public String toString() {
            return command;
        }
    }

    static Stream<Example> examples() throws IOException {
        Path readme = Path.of(System.getProperty("timeline.project.dir", "."), "README.md");
        List<Example> examples = new ArrayList<>();
        boolean inConsole = false;
        String command = null;
        StringBuilder expected = new StringBuilder();
        for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
            if (line.equals("```console")) {
                inConsole = true;
            } else if (inConsole && (line.equals("```") || line.startsWith("$ "))) {
                if (command != null) {
                    examples.add(new Example(command, expected.toString()));
                }
                command = line.startsWith("$ ") ? line.substring(2) : null;
                expected.setLength(0);
                inConsole = !line.equals("```");
            } else if (inConsole) {
                expected.append(line).append('\n');
            }
        }
        assertThat(examples).as("console examples in README.md").isNotEmpty();
        return examples.stream();
    }

    /**
     * Runs a console example as a shell would: leading {@code NAME=VALUE} words set the environment; a
     * {@code scripts/generate-events} line makes its file (and prints nothing); a {@code scripts/timeline} line's
     * stdout and stderr must be the lines under it.
     */
    @ParameterizedTest
    @MethodSource("examples")
    void showsRealOutput(Example example) throws IOException {
        List<String> words = new ArrayList<>(List.of(example.command().split(" ")));
        Cli cli = new Cli();
        while (!words.isEmpty() && words.get(0).matches("[A-Z_]+=\\S*")) {
            String assignment = words.remove(0);
            cli.env(assignment.substring(0, assignment.indexOf('=')), assignment.substring(assignment.indexOf('=') + 1));
        }
        String program = words.remove(0);
        String[] args = words.toArray(String[]::new);
        if (program.equals("scripts/generate-events")) {
            GenerateEvents.main(args);
            assertThat(example.expected()).as("generate-events prints nothing").isEmpty();
            return;
        }
        assertThat(program).isEqualTo("scripts/timeline");
        Result result = cli.run(args);
        // a README cannot show CSV's CR; everything else must match exactly
        assertThat((result.out() + result.err()).replace("\r\n", "\n")).isEqualTo(example.expected());
    }
}
