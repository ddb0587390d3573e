package dev.timeline.model;

/**
 * The conflict/cooperation lens of event-data research: CAMEO's four "quad classes", as GDELT codes them
 * (1 verbal cooperation: CAMEO 01–04; 2 material cooperation: 05–08; 3 verbal conflict: 09–14; 4 material
 * conflict: 15–20).
 */
public enum QuadClass implements Coded {
    VERBAL_COOPERATION("verbal-cooperation", 1),
    MATERIAL_COOPERATION("material-cooperation", 2),
    VERBAL_CONFLICT("verbal-conflict", 3),
    MATERIAL_CONFLICT("material-conflict", 4);

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

    /** GDELT's QuadClass number, 1–4. */
    public int code() {
        return code;
    }

    /** The class with GDELT's QuadClass number {@code code}. */
    public static QuadClass ofCode(int code) {
        for (QuadClass q : values()) {
            if (q.code == code) {
                return q;
            }
        }
        throw new IllegalArgumentException("QuadClass " + code + " is not 1–4");
    }

    @Override
    public String toString() {
        return id;
    }
}
