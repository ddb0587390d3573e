package dev.timeline.query;

import dev.timeline.dates.PeriodExpression;
import dev.timeline.dates.Precision;
import dev.timeline.dates.Window;
import dev.timeline.model.EventType;
import dev.timeline.model.Role;
import java.util.ArrayList;
import java.util.List;
import org.threeten.extra.LocalDateRange;

/** Collects {@link Filters} one by one, for tests (the command line fills the record from its options). */
final class FiltersBuilder {
    private LocalDateRange from;
    private LocalDateRange to;
    private PeriodExpression in;
    private String around;
    private Window window;
    private String before;
    private String after;
    private Match match = Match.OVERLAPS;
    private Precision precision;
    private List<String> actors = List.of();
    private boolean exactActor;
    private List<String> with = List.of();
    private List<Role> roles = List.of();
    private List<EventType> types = List.of();
    private List<String> tags = List.of();
    private List<String> places = List.of();
    private List<String> sources = List.of();
    private List<String> text = List.of();
    private final List<String> datasets = new ArrayList<>();
    private SortOrder sort = SortOrder.DATE;
    private Integer limit;

    FiltersBuilder() {
    }

    FiltersBuilder from(LocalDateRange value) {
        from = value;
        return this;
    }

    FiltersBuilder to(LocalDateRange value) {
        to = value;
        return this;
    }

    FiltersBuilder in(PeriodExpression value) {
        in = value;
        return this;
    }

    FiltersBuilder around(String pivot, Window value) {
        around = pivot;
        window = value;
        return this;
    }

    FiltersBuilder window(Window value) {
        window = value;
        return this;
    }

    FiltersBuilder before(String pivot) {
        before = pivot;
        return this;
    }

    FiltersBuilder after(String pivot) {
        after = pivot;
        return this;
    }

    FiltersBuilder match(Match value) {
        match = value;
        return this;
    }

    FiltersBuilder precision(Precision value) {
        precision = value;
        return this;
    }

    FiltersBuilder actors(List<String> names) {
        actors = names;
        return this;
    }

    FiltersBuilder exactActor(boolean value) {
        exactActor = value;
        return this;
    }

    FiltersBuilder with(List<String> names) {
        with = names;
        return this;
    }

    FiltersBuilder roles(List<Role> value) {
        roles = value;
        return this;
    }

    FiltersBuilder types(List<EventType> value) {
        types = value;
        return this;
    }

    FiltersBuilder tags(List<String> value) {
        tags = value;
        return this;
    }

    FiltersBuilder places(List<String> value) {
        places = value;
        return this;
    }

    FiltersBuilder sources(List<String> value) {
        sources = value;
        return this;
    }

    FiltersBuilder text(List<String> value) {
        text = value;
        return this;
    }

    FiltersBuilder sort(SortOrder value) {
        sort = value;
        return this;
    }

    FiltersBuilder limit(Integer value) {
        limit = value;
        return this;
    }

    FiltersBuilder dataset(String name) {
        datasets.add(name);
        return this;
    }

    Filters build() {
        return new Filters(from, to, in, around, window, before, after, match, precision, actors, exactActor,
                with, roles, types, tags, places, sources, text, sort, limit, datasets);
    }
}
