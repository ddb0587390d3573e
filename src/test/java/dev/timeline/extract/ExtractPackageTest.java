package dev.timeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The extractor knows nothing of picocli nor of the commands: no compiled class of it names them. */
class ExtractPackageTest {

    @Test
    void compiledClassesNameNeitherPicocliNorTheCli() throws IOException, URISyntaxException {
        Path folder = Path.of(TemporalTagger.class.getResource("TemporalTagger.class").toURI()).getParent();
        List<Path> classes;
        try (Stream<Path> s = Files.list(folder)) {
            classes = s.filter(p -> p.toString().endsWith(".class")).toList();
        }
        assertThat(classes).hasSizeGreaterThan(10);
        for (Path c : classes) {
            // class references sit in the constant pool as UTF-8 internal names
            String pool = new String(Files.readAllBytes(c), StandardCharsets.ISO_8859_1);
            assertThat(pool).as(c.getFileName().toString()).doesNotContain("picocli/").doesNotContain("dev/timeline/cli/");
        }
    }
}
