package dev.timeline.model;

import java.util.Locale;

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
 *
 * <p>Big event datasets bring their own vocabularies, kept here beside the curated one so that every input speaks
 * one language (the raw label travels in the event's tags, e.g. {@code acled:Armed clash}, {@code cameo:190}).
 * ACLED's six event types map to the nearest CAMEO root (ACLED codes conflict, so their quad is a conflict class
 * except for strategic developments, which record a change in the situation rather than an act):
 *
 * <table>
 * <caption>ACLED event types</caption>
 * <tr><th>type</th><th>ACLED event_type</th><th>CAMEO</th><th>quad</th><th>Goldstein</th></tr>
 * <tr><td>battles</td><td>Battles</td><td>19 fight</td><td>material conflict</td><td>-10.0</td></tr>
 * <tr><td>explosions-remote-violence</td><td>Explosions/Remote violence</td><td>195 employ aerial weapons</td>
 * <td>material conflict</td><td>-10.0</td></tr>
 * <tr><td>violence-against-civilians</td><td>Violence against civilians</td><td>18 assault</td>
 * <td>material conflict</td><td>-9.0</td></tr>
 * <tr><td>protests</td><td>Protests</td><td>14 protest</td><td>verbal conflict</td><td>-6.5</td></tr>
 * <tr><td>riots</td><td>Riots</td><td>145 protest violently, riot</td><td>verbal conflict</td><td>-7.5</td></tr>
 * <tr><td>strategic-developments</td><td>Strategic developments</td><td>01 make public statement (a change, not an
 * act)</td><td>verbal cooperation</td><td>0.0</td></tr>
 * </table>
 *
 * <p>GDELT codes events in CAMEO; its 20 root codes are types {@code cameo-…} with the root's quad class and
 * Goldstein value as GDELT's lookup tables give them (the full code and the row's own GoldsteinScale are kept in
 * the tags): 01 cameo-statement 0.0, 02 cameo-appeal 3.0, 03 cameo-intent-to-cooperate 4.0, 04 cameo-consult 1.0
 * (verbal cooperation); 05 cameo-diplomatic-cooperation 3.5, 06 cameo-material-cooperation 6.0, 07 cameo-aid 7.0,
 * 08 cameo-yield 5.0 (material cooperation); 09 cameo-investigate -2.0, 10 cameo-demand -5.0, 11 cameo-disapprove
 * -2.0, 12 cameo-reject -4.0, 13 cameo-threaten -6.0, 14 cameo-protest -6.5 (verbal conflict); 15
 * cameo-force-posture -7.2, 16 cameo-reduce-relations -4.0, 17 cameo-coerce -7.0, 18 cameo-assault -9.0, 19
 * cameo-fight -10.0, 20 cameo-mass-violence -10.0 (material conflict).
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
    POLICY_PERIOD("policy-period", "Policy period", "01", QuadClass.VERBAL_COOPERATION, 0.0),

    BATTLES("battles", "Battles", "19", QuadClass.MATERIAL_CONFLICT, -10.0),
    EXPLOSIONS_REMOTE_VIOLENCE("explosions-remote-violence", "Explosions/Remote violence", "195",
            QuadClass.MATERIAL_CONFLICT, -10.0),
    VIOLENCE_AGAINST_CIVILIANS("violence-against-civilians", "Violence against civilians", "18",
            QuadClass.MATERIAL_CONFLICT, -9.0),
    PROTESTS("protests", "Protests", "14", QuadClass.VERBAL_CONFLICT, -6.5),
    RIOTS("riots", "Riots", "145", QuadClass.VERBAL_CONFLICT, -7.5),
    STRATEGIC_DEVELOPMENTS("strategic-developments", "Strategic developments", "01", QuadClass.VERBAL_COOPERATION,
            0.0),

    CAMEO_STATEMENT("cameo-statement", "Make public statement", "01", QuadClass.VERBAL_COOPERATION, 0.0),
    CAMEO_APPEAL("cameo-appeal", "Appeal", "02", QuadClass.VERBAL_COOPERATION, 3.0),
    CAMEO_INTENT_TO_COOPERATE("cameo-intent-to-cooperate", "Express intent to cooperate", "03",
            QuadClass.VERBAL_COOPERATION, 4.0),
    CAMEO_CONSULT("cameo-consult", "Consult", "04", QuadClass.VERBAL_COOPERATION, 1.0),
    CAMEO_DIPLOMATIC_COOPERATION("cameo-diplomatic-cooperation", "Engage in diplomatic cooperation", "05",
            QuadClass.MATERIAL_COOPERATION, 3.5),
    CAMEO_MATERIAL_COOPERATION("cameo-material-cooperation", "Engage in material cooperation", "06",
            QuadClass.MATERIAL_COOPERATION, 6.0),
    CAMEO_AID("cameo-aid", "Provide aid", "07", QuadClass.MATERIAL_COOPERATION, 7.0),
    CAMEO_YIELD("cameo-yield", "Yield", "08", QuadClass.MATERIAL_COOPERATION, 5.0),
    CAMEO_INVESTIGATE("cameo-investigate", "Investigate", "09", QuadClass.VERBAL_CONFLICT, -2.0),
    CAMEO_DEMAND("cameo-demand", "Demand", "10", QuadClass.VERBAL_CONFLICT, -5.0),
    CAMEO_DISAPPROVE("cameo-disapprove", "Disapprove", "11", QuadClass.VERBAL_CONFLICT, -2.0),
    CAMEO_REJECT("cameo-reject", "Reject", "12", QuadClass.VERBAL_CONFLICT, -4.0),
    CAMEO_THREATEN("cameo-threaten", "Threaten", "13", QuadClass.VERBAL_CONFLICT, -6.0),
    CAMEO_PROTEST("cameo-protest", "Protest", "14", QuadClass.VERBAL_CONFLICT, -6.5),
    CAMEO_FORCE_POSTURE("cameo-force-posture", "Exhibit force posture", "15", QuadClass.MATERIAL_CONFLICT, -7.2),
    CAMEO_REDUCE_RELATIONS("cameo-reduce-relations", "Reduce relations", "16", QuadClass.MATERIAL_CONFLICT, -4.0),
    CAMEO_COERCE("cameo-coerce", "Coerce", "17", QuadClass.MATERIAL_CONFLICT, -7.0),
    CAMEO_ASSAULT("cameo-assault", "Assault", "18", QuadClass.MATERIAL_CONFLICT, -9.0),
    CAMEO_FIGHT("cameo-fight", "Fight", "19", QuadClass.MATERIAL_CONFLICT, -10.0),
    CAMEO_MASS_VIOLENCE("cameo-mass-violence", "Use unconventional mass violence", "20", QuadClass.MATERIAL_CONFLICT,
            -10.0);

    private static final EventType[] CAMEO_ROOTS = {CAMEO_STATEMENT, CAMEO_APPEAL, CAMEO_INTENT_TO_COOPERATE,
        CAMEO_CONSULT, CAMEO_DIPLOMATIC_COOPERATION, CAMEO_MATERIAL_COOPERATION, CAMEO_AID, CAMEO_YIELD,
        CAMEO_INVESTIGATE, CAMEO_DEMAND, CAMEO_DISAPPROVE, CAMEO_REJECT, CAMEO_THREATEN, CAMEO_PROTEST,
        CAMEO_FORCE_POSTURE, CAMEO_REDUCE_RELATIONS, CAMEO_COERCE, CAMEO_ASSAULT, CAMEO_FIGHT, CAMEO_MASS_VIOLENCE};

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

    /**
     * The {@code cameo-…} type of a CAMEO event code ({@code "190"}, {@code "0211"}): its root is the first two
     * digits.
     *
     * @return the type, or null when the code does not start with a root 01–20
     */
    public static EventType ofCameo(String code) {
        if (code == null || code.length() < 2 || !Character.isDigit(code.charAt(0))
                || !Character.isDigit(code.charAt(1))) {
            return null;
        }
        int root = (code.charAt(0) - '0') * 10 + code.charAt(1) - '0';
        return root >= 1 && root <= 20 ? CAMEO_ROOTS[root - 1] : null;
    }

    /**
     * The type of an ACLED {@code event_type} ("Battles", "Explosions/Remote violence", ...), ignoring case.
     *
     * @return the type, or null when ACLED has no such event type
     */
    public static EventType ofAcled(String eventType) {
        return switch (eventType.strip().toLowerCase(Locale.ROOT)) {
            case "battles", "battle" -> BATTLES;
            case "explosions/remote violence", "remote violence" -> EXPLOSIONS_REMOTE_VIOLENCE;
            case "violence against civilians" -> VIOLENCE_AGAINST_CIVILIANS;
            case "protests", "protest" -> PROTESTS;
            case "riots", "riots/protests" -> RIOTS;
            case "strategic developments", "non-violent activity", "headquarters or base established",
                    "non-violent transfer of territory" -> STRATEGIC_DEVELOPMENTS;
            case "battle-no change of territory", "battle-government regains territory",
                    "battle-non-state actor overtakes territory" -> BATTLES;
            default -> null;
        };
    }

    @Override
    public String toString() {
        return id;
    }
}
