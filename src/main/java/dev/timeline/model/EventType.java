package dev.timeline.model;

/**
 * The controlled vocabulary of event types, defined once. Data files, {@code --type} and every output
 * use {@link #id()}; {@link #label()} is for people.
 */
public enum EventType implements Coded {
    MILITARY_EXERCISE("military-exercise", "Military exercise"),
    TROOP_DEPLOYMENT("troop-deployment", "Troop deployment"),
    ARMED_ATTACK("armed-attack", "Armed attack"),
    ASSASSINATION_ATTEMPT("assassination-attempt", "Assassination attempt"),
    EMBASSY_OPENING("embassy-opening", "Embassy opening"),
    EMBASSY_CLOSURE("embassy-closure", "Embassy closure"),
    EXPULSION("expulsion", "Expulsion of diplomats"),
    ARREST("arrest", "Arrest or crackdown"),
    STATEMENT("statement", "Statement"),
    THREAT("threat", "Threat or warning"),
    ACCUSATION("accusation", "Accusation"),
    PHONE_CALL("phone-call", "Phone call"),
    COOPERATION("cooperation", "Cooperation or alignment"),
    WAR("war", "War"),
    POLICY_PERIOD("policy-period", "Policy period");

    private final String id;
    private final String label;

    EventType(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return id;
    }
}
