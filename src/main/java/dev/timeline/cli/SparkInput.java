package dev.timeline.cli;

import dev.timeline.engine.SparkSessions;
import dev.timeline.engine.Dialect;
import dev.timeline.engine.Plan;
import dev.timeline.engine.SparkStore;
import dev.timeline.engine.SqlCompiler;
import dev.timeline.query.EventStore;
import java.util.List;

/**
 * {@code --engine spark}: the input opened as a {@link SparkStore}. Loaded only when that engine is chosen, so the
 * other runs load no class of the engine or of Spark. Spark itself is not in timeline.jar: spark-submit, or
 * {@code $SPARK_HOME/jars} added by scripts/timeline, puts it on the class path.
 */
final class SparkInput {

    private SparkInput() {
    }

    /** The store of {@code data} (the path as typed: hdfs://, s3a:// and globs pass to Spark untouched). */
    static EventStore open(String data, String master) {
        if (data == null) {
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
        return SparkStore.open(master, List.of(data), query -> SqlCompiler.sql(Plan.of(query), Dialect.SPARK));
    }
}
