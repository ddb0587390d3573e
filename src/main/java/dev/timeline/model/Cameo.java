package dev.timeline.model;

import java.util.Map;

/**
 * The one table of CAMEO event codes this project uses, as GDELT codes them: the quad class follows from the root
 * (the first two digits), the Goldstein value is given per code. Every {@link EventType} takes its quad class and
 * intensity from here, so one code never has two values.
 *
 * <p>A root is written as GDELT writes an event coded only to its root: {@code 130}, "threaten, not specified
 * below". The values are GDELT's lookup ({@code CAMEO.goldsteinscale.txt}); {@code EventTypeTest} checks each one
 * against the GoldsteinScale and QuadClass columns of the GDELT samples in the corpora wherever the code occurs
 * there.
 */
public final class Cameo {

    private static final Map<String, Double> GOLDSTEIN = Map.ofEntries(
            Map.entry("010", 0.0), Map.entry("020", 3.0), Map.entry("030", 4.0), Map.entry("040", 1.0),
            Map.entry("041", 1.0), Map.entry("050", 3.5), Map.entry("060", 6.0), Map.entry("070", 7.0),
            Map.entry("080", 5.0), Map.entry("090", -2.0), Map.entry("100", -5.0), Map.entry("110", -2.0),
            Map.entry("112", -2.0), Map.entry("120", -4.0), Map.entry("130", -4.4), Map.entry("140", -6.5),
            Map.entry("145", -7.5), Map.entry("150", -7.2), Map.entry("152", -7.2), Map.entry("160", -4.0),
            Map.entry("161", -4.0), Map.entry("166", -7.0), Map.entry("170", -7.0), Map.entry("173", -5.0),
            Map.entry("180", -9.0), Map.entry("186", -10.0), Map.entry("190", -10.0), Map.entry("195", -10.0),
            Map.entry("200", -10.0));

    private Cameo() {
    }

    /**
     * The quad class of a CAMEO code by its root, as GDELT assigns it: 01–05 verbal cooperation, 06–09 material
     * cooperation, 10–14 verbal conflict, 15–20 material conflict.
     *
     * @param code a CAMEO event code such as {@code "0211"} or {@code "190"}
     * @return the quad class, or null when the code does not start with a root 01–20
     */
    public static QuadClass quadOf(String code) {
        int root = root(code);
        if (root < 1) {
            return null;
        }
        return root <= 5 ? QuadClass.VERBAL_COOPERATION : root <= 9 ? QuadClass.MATERIAL_COOPERATION
                : root <= 14 ? QuadClass.VERBAL_CONFLICT : QuadClass.MATERIAL_CONFLICT;
    }

    /**
     * The root 1–20 of a CAMEO code: its first two digits.
     *
     * @return the root, or 0 when {@code code} is null or does not start with a root 01–20
     */
    public static int root(String code) {
        if (code == null || code.length() < 2 || !Character.isDigit(code.charAt(0))
                || !Character.isDigit(code.charAt(1))) {
            return 0;
        }
        int root = (code.charAt(0) - '0') * 10 + code.charAt(1) - '0';
        return root >= 1 && root <= 20 ? root : 0;
    }

    /**
     * The Goldstein value of a code in this table.
     *
     * @throws IllegalArgumentException when the code is not in the table
     */
    static double goldstein(String code) {
        Double value = GOLDSTEIN.get(code);
        if (value == null) {
            throw new IllegalArgumentException("CAMEO code " + code + " has no Goldstein value in the table");
        }
        return value;
    }

    /** The codes of the table, for tests. */
    static Map<String, Double> table() {
        return GOLDSTEIN;
    }
}
