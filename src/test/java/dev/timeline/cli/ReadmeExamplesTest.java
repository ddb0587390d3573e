package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.support.Cli;
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

    @ParameterizedTest
    @MethodSource("examples")
    void showsRealOutput(Example example) {
        assertThat(example.command()).startsWith("scripts/timeline ");
        String[] args = example.command().substring("scripts/timeline ".length()).split(" ");
        Result result = new Cli().run(args);
        // a README cannot show CSV's CR; everything else must match exactly
        assertThat((result.out() + result.err()).replace("\r\n", "\n")).isEqualTo(example.expected());
    }
}
