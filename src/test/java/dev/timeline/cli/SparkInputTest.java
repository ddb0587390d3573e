package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.support.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * --engine and --master as the command line reads them. The unit tests' JVM has Spark on its class path (a
 * provided dependency) but not the module options it needs, so a Spark run here stops at that check: what a
 * plain {@code java -jar} with Spark's jars would say. SparkEngineIT runs Spark itself.
 */
class SparkInputTest {

    private final Cli cli = new Cli();

    /** The data path reaches Spark as typed: a {@code Path} would turn {@code s3a://b/k} into {@code s3a:/b/k}. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "list --data s3a://lake/acled/*.parquet --actor Iran | s3a://lake/acled/*.parquet",
        "list --data=hdfs:///events/2023 | hdfs:///events/2023",
        "--data hdfs://nn:8020/e.parquet list | hdfs://nn:8020/e.parquet",
        "--data s3a://lake/a.parquet list --data hdfs:///b.jsonl | s3a://lake/a.parquet hdfs:///b.jsonl"})
    void theDataPathsAreKeptAsTypedInOrder(String args, String expected) {
        StringWriter out = new StringWriter();
        CommandLine cmd = Main.commandLine(new PrintWriter(out), new PrintWriter(out), Map.of());
        cmd.parseArgs(args.split(" "));
        assertThat(((TimelineCommand) cmd.getCommand()).rawData()).containsExactly(expected.split(" "));
    }

    /** A member's name in a union is the last part of its path as typed, as for a file read natively. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "s3a://lake/acled/ | acled",
        "s3a://lake/acled/2023.parquet | 2023.parquet",
        "events.jsonl | events.jsonl",
        "lake/*.parquet | *.parquet"})
    void aMembersFileNameIsTheLastPartOfItsPath(String path, String expected) {
        assertThat(SparkInput.fileName(path)).isEqualTo(expected);
    }

    /** The native index is not prefetched for a Spark run; the engine's value is no subcommand. */
    @Test
    void aSparkRunPrefetchesNoIndex() {
        assertThat(Main.subcommand(new String[] {"--engine", "native", "--master", "local[2]", "list"})).isEqualTo("list");
        assertThat(Main.prefetch(new String[] {"--engine", "native", "list", "--data", "x.jsonl"}, Map.of()))
                .as("the native engine's run prefetches").isNotNull();
        assertThat(Main.prefetch(new String[] {"--engine", "spark", "list", "--data", "x.jsonl"}, Map.of())).isNull();
        assertThat(Main.prefetch(new String[] {"--engine=spark", "list", "--data", "x.jsonl"}, Map.of())).isNull();
    }

    @Test
    void anUnknownEngineIsAUsageError() {
        Cli.Result run = cli.run("--engine", "presto", "list", "--data", "x.parquet");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("timeline: invalid value for option '--engine': unknown engine 'presto'; "
                + "expected one of: native, duckdb, spark (see 'timeline --help')\n");
    }

    @Test
    void sparkNeedsData() {
        Cli.Result run = cli.run("--engine", "spark", "list");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).startsWith("timeline: --engine spark needs --data PATH").hasLineCount(1);
    }

    @Test
    void withoutSparksModuleOptionsItSaysHowToRunIt() {
        Cli.Result run = cli.run("--engine", "spark", "list", "--data", "events.parquet");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).startsWith("timeline: --engine spark needs the JVM options Spark documents for Java 17")
                .contains("scripts/timeline or spark-submit").hasLineCount(1);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void nativeIsTheDefaultAndCanBeNamed() {
        Cli.Result plain = cli.run("list", "--limit", "2");
        Cli.Result named = cli.run("--engine", "native", "list", "--limit", "2");
        assertThat(plain.exitCode()).as(plain.toString()).isZero();
        assertThat(named).isEqualTo(plain);
    }
}
