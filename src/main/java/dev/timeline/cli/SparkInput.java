package dev.timeline.cli;

import dev.timeline.engine.SparkSessions;
import dev.timeline.engine.Dialect;
import dev.timeline.engine.Plan;
import dev.timeline.engine.SparkStore;
import dev.timeline.engine.SqlCompiler;
import dev.timeline.query.EventStore;
import dev.timeline.query.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code --engine spark}: the input opened as a {@link SparkStore}. Loaded only when that engine is chosen, so the
 * other runs load no class of the engine or of Spark. Spark itself is not in timeline.jar: spark-submit, or
 * {@code $SPARK_HOME/jars} added by scripts/timeline, puts it on the class path.
 */
final class SparkInput {

    private SparkInput() {
    }

    /**
     * The stores of {@code data} (the paths as typed: hdfs://, s3a:// and globs pass to Spark untouched), one per
     * {@code --data}, in order, every one in the Spark session started once for the run: the first store owns it
     * (or uses the one the process already has) and stops it when closed; the others are views in sessions of the
     * same context, which they leave running. A failure to open one closes those opened before.
     */
    static List<EventStore> open(List<String> data, String master) {
        if (data.isEmpty()) {
            throw TimelineException.usage("--engine spark needs --data PATH (a Parquet, JSON Lines or ACLED CSV file, "
                    + "a folder or glob); the bundled dataset is read natively");
        }
        if (!SparkSessions.available(SparkInput.class.getClassLoader())) {
            throw TimelineException.usage("--engine spark needs Spark on the class path: set SPARK_HOME to a Spark "
                    + "4 installation (scripts/timeline then adds $SPARK_HOME/jars), or run under spark-submit");
        }
        if (!Object.class.getModule().isOpen("sun.nio.ch", SparkInput.class.getModule())) {
            throw TimelineException.usage("--engine spark needs the JVM options Spark documents for Java 17 "
                    + "(--add-opens=java.base/sun.nio.ch=ALL-UNNAMED and others): run it through scripts/timeline "
                    + "or spark-submit");
        }
        // the query compiled once to Spark SQL over the events view; rows a pre-filter lets through are re-checked
        Function<Query, String> sql = query -> SqlCompiler.sql(Plan.of(query), Dialect.SPARK);
        SparkStore first = SparkStore.open(master, List.of(data.get(0)), sql);
        List<EventStore> stores = new ArrayList<>(List.of(first));
        try {
            for (String path : data.subList(1, data.size())) {
                stores.add(first.alongside(List.of(path)));
            }
        } catch (RuntimeException e) {
            first.close(); // the others leave the session to it
            throw e;
        }
        return stores;
    }

    /** The file or folder name {@code path} ends with ({@code s3a://lake/acled/} is {@code acled}). */
    static String fileName(String path) {
        String trimmed = path.replaceAll("/+$", "");
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
