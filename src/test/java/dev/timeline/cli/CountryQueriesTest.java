package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.support.Cli;
import dev.timeline.support.Corpora;
import dev.timeline.support.CsvRows;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A country's name or ISO code works everywhere: {@code --place} matches the country, {@code --actor COUNTRY} on
 * ACLED and GDELT covers that state's actors. Expected sets are computed here from the files' own columns.
 */
class CountryQueriesTest {

    private final Cli cli = new Cli().env("XDG_CACHE_HOME", "/nonexistent/timeline-test-cache");
    private final Path acled = Corpora.require("acled-global-2020-05", "acled.caucasus-iran-turkey-subset.csv");
    private final Path gdelt = Corpora.require("gdelt", "20191024143000.export.CSV");

    private Set<String> ids(String... args) {
        List<String> all = new ArrayList<>(List.of("export", "--format", "csv", "--no-cache"));
        all.addAll(List.of(args));
        Cli.Result result = cli.run(all.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.toString()).isZero();
        Set<String> ids = new LinkedHashSet<>();
        result.out().lines().skip(1).forEach(l -> ids.add(l.substring(0, l.indexOf(','))));
        return ids;
    }

    private List<List<String>> acledRows() throws IOException {
        List<List<String>> rows = CsvRows.read(acled);
        return rows.subList(1, rows.size());
    }

    private int column(String name) throws IOException {
        return CsvRows.read(acled).get(0).indexOf(name);
    }

    @Test
    void aCountryWithNoActorInTheFileFindsNoEventAndIsNoError() {
        // the Armenian ACLED sample names no actor of Iran: a valid question with an empty answer (exit 0)
        Path armenia = Corpora.require("acled-armenia-hdx", "conflict_data_arm.first-records.csv");
        assertThat(ids("--data", armenia.toString(), "--actor", "Iran")).isEmpty();
        assertThat(ids("--data", armenia.toString(), "--actor", "IRN", "--actor", "Armenia")).isNotEmpty();
        Cli.Result typo = cli.run("export", "--format", "csv", "--no-cache", "--data", armenia.toString(),
                "--actor", "Irann");
        assertThat(typo.exitCode()).as(typo.toString()).isEqualTo(2);
    }

    @Test
    void placeIranOnAcledFindsTheEventsInIran() throws IOException {
        int country = column("country");
        int id = column("event_id_cnty");
        Set<String> inIran = new LinkedHashSet<>();
        for (List<String> row : acledRows()) {
            if (row.get(country).equals("Iran")) {
                inIran.add(row.get(id));
            }
        }
        assertThat(inIran).hasSize(56);
        assertThat(ids("--data", acled.toString(), "--place", "Iran")).containsExactlyInAnyOrderElementsOf(inIran);
        assertThat(ids("--data", acled.toString(), "--place", "IRN")).containsExactlyInAnyOrderElementsOf(inIran);
        assertThat(ids("--data", acled.toString(), "--place", "Islamic Republic of Iran"))
                .containsExactlyInAnyOrderElementsOf(inIran);
    }

    @Test
    void actorIranOnAcledCoversTheStatesActors() throws IOException {
        // ACLED's naming, spelt out here rather than taken from the code under test
        Pattern iranian = Pattern.compile("\\(Iran\\)| of Iran( \\(\\d{4}-(\\d{4})?\\).*)?$");
        int id = column("event_id_cnty");
        List<Integer> actorColumns = List.of(column("actor1"), column("assoc_actor_1"), column("actor2"),
                column("assoc_actor_2"));
        Set<String> expected = new LinkedHashSet<>();
        Set<String> asTarget = new LinkedHashSet<>();
        for (List<String> row : acledRows()) {
            for (int c : actorColumns) {
                for (String name : row.get(c).split(";")) {
                    if (iranian.matcher(name.strip()).find()) {
                        expected.add(row.get(id));
                        if (c == actorColumns.get(2) || c == actorColumns.get(3)) {
                            asTarget.add(row.get(id));
                        }
                    }
                }
            }
        }
        assertThat(expected).isNotEmpty();
        assertThat(ids("--data", acled.toString(), "--actor", "Iran")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(ids("--data", acled.toString(), "--actor", "IRN")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(ids("--data", acled.toString(), "--actor", "Iran", "--role", "target"))
                .containsExactlyInAnyOrderElementsOf(asTarget);
        Cli.Result list = cli.run("list", "--data", acled.toString(), "--no-cache", "--actor", "Iran");
        assertThat(list.exitCode()).as(list.toString()).isZero();
    }

    @Test
    void actorIranOnGdeltCoversActorsWhoseCountryCodeIsIran() throws IOException {
        Set<String> expected = new LinkedHashSet<>();
        for (String line : Files.readAllLines(gdelt, StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t", -1);
            if (cells[7].equals("IRN") || cells[17].equals("IRN") || cells[6].equalsIgnoreCase("Iran")
                    || cells[16].equalsIgnoreCase("Iran")) {
                expected.add(cells[0]);
            }
        }
        assertThat(expected).isNotEmpty();
        assertThat(ids("--data", gdelt.toString(), "--actor", "Iran")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(ids("--data", gdelt.toString(), "--actor", "IRN")).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void onTheBundledDataANameAndACodeGiveTheSameSet() {
        Set<String> byName = ids("--place", "Iran");
        assertThat(byName).contains("irgc-border-drills", "iranian-troops-near-nakhchivan", "embassy-attack-tehran");
        assertThat(ids("--place", "IRN")).isEqualTo(byName);
        assertThat(ids("--place", "irn")).isEqualTo(byName);
        assertThat(ids("--place", "Azerbaijan")).isEqualTo(ids("--place", "AZE")).isNotEmpty();
        assertThat(ids("--place", "Tel Aviv")).containsExactly("tel-aviv-embassy-opens");
    }
}
