package dev.timeline.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.io.DataException;
import dev.timeline.query.ActorLinks.Rule;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading crosswalk files ({@code --actor-map}): CSV and JSON, told apart by content, and every way one is wrong. */
class ActorMapFileTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static Rule rule(String dataset, String name, String regex, String actor, int line) {
        return new Rule(dataset, name, regex == null ? null : Rule.compile(regex), actor, line);
    }

    /** The message of reading {@code text} as file {@code name}, which must fail with exactly one line. */
    private String failure(String name, String text) throws IOException {
        Path file = write(name, text);
        DataException e = org.junit.jupiter.api.Assertions.assertThrows(DataException.class,
                () -> ActorLinks.read(file));
        assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r").startsWith(file.toString() + ":");
        return e.getMessage().substring(file.toString().length());
    }

    @Test
    void csvWithQuotingWildcardsAndBothKindsOfRule() throws IOException {
        Path file = write("map.csv", """
                dataset,name,pattern,actor
                acled,"Military Forces of Iran (2021-)",,iran-armed-forces
                *,"Tehran, the capital \"\"city\"\"",,iran
                ,,^Police Forces of Iran,iran-police
                 ucdp , "Government of Iran
                (Raisi)" , , iranian-government
                gdelt,,"(?<!anti-)IRAN",iran
                """);
        assertThat(ActorLinks.read(file).rules()).containsExactly(
                rule("acled", "military forces of iran 2021", null, "iran-armed-forces", 2),
                rule(null, "tehran the capital city", null, "iran", 3),
                rule(null, null, "^Police Forces of Iran", "iran-police", 4),
                rule("ucdp", "government of iran raisi", null, "iranian-government", 5),
                rule("gdelt", null, "(?<!anti-)IRAN", "iran", 7));
    }

    @Test
    void csvWithABomCrlfBlankLinesAndAnyOrderOfColumns() throws IOException {
        Path file = write("map.csv", "\uFEFFActor,Name,Dataset\r\n\r\niran,Tehran,gdelt\r\n\r\nirgc,IRGC,*\r\n");
        assertThat(ActorLinks.read(file).rules()).containsExactly(rule("gdelt", "tehran", null, "iran", 3),
                rule(null, "irgc", null, "irgc", 5));
    }

    @Test
    void csvWithoutADatasetColumnIsAboutEveryDataset() throws IOException {
        Path file = write("map.csv", "pattern,actor\nof Iran,iran\n");
        assertThat(ActorLinks.read(file).rules()).containsExactly(rule(null, null, "of Iran", "iran", 2));
    }

    @Test
    void jsonWithNamesPatternsAndWildcards() throws IOException {
        Path file = write("map.json", """
                [
                  {"dataset": "acled", "name": "Military Forces of Iran (2021-)", "actor": "iran-armed-forces"},
                  {"dataset": "*", "name": "Tehran", "actor": "iran"},
                  {"pattern": "^Police Forces of Iran", "actor": "iran-police"},
                  {
                    "dataset": null,
                    "pattern": "\\\\(Iran\\\\)$",
                    "actor": "iran"
                  }
                ]
                """);
        assertThat(ActorLinks.read(file).rules()).containsExactly(
                rule("acled", "military forces of iran 2021", null, "iran-armed-forces", 2),
                rule(null, "tehran", null, "iran", 3),
                rule(null, null, "^Police Forces of Iran", "iran-police", 4),
                rule(null, null, "\\(Iran\\)$", "iran", 5));
    }

    @Test
    void jsonWithABom() throws IOException {
        Path file = write("map.json", "\uFEFF  [{\"name\": \"Tehran\", \"actor\": \"iran\"}]");
        assertThat(ActorLinks.read(file).rules()).containsExactly(rule(null, "tehran", null, "iran", 1));
    }

    @Test
    void readsFromAReaderUnderTheGivenName() {
        ActorLinks links = ActorLinks.read(new StringReader("name,actor\nTehran,iran\n"), "<stdin>");
        assertThat(links.rules()).containsExactly(rule(null, "tehran", null, "iran", 2));
        assertThat(links).hasToString("ActorLinks[<stdin>, 1 rules]");
    }

    /** Every mistake is one line: the file, the line (and column in JSON), what is wrong and what a row is. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "empty file              | ''                                                      | : is empty; expected a CSV header naming dataset",
        "white space only        | '  \\n\\n '                                               | : is empty; expected a CSV header",
        "header and no rows      | 'dataset,name,actor\\n'                                  | : has no rules; expected a CSV header",
        "unknown column          | 'dataset,name,actor,note\\nacled,x,iran,y\\n'             | :1: unknown column 'note'; expected a CSV header naming dataset, name or pattern, and actor, then rows such as 'acled,Military Forces of Iran (2021-),iran', or a JSON array",
        "missing actor column    | 'dataset,name\\nacled,x\\n'                               | :1: the header lacks an 'actor' column; expected",
        "missing name column     | 'dataset,actor\\nacled,iran\\n'                           | :1: the header lacks a 'name' or 'pattern' column; expected",
        "column twice            | 'name,actor,Name\\nx,y,z\\n'                              | :1: the column 'name' is named twice",
        "too few cells           | 'dataset,name,actor\\nacled,x,iran\\nacled,x\\n'           | :3: a row has 2 cells and the header 3; expected a row such as 'acled,Military Forces of Iran (2021-),iran' (quote a cell",
        "too many cells          | 'dataset,name,actor\\nacled,Forces, Iran,iran\\n'         | :2: a row has 4 cells and the header 3",
        "line after a quoted break | 'dataset,name,actor\\nacled,\"a\\nb\",iran\\nx\\n'        | :4: a row has 1 cell and the header 3",
        "empty actor             | 'dataset,name,actor\\nacled,x,\\n'                        | :2: the actor is empty; expected the id of the actor the names stand for",
        "neither name nor pattern | 'dataset,name,pattern,actor\\nacled,,,iran\\n'           | :2: neither a name nor a pattern is given; expected one of them",
        "both name and pattern   | 'dataset,name,pattern,actor\\nacled,x,y,iran\\n'          | :2: both a name and a pattern is given",
        "a name of punctuation   | 'name,actor\\n--,iran\\n'                                 | :2: the name '--' has no letter or digit",
        "bad regex in CSV        | 'dataset,pattern,actor\\nacled,ok,iran\\nacled,Forces (of,iran\\n' | :3: the pattern 'Forces (of' is not a regular expression: Unclosed group at the end; expected a Java regular expression",
        "unclosed quote          | 'dataset,name,actor\\nacled,\"x,iran\\n'                  | :2: a quoted cell is not closed; expected a '\"' before the end of the file (CSV, RFC 4180)",
        "JSON object, not array  | '{\"name\": \"x\", \"actor\": \"y\"}'                   | :1:1: the top level is not an array; expected",
        "JSON element not object | '[\\n  \"Tehran\"\\n]'                                     | :2:3: an element is not an object",
        "JSON unknown field      | '[\\n  {\"name\": \"x\", \"actor\": \"y\", \"note\": 1}\\n]' | :2:31: unknown field 'note'; expected",
        "JSON field twice        | '[{\"name\": \"x\", \"actor\": \"y\", \"actor\": \"z\"}]' | :1:30: the field 'actor' is given twice",
        "JSON field not text     | '[{\"name\": 3, \"actor\": \"y\"}]'                     | :1:3: 'name' is not a text",
        "JSON bad regex          | '[\\n{\"pattern\": \"[Iran\", \"actor\": \"iran\"}\\n]'   | :2: the pattern '[Iran' is not a regular expression: Unclosed character class at character 5",
        "JSON empty actor        | '[{\"name\": \"x\", \"actor\": \" \"}]'                 | :1: the actor is empty",
        "JSON empty array        | '[]'                                                    | : has no rules; expected",
        "JSON syntax             | '[{\"name\": \"x\" \"actor\": \"y\"}]'                  | :1:15: unexpected character U+0022: was expecting comma",
        "JSON text after array   | '[{\"name\": \"x\", \"actor\": \"y\"}] []'              | :1:31: text after the array"})
    void badFilesAreOneLineNamingTheFileAndLine(String what, String text, String expected) throws IOException {
        String unescaped = text.replace("\\n", "\n");
        assertThat(failure("map.txt", unescaped)).startsWith(expected);
    }

    @Test
    void notUtf8IsSaidSo() throws IOException {
        Path file = dir.resolve("map.csv");
        Files.write(file, new byte[] {'n', 'a', 'm', 'e', ',', 'a', 'c', 't', 'o', 'r', '\n', (byte) 0xff, ',', 'x'});
        assertThatThrownBy(() -> ActorLinks.read(file)).isInstanceOf(DataException.class)
                .hasMessage(file + ": not valid UTF-8 text; expected an actor map in UTF-8");
    }

    @Test
    void aMissingFileOrAFolderIsSaidSo() {
        Path missing = dir.resolve("nope.csv");
        assertThatThrownBy(() -> ActorLinks.read(missing)).isInstanceOf(DataException.class)
                .hasMessage(missing + ": no such file");
        assertThatThrownBy(() -> ActorLinks.read(dir)).isInstanceOf(DataException.class)
                .hasMessage(dir + ": is a directory; expected an actor map file (CSV or JSON)");
    }

    /** The rules read from a file link as the rules built in code do. */
    @Test
    void aFileLinksLikeItsRules() throws IOException {
        Path file = write("map.csv", "dataset,pattern,actor\nacled,^Military Forces of Iran,iran-armed-forces\n");
        ActorLinks links = ActorLinks.read(file);
        assertThat(links.linked("acled", ActorLinksTest.ACLED,
                ActorLinksTest.from("curated", ActorLinksTest.IRAN_FORCES)))
                .containsExactly(ActorLinksTest.MILITARY_IRAN.id());
        assertThatThrownBy(() -> links.checkTargets(List.of("iran"))).isInstanceOf(DataException.class)
                .hasMessageStartingWith(file + ":2: actor 'iran-armed-forces' is no actor of the datasets read");
    }
}
