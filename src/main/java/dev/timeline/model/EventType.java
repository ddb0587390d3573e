package dev.timeline.model;

/**
 * The controlled vocabulary of event types, defined once. Data files, {@code --type} and every output use
 * {@link #id()}; {@link #label()} is for people.
 *
 * <p>Each type also has its place in the conflict/cooperation lens of event-data research: the CAMEO root code
 * it corresponds to, that code's {@link QuadClass}, and a Goldstein-scale intensity in [-10, 10] (Goldstein 1992,
 * as published with CAMEO; negative is conflict, positive cooperation). Where a type spans several CAMEO codes
 * the most typical one is used and named here, so the mapping can be checked and argued with:
 *
 * <table>
 * <caption>Types, CAMEO codes, quad classes and intensities</caption>
 * <tr><th>type</th><th>CAMEO</th><th>quad</th><th>Goldstein</th></tr>
 * <tr><td>military-exercise</td><td>15 exhibit military posture</td><td>material conflict</td><td>-7.2</td></tr>
 * <tr><td>troop-deployment</td><td>152 increase military alert status</td><td>material conflict</td><td>-7.2</td>
 * </tr>
 * <tr><td>armed-attack</td><td>18 assault</td><td>material conflict</td><td>-9.0</td></tr>
 * <tr><td>assassination-attempt</td><td>186 assassinate</td><td>material conflict</td><td>-10.0</td></tr>
 * <tr><td>embassy-opening</td><td>05 engage in diplomatic cooperation</td><td>material cooperation</td>
 * <td>3.5</td></tr>
 * <tr><td>embassy-closure</td><td>161 reduce or break diplomatic relations</td><td>material conflict</td>
 * <td>-4.0</td></tr>
 * <tr><td>expulsion</td><td>166 expel or withdraw</td><td>material conflict</td><td>-5.0</td></tr>
 * <tr><td>arrest</td><td>173 arrest, detain</td><td>material conflict</td><td>-5.0</td></tr>
 * <tr><td>statement</td><td>01 make public statement</td><td>verbal cooperation</td><td>0.0</td></tr>
 * <tr><td>threat</td><td>13 threaten</td><td>verbal conflict</td><td>-4.4</td></tr>
 * <tr><td>accusation</td><td>112 accuse</td><td>verbal conflict</td><td>-2.0</td></tr>
 * <tr><td>phone-call</td><td>041 discuss by telephone</td><td>verbal cooperation</td><td>1.0</td></tr>
 * <tr><td>cooperation</td><td>06 engage in material cooperation</td><td>material cooperation</td><td>6.0</td></tr>
 * <tr><td>war</td><td>19 fight</td><td>material conflict</td><td>-10.0</td></tr>
 * <tr><td>policy-period</td><td>01 make public statement (a stance, not an act)</td><td>verbal cooperation</td>
 * <td>0.0</td></tr>
 * </table>
 */
public enum EventType implements Coded {
    MILITARY_EXERCISE("military-exercise", "Military exercise", "15", QuadClass.MATERIAL_CONFLICT, -7.2),
    TROOP_DEPLOYMENT("troop-deployment", "Troop deployment", "152", QuadClass.MATERIAL_CONFLICT, -7.2),
    ARMED_ATTACK("armed-attack", "Armed attack", "18", QuadClass.MATERIAL_CONFLICT, -9.0),
    ASSASSINATION_ATTEMPT("assassination-attempt", "Assassination attempt", "186", QuadClass.MATERIAL_CONFLICT,
            -10.0),
    EMBASSY_OPENING("embassy-opening", "Embassy opening", "05", QuadClass.MATERIAL_COOPERATION, 3.5),
    EMBASSY_CLOSURE("embassy-closure", "Embassy closure", "161", QuadClass.MATERIAL_CONFLICT, -4.0),
    EXPULSION("expulsion", "Expulsion of diplomats", "166", QuadClass.MATERIAL_CONFLICT, -5.0),
    ARREST("arrest", "Arrest or crackdown", "173", QuadClass.MATERIAL_CONFLICT, -5.0),
    STATEMENT("statement", "Statement", "01", QuadClass.VERBAL_COOPERATION, 0.0),
    THREAT("threat", "Threat or warning", "13", QuadClass.VERBAL_CONFLICT, -4.4),
    ACCUSATION("accusation", "Accusation", "112", QuadClass.VERBAL_CONFLICT, -2.0),
    PHONE_CALL("phone-call", "Phone call", "041", QuadClass.VERBAL_COOPERATION, 1.0),
    COOPERATION("cooperation", "Cooperation or alignment", "06", QuadClass.MATERIAL_COOPERATION, 6.0),
    WAR("war", "War", "19", QuadClass.MATERIAL_CONFLICT, -10.0),
    POLICY_PERIOD("policy-period", "Policy period", "01", QuadClass.VERBAL_COOPERATION, 0.0);

    private final String id;
    private final String label;
    private final String cameo;
    private final QuadClass quad;
    private final double intensity;

    EventType(String id, String label, String cameo, QuadClass quad, double intensity) {
        this.id = id;
        this.label = label;
        this.cameo = cameo;
        this.quad = quad;
        this.intensity = intensity;
    }

    @Override
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The CAMEO event code this type corresponds to. */
    public String cameo() {
        return cameo;
    }

    /** The CAMEO quad class of {@link #cameo()}. */
    public QuadClass quad() {
        return quad;
    }

    /** Goldstein-scale intensity of {@link #cameo()}, in [-10, 10]. */
    public double intensity() {
        return intensity;
    }

    @Override
    public String toString() {
        return id;
    }
}
