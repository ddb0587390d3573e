package dev.timeline.format;

import java.util.function.Function;

/** The output formats; each is one {@link Formatter} class. */
public enum OutputFormat {
    TABLE("table", TableFormatter::new),
    CSV("csv", CsvFormatter::new),
    JSON("json", JsonFormatter::new);

    private final String id;
    private final Function<FormatContext, Formatter> factory;

    OutputFormat(String id, Function<FormatContext, Formatter> factory) {
        this.id = id;
        this.factory = factory;
    }

    public String id() {
        return id;
    }

    public Formatter formatter(FormatContext context) {
        return factory.apply(context);
    }

    @Override
    public String toString() {
        return id;
    }
}
