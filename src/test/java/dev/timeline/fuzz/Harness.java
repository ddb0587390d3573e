package dev.timeline.fuzz;

import dev.timeline.cli.TimelineException;
import dev.timeline.dates.EdtfException;
import dev.timeline.model.Event;
import dev.timeline.query.DateCondition;
import dev.timeline.query.EventStore;
import dev.timeline.query.Match;
import dev.timeline.query.Query;
import dev.timeline.io.DataException;
import dev.timeline.input.Inputs;
import dev.timeline.io.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.threeten.extra.LocalDateRange;

/**
 * What every fuzz target shares: the invariant (nothing escapes a reader but the project's own errors, each with
 * a message for a person) and a walk over everything a store answers, so that lazily parsed fields are parsed.
 *
 * <p>A failure here is a finding: Jazzer saves the input, and the test's seed folder replays it from then on.
 */
final class Harness {

    /** Work that may throw anything, so that the invariant sees exactly what escapes. */
    interface Work {
        void run() throws Exception;
    }

    private Harness() {
    }

    /**
     * Runs {@code work}; the project's own errors (DataException, EdtfException, TimelineException) are the
     * expected way to refuse bad input and must carry a one-line message (a DataException: one line a problem).
     * Anything else escapes as a finding.
     */
    static void onlyOwnErrors(Work work) {
        try {
            work.run();
        } catch (DataException e) {
            // one line a problem: the error path prints each problem on its own line
            if (e.problems().isEmpty()) {
                throw new AssertionError("a DataException without a problem", e);
            }
            e.problems().forEach(Harness::requireProblem);
        } catch (EdtfException | TimelineException e) {
            requireMessage(e);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError("a checked exception escaped: " + e, e);
        }
    }

    /** A message for a person: present, not blank, one line. */
    static void requireMessage(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            throw new AssertionError("an error without a message: " + e.getClass().getName(), e);
        }
        if (message.indexOf('\n') >= 0 || message.indexOf('\r') >= 0) {
            throw new AssertionError("an error message on more than one line: " + message, e);
        }
    }

    /** A problem a reader reports: it says where and what, on one line. */
    static void requireProblem(dev.timeline.io.Problem problem) {
        String text = problem.toString();
        if (problem.message() == null || problem.message().isBlank() || text.indexOf('\n') >= 0) {
            throw new AssertionError("a problem without a one-line message: " + text);
        }
    }

    /** Writes {@code bytes} to {@code file}, replacing it. */
    static Path write(Path file, byte[] bytes) {
        try {
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A temporary folder deleted when the JVM ends; the fuzz targets reuse one file in it per target. */
    static Path folder(String name) {
        try {
            Path dir = Files.createTempDirectory("timeline-fuzz-" + name);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    FaultInjection.deleteTree(dir);
                } catch (IOException e) {
                    // a temporary folder left behind is harmless
                }
            }));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opening options: fail on bad records, no cache unless a cache folder is given. */
    static Inputs.Options options(Path cacheHome) {
        if (cacheHome == null) {
            return new Inputs.Options(false, false, Map.of(), Progress.NONE, w -> { });
        }
        return new Inputs.Options(false, true, Map.of("XDG_CACHE_HOME", cacheHome.toString()), Progress.NONE,
                w -> { });
    }

    /** Opens {@code file} as any input and asks it everything; returns what it answered, for comparisons. */
    static List<String> openAndAsk(Path file, Inputs.Options options) throws IOException {
        try (EventStore store = Inputs.open(file, options)) {
            return ask(store);
        }
    }

    /** Every event (each field rendered), the actors, one event by id, and a date-range query, both matches. */
    static List<String> ask(EventStore store) {
        List<String> answers = new ArrayList<>();
        String firstId = null;
        for (Event event : store.query(Query.ALL)) {
            answers.add(event.toString());
            event.date().span();
            if (firstId == null) {
                firstId = event.id();
            }
        }
        answers.add("actors " + store.actorsById().keySet());
        if (firstId != null) {
            answers.add("event " + store.event(firstId).map(Event::toString).orElse("MISSING " + firstId));
        }
        LocalDateRange range = LocalDateRange.ofClosed(LocalDate.of(2000, 1, 1), LocalDate.of(2023, 3, 31));
        for (Match match : Match.values()) {
            List<String> ids = new ArrayList<>();
            store.query(Query.builder().date(new DateCondition(range, match)).build()).forEach(e -> ids.add(e.id()));
            answers.add(match + " " + ids);
        }
        store.dataset();
        return answers;
    }
}
