package dev.timeline.support;

import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.Place;
import java.util.List;
import java.util.Map;

/**
 * Datasets whose events have points, for the chart's map panel, made in code: the bundled dataset's places carry no
 * coordinates in its file, and no reader on this branch fills them.
 */
public final class Located {

    /** Rough coordinates (lat, lon) of the bundled dataset's place names; two events share "Tehran". */
    public static final Map<String, double[]> POINTS = Map.of(
            "Tehran", new double[] {35.6892, 51.389},
            "Azerbaijan", new double[] {40.1431, 47.5769},
            "Karabakh", new double[] {39.8177, 46.7528},
            "Iran–Azerbaijan border", new double[] {38.9, 46.9},
            "Outside Fazil Mustafa's home", new double[] {40.4093, 49.8671},
            "Tel Aviv", new double[] {32.0853, 34.7818},
            "Iranian border with Nakhchivan", new double[] {38.9404, 45.6307},
            "Syunik Province", new double[] {39.2076, 46.4059});

    private Located() {
    }

    /** The bundled dataset with a point on each event whose place {@link #POINTS} knows (10 of its 26 events). */
    public static Dataset bundled() {
        Dataset dataset = Fixtures.bundled();
        return new Dataset(dataset.id(), dataset.version(), dataset.title(), dataset.description(), dataset.actors(),
                dataset.events().stream().map(Located::locate).toList());
    }

    /** The bundled dataset with every point taken away: the chart of events none of which has one. */
    public static Dataset unlocated() {
        Dataset dataset = Fixtures.bundled();
        return new Dataset(dataset.id(), dataset.version(), dataset.title(), dataset.description(), dataset.actors(),
                dataset.events().stream().map(e -> e.place() == null || !e.place().hasPoint() ? e
                        : new Event(e.id(), e.date(), e.title(), e.summary(), e.type(), e.actors(),
                                new Place(e.place().name(), e.place().country()), e.fatalities(), e.sources(),
                                e.tags(), e.note(), e.dataset())).toList());
    }

    /** {@code event} at {@code (lat, lon)}, its place's name and country kept. */
    public static Event at(Event event, double lat, double lon) {
        Place place = event.place();
        Place located = new Place(place == null ? null : place.name(), place == null ? null : place.country(), lat,
                lon);
        return new Event(event.id(), event.date(), event.title(), event.summary(), event.type(), event.actors(),
                located, event.fatalities(), event.sources(), event.tags(), event.note(), event.dataset());
    }

    /** The ids of the events of {@code dataset} that have a point. */
    public static List<String> ids(Dataset dataset) {
        return dataset.events().stream().filter(e -> e.place() != null && e.place().hasPoint()).map(Event::id)
                .toList();
    }

    private static Event locate(Event event) {
        if (event.place() == null || event.place().name() == null) {
            return event;
        }
        double[] point = POINTS.get(event.place().name());
        return point == null ? event : at(event, point[0], point[1]);
    }
}
