package dev.timeline.model;

/** What sort of entity an actor is. The JSON spelling is {@link #id()}. */
public enum ActorKind implements Coded {
    STATE("state"),
    GOVERNMENT_BODY("government-body"),
    ARMED_FORCE("armed-force"),
    PERSON("person"),
    ORGANISATION("organisation"),
    GROUP("group");

    private final String id;

    ActorKind(String id) {
        this.id = id;
    }

    /** The spelling used in data files and output, e.g. {@code government-body}. */
    @Override
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
