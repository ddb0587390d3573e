package dev.timeline.model;

/** The part an actor plays in an event. The JSON spelling is {@link #id()}. */
public enum Role implements Coded {
    /** Did it: the party that acted. */
    INITIATOR("initiator"),
    /** Had it done to them. */
    TARGET("target"),
    /** Took part on an equal footing (talks, phone calls, joint exercises). */
    PARTICIPANT("participant"),
    /** Named in the event without acting in it. */
    MENTIONED("mentioned");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
