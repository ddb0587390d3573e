package dev.timeline.model;

/**
 * The conflict/cooperation lens of event-data research: CAMEO's four "quad classes", as GDELT codes them
 * (1 verbal cooperation: CAMEO roots 01–05; 2 material cooperation: 06–09; 3 verbal conflict: 10–14; 4 material
 * conflict: 15–20; see {@link Cameo#quadOf}), and {@link #NONE} for what is not an act at all.
 */
public enum QuadClass implements Coded {
    VERBAL_COOPERATION("verbal-cooperation", 1),
    MATERIAL_COOPERATION("material-cooperation", 2),
    VERBAL_CONFLICT("verbal-conflict", 3),
    MATERIAL_CONFLICT("material-conflict", 4),
    /**
     * No quad class: a background period ("relations steadily deteriorate") or a change in the situation (ACLED's
     * strategic developments) is neither cooperation nor conflict, so it is counted apart, never under a class.
     */
    NONE("no-quad-class", 0);

    private final String id;
    private final int code;

    QuadClass(String id, int code) {
        this.id = id;
        this.code = code;
    }

    @Override
    public String id() {
        return id;
    }

    /** GDELT's QuadClass number, 1–4; 0 for {@link #NONE}. */
    public int code() {
        return code;
    }

    /**
     * The class with GDELT's QuadClass number {@code code}.
     *
     * @throws IllegalArgumentException when {@code code} is not 1–4
     */
    public static QuadClass ofCode(int code) {
        for (QuadClass q : values()) {
            if (q.code == code && q != NONE) {
                return q;
            }
        }
        throw new IllegalArgumentException("QuadClass " + code + " is not 1–4");
    }

    /** True for the four CAMEO classes, false for {@link #NONE}. */
    public boolean isClass() {
        return this != NONE;
    }

    @Override
    public String toString() {
        return id;
    }
}
