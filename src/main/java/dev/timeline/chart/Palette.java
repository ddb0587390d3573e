package dev.timeline.chart;

import dev.timeline.model.Event;
import dev.timeline.model.QuadClass;
import java.util.Locale;

/**
 * Colours and shapes of event types. Types are grouped by their CAMEO quad class (the conflict/cooperation lens the
 * model already carries), each class with a colour of the Okabe–Ito palette, which colour-blind readers can tell
 * apart, and a shape of its own, so the chart also reads in greyscale print.
 */
enum Palette {
    VERBAL_COOPERATION("#0072B2", Shape.CIRCLE, "Verbal cooperation"),
    MATERIAL_COOPERATION("#009E73", Shape.SQUARE, "Material cooperation"),
    VERBAL_CONFLICT("#E69F00", Shape.DIAMOND, "Verbal conflict"),
    MATERIAL_CONFLICT("#D55E00", Shape.TRIANGLE, "Material conflict"),
    /** Types with no quad class (background periods): neutral grey, a flat bar, so never read as a class. */
    NONE("#8C8C8C", Shape.BAR, "No quad class");

    enum Shape {
        CIRCLE, SQUARE, DIAMOND, TRIANGLE, BAR
    }

    private final String color;
    private final Shape shape;
    private final String label;

    Palette(String color, Shape shape, String label) {
        this.color = color;
        this.shape = shape;
        this.label = label;
    }

    /** The palette of an event's own quad class ({@link Event#quad()}: a GDELT row's, else its type's). */
    static Palette of(Event event) {
        return of(event.quad());
    }

    static Palette of(QuadClass quad) {
        return switch (quad) {
            case VERBAL_COOPERATION -> VERBAL_COOPERATION;
            case MATERIAL_COOPERATION -> MATERIAL_COOPERATION;
            case VERBAL_CONFLICT -> VERBAL_CONFLICT;
            case MATERIAL_CONFLICT -> MATERIAL_CONFLICT;
            case NONE -> NONE;
        };
    }

    String color() {
        return color;
    }

    Shape shape() {
        return shape;
    }

    String label() {
        return label;
    }

    /** The id used in SVG pattern and class names: "material-conflict". */
    String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
