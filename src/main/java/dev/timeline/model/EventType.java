package dev.timeline.model;

import java.util.Locale;

/**
 * The controlled vocabulary of event types, defined once. Data files, {@code --type} and every output use
 * {@link #id()}; {@link #label()} is for people.
 *
 * <p>Each type also has its place in the conflict/cooperation lens of event-data research: the CAMEO code it
 * corresponds to, and through that code, from the one table in {@link Cameo}, its {@link QuadClass} (by the root, as
 * GDELT codes it) and its Goldstein-scale intensity in [-10, 10] (Goldstein 1992, as GDELT publishes it; negative is
 * conflict, positive cooperation). Where a type spans several CAMEO codes the most typical one is used and named
 * here, so the mapping can be checked and argued with. A type that is not an act has no code and no quad class
 * ({@link QuadClass#NONE}): it is counted apart.
 *
 * <table>
 * <caption>Types, CAMEO codes, quad classes and intensities</caption>
 * <tr><th>type</th><th>CAMEO</th><th>quad</th><th>Goldstein</th></tr>
 * <tr><td>military-exercise</td><td>150 exhibit military posture</td><td>material conflict</td><td>-7.2</td></tr>
 * <tr><td>troop-deployment</td><td>152 increase military alert status</td><td>material conflict</td><td>-7.2</td>
 * </tr>
 * <tr><td>armed-attack</td><td>180 assault</td><td>material conflict</td><td>-9.0</td></tr>
 * <tr><td>assassination-attempt</td><td>186 assassinate</td><td>material conflict</td><td>-10.0</td></tr>
 * <tr><td>embassy-opening</td><td>050 engage in diplomatic cooperation</td><td>verbal cooperation</td>
 * <td>3.5</td></tr>
 * <tr><td>embassy-closure</td><td>161 reduce or break diplomatic relations</td><td>material conflict</td>
 * <td>-4.0</td></tr>
 * <tr><td>expulsion</td><td>166 expel or withdraw</td><td>material conflict</td><td>-7.0</td></tr>
 * <tr><td>arrest</td><td>173 arrest, detain</td><td>material conflict</td><td>-5.0</td></tr>
 * <tr><td>statement</td><td>010 make statement</td><td>verbal cooperation</td><td>0.0</td></tr>
 * <tr><td>threat</td><td>130 threaten</td><td>verbal conflict</td><td>-4.4</td></tr>
 * <tr><td>accusation</td><td>112 accuse</td><td>verbal conflict</td><td>-2.0</td></tr>
 * <tr><td>phone-call</td><td>041 discuss by telephone</td><td>verbal cooperation</td><td>1.0</td></tr>
 * <tr><td>cooperation</td><td>060 engage in material cooperation</td><td>material cooperation</td><td>6.0</td>
 * </tr>
 * <tr><td>war</td><td>190 use conventional military force</td><td>material conflict</td><td>-10.0</td></tr>
 * <tr><td>policy-period</td><td>none: a background period, not an act</td><td>no quad class</td><td>none</td></tr>
 * </table>
 *
 * <p>Big event datasets bring their own vocabularies, kept here beside the curated one so that every input speaks
 * one language (the raw label travels in the event's tags, e.g. {@code acled:Armed clash}, {@code cameo:190}).
 * ACLED's six event types map to the nearest CAMEO code; strategic developments record a change in the situation
 * rather than an act and have no quad class:
 *
 * <table>
 * <caption>ACLED event types</caption>
 * <tr><th>type</th><th>ACLED event_type</th><th>CAMEO</th><th>quad</th><th>Goldstein</th></tr>
 * <tr><td>battles</td><td>Battles</td><td>190 fight</td><td>material conflict</td><td>-10.0</td></tr>
 * <tr><td>explosions-remote-violence</td><td>Explosions/Remote violence</td><td>195 employ aerial weapons</td>
 * <td>material conflict</td><td>-10.0</td></tr>
 * <tr><td>violence-against-civilians</td><td>Violence against civilians</td><td>180 assault</td>
 * <td>material conflict</td><td>-9.0</td></tr>
 * <tr><td>protests</td><td>Protests</td><td>140 protest</td><td>verbal conflict</td><td>-6.5</td></tr>
 * <tr><td>riots</td><td>Riots</td><td>145 protest violently, riot</td><td>verbal conflict</td><td>-7.5</td></tr>
 * <tr><td>strategic-developments</td><td>Strategic developments</td><td>none: a change, not an act</td>
 * <td>no quad class</td><td>none</td></tr>
 * </table>
 *
 * <p>GDELT codes events in CAMEO; its 20 root codes are types {@code cameo-…}, each coded as GDELT codes an event
 * known only to its root ({@code 010} … {@code 200}). A GDELT row carries its own QuadClass and GoldsteinScale
 * (kept in the tags {@code quad:N} and {@code goldstein:X}); those, not the type's, are the event's quad class and
 * intensity ({@link Event#quad()}, {@link Event#intensity()}).
 */
public enum EventType implements Coded {
    MILITARY_EXERCISE("military-exercise", "Military exercise", "150"),
    TROOP_DEPLOYMENT("troop-deployment", "Troop deployment", "152"),
    ARMED_ATTACK("armed-attack", "Armed attack", "180"),
    ASSASSINATION_ATTEMPT("assassination-attempt", "Assassination attempt", "186"),
    EMBASSY_OPENING("embassy-opening", "Embassy opening", "050"),
    EMBASSY_CLOSURE("embassy-closure", "Embassy closure", "161"),
    EXPULSION("expulsion", "Expulsion of diplomats", "166"),
    ARREST("arrest", "Arrest or crackdown", "173"),
    STATEMENT("statement", "Statement", "010"),
    THREAT("threat", "Threat or warning", "130"),
    ACCUSATION("accusation", "Accusation", "112"),
    PHONE_CALL("phone-call", "Phone call", "041"),
    COOPERATION("cooperation", "Cooperation or alignment", "060"),
    WAR("war", "War", "190"),
    POLICY_PERIOD("policy-period", "Policy period", null),

    BATTLES("battles", "Battles", "190"),
    EXPLOSIONS_REMOTE_VIOLENCE("explosions-remote-violence", "Explosions/Remote violence", "195"),
    VIOLENCE_AGAINST_CIVILIANS("violence-against-civilians", "Violence against civilians", "180"),
    PROTESTS("protests", "Protests", "140"),
    RIOTS("riots", "Riots", "145"),
    STRATEGIC_DEVELOPMENTS("strategic-developments", "Strategic developments", null),

    CAMEO_STATEMENT("cameo-statement", "Make public statement", "010"),
    CAMEO_APPEAL("cameo-appeal", "Appeal", "020"),
    CAMEO_INTENT_TO_COOPERATE("cameo-intent-to-cooperate", "Express intent to cooperate", "030"),
    CAMEO_CONSULT("cameo-consult", "Consult", "040"),
    CAMEO_DIPLOMATIC_COOPERATION("cameo-diplomatic-cooperation", "Engage in diplomatic cooperation", "050"),
    CAMEO_MATERIAL_COOPERATION("cameo-material-cooperation", "Engage in material cooperation", "060"),
    CAMEO_AID("cameo-aid", "Provide aid", "070"),
    CAMEO_YIELD("cameo-yield", "Yield", "080"),
    CAMEO_INVESTIGATE("cameo-investigate", "Investigate", "090"),
    CAMEO_DEMAND("cameo-demand", "Demand", "100"),
    CAMEO_DISAPPROVE("cameo-disapprove", "Disapprove", "110"),
    CAMEO_REJECT("cameo-reject", "Reject", "120"),
    CAMEO_THREATEN("cameo-threaten", "Threaten", "130"),
    CAMEO_PROTEST("cameo-protest", "Protest", "140"),
    CAMEO_FORCE_POSTURE("cameo-force-posture", "Exhibit force posture", "150"),
    CAMEO_REDUCE_RELATIONS("cameo-reduce-relations", "Reduce relations", "160"),
    CAMEO_COERCE("cameo-coerce", "Coerce", "170"),
    CAMEO_ASSAULT("cameo-assault", "Assault", "180"),
    CAMEO_FIGHT("cameo-fight", "Fight", "190"),
    CAMEO_MASS_VIOLENCE("cameo-mass-violence", "Use unconventional mass violence", "200");

    private static final EventType[] CAMEO_ROOTS = {CAMEO_STATEMENT, CAMEO_APPEAL, CAMEO_INTENT_TO_COOPERATE,
        CAMEO_CONSULT, CAMEO_DIPLOMATIC_COOPERATION, CAMEO_MATERIAL_COOPERATION, CAMEO_AID, CAMEO_YIELD,
        CAMEO_INVESTIGATE, CAMEO_DEMAND, CAMEO_DISAPPROVE, CAMEO_REJECT, CAMEO_THREATEN, CAMEO_PROTEST,
        CAMEO_FORCE_POSTURE, CAMEO_REDUCE_RELATIONS, CAMEO_COERCE, CAMEO_ASSAULT, CAMEO_FIGHT, CAMEO_MASS_VIOLENCE};

    private final String id;
    private final String label;
    private final String cameo;
    private final QuadClass quad;
    private final double intensity;

    EventType(String id, String label, String cameo) {
        this.id = id;
        this.label = label;
        this.cameo = cameo;
        this.quad = cameo == null ? QuadClass.NONE : Cameo.quadOf(cameo);
        this.intensity = cameo == null ? 0.0 : Cameo.goldstein(cameo);
    }

    @Override
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The CAMEO event code this type corresponds to, or null for a type that is not an act. */
    public String cameo() {
        return cameo;
    }

    /** The CAMEO quad class of {@link #cameo()}, or {@link QuadClass#NONE} when it has none. */
    public QuadClass quad() {
        return quad;
    }

    /** Goldstein-scale intensity of {@link #cameo()}, in [-10, 10]; 0 when it has none. */
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
        int root = Cameo.root(code);
        return root == 0 ? null : CAMEO_ROOTS[root - 1];
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
