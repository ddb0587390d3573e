package dev.timeline.engine;

import dev.timeline.io.DataException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.sql.SparkSession;

/**
 * Starts the Spark session of a run: on the master named ({@code --master}), else the one spark-submit set
 * ({@code spark.master}), else {@code local[*]}; Spark's log on stderr at WARN; no web UI or progress bar unless
 * spark-submit asked for them. A standalone master ({@code spark://HOST:PORT}) is first reached with a plain
 * connection, bounded by {@link #CONNECT_MILLIS}: one that cannot be reached is one line, not a minute of retries.
 */
public final class SparkSessions {

    /** How long reaching a standalone master may take, per host. */
    static final int CONNECT_MILLIS = 5_000;

    /**
     * How long a standalone master that accepts the connection may take to register the application (Spark's own
     * client tries 3 times 20 s); {@code -Dtimeline.spark.registerSeconds=N} changes it.
     */
    static int registerSeconds() {
        return Integer.getInteger("timeline.spark.registerSeconds", 15);
    }

    private SparkSessions() {
    }

    /** Whether Spark is on the class path (looked up without initialising anything). */
    public static boolean available(ClassLoader loader) {
        try {
            Class.forName("org.apache.spark.sql.SparkSession", false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The session on {@code master} (null: spark-submit's, else local[*]). */
    static SparkSession start(String master) {
        quietLogs();
        String chosen = master != null ? master : System.getProperty("spark.master", "local[*]");
        if (chosen.startsWith("spark://")) {
            reach(chosen);
        }
        SparkSession.Builder builder = SparkSession.builder().appName("timeline").master(chosen)
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.datetime.java8API.enabled", "true")
                .config("spark.network.timeout", System.getProperty("spark.network.timeout", "60s"));
        if (System.getProperty("spark.ui.enabled") == null) {
            builder.config("spark.ui.enabled", "false");
        }
        if (System.getProperty("spark.ui.showConsoleProgress") == null) {
            builder.config("spark.ui.showConsoleProgress", "false");
        }
        if (!chosen.startsWith("spark://")) {
            try {
                return builder.getOrCreate();
            } catch (RuntimeException e) {
                throw new DataException("Spark master " + chosen, "cannot start a session: " + firstLine(e));
            }
        }
        // a standalone master: the session waits for the master to register it, so a watchdog bounds the wait
        FutureTask<SparkSession> starting = new FutureTask<>(builder::getOrCreate);
        Thread thread = new Thread(starting, "timeline-spark-session");
        thread.setDaemon(true);
        thread.start();
        int seconds = registerSeconds();
        try {
            return starting.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            starting.cancel(true);
            throw new DataException("Spark master " + chosen, "accepted the connection but did not register the "
                    + "application within " + seconds + " s; expected a Spark standalone master there");
        } catch (ExecutionException e) {
            throw new DataException("Spark master " + chosen, "cannot start a session: " + firstLine(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataException("Spark master " + chosen, "interrupted while starting a session");
        }
    }

    /** Uses the engine's log configuration unless one was chosen (spark-submit's, or -Dlog4j2.configurationFile). */
    private static void quietLogs() {
        if (System.getProperty("log4j2.configurationFile") == null
                && System.getProperty("log4j.configurationFile") == null) {
            URL config = SparkSessions.class.getResource("spark-log4j2.properties");
            if (config != null) {
                System.setProperty("log4j2.configurationFile", config.toString());
            }
        }
    }

    /** Fails with one line when no host of the standalone master URL {@code master} accepts a connection. */
    static void reach(String master) {
        List<String> failures = new ArrayList<>();
        for (String hostPort : master.substring("spark://".length()).split(",")) {
            int colon = hostPort.lastIndexOf(':');
            String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
            int port;
            try {
                port = colon < 0 ? 7077 : Integer.parseInt(hostPort.substring(colon + 1).replaceAll("/+$", ""));
            } catch (NumberFormatException e) {
                throw new DataException("--master " + master, "'" + hostPort + "' has no port number; expected "
                        + "spark://HOST:PORT (7077 by default), local[N], yarn or k8s://…");
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), CONNECT_MILLIS);
                return;
            } catch (IOException e) {
                failures.add(host + ":" + port + " (" + (e.getMessage() == null ? e.getClass().getSimpleName()
                        : e.getMessage().toLowerCase(java.util.Locale.ROOT)) + ")");
            }
        }
        throw new DataException("Spark master " + master, "cannot be reached: " + String.join(", ", failures)
                + "; expected a running master ($SPARK_HOME/sbin/start-master.sh) or --master local[2]");
    }

    /** The first line of what {@code e} (or the cause that says most) says, for a one-line error. */
    static String firstLine(Throwable e) {
        Throwable t = e;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        message = message.strip();
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
