package dev.timeline.query;

import dev.timeline.io.DataException;
import dev.timeline.io.Problem;
import dev.timeline.model.Actor;
import dev.timeline.model.ActorKind;
import dev.timeline.model.Countries;
import dev.timeline.model.Names;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Links the actors of several datasets read together (issue #15): an actor crosswalk ({@code --actor-map FILE}:
 * rows of dataset, name or pattern, actor id) and the country rule (an actor tied to a country, by its country code
 * or by its name as ACLED writes it, is part of that country's state actor in every other dataset). Commands resolve the names people type in each dataset and widen the result with {@link #linked}, so
 * that {@code --actor}, {@code --with} and {@code --role} mean the same thing whatever the dataset.
 *
 * <p>The links, all of them between actors of <em>different</em> datasets or through a crosswalk rule:
 * <ul>
 * <li><b>Crosswalk.</b> A {@link Rule} says that the actors of a dataset ({@code *}: any) whose id, name or alias is
 * {@code name} (compared after {@link Names#normalize}), or whose name {@code pattern} finds (ignoring case), stand for
 * the actor whose id is {@code actor}. The rule names its target by id alone, so every actor of that id, in whichever
 * dataset has one, is the target. Two actors are linked by the crosswalk when they stand for the same target or one
 * is the target of a rule the other matches: the links go both ways.
 * <li><b>Country rule.</b> An actor is <em>tied</em> to a country by its {@code country} code, else (a state) by its
 * name as a country name, else by its name as ACLED writes it ({@link Countries#ofActorName}: "Military Forces of Iran
 * (2021-)", "Protesters (Iran)"). A state of country C in one dataset covers every actor tied to C in every
 * <em>other</em> dataset, as {@link ActorResolver#coveringCountries} does within one: selecting the curated
 * {@code iran} selects ACLED's "Protesters (Iran)", but not the other way round. Within one dataset its own
 * {@code partOf} and resolver decide: the country rule adds nothing to what a dataset's own state selects there.
 * A curated actor's {@code country} ties it too, so GDELT's state of Azerbaijan covers a curated group with country
 * {@code AZE} that the curated {@code azerbaijan} does not have as a part: with a GDELT file read, {@code --actor
 * Azerbaijan} selects it in the curated dataset as well.
 * </ul>
 *
 * <p>Neither link reaches further: {@link #linked} gives the linked actors themselves, not what is part of them
 * (ACLED and GDELT actors have no parts; a curated target's parts are the curated resolver's to add, where a caller
 * wants them). Immutable and safe to share between threads.
 */
public final class ActorLinks {

    /** No crosswalk: the country rule alone. */
    public static final ActorLinks NONE = new ActorLinks("no actor map", List.of());

    /** What a crosswalk row looks like, for messages. */
    static final String EXAMPLE = "'acled,Military Forces of Iran (2021-),iran'";

    private final String source;
    private final List<Rule> rules;
    /** {@link Names#normalize normalised} name to the name rules for it, in file order. */
    private final Map<String, List<Rule>> byName = new HashMap<>();
    private final List<Rule> patterns = new ArrayList<>();
    private final Set<String> targets = new HashSet<>();

    private ActorLinks(String source, List<Rule> rules) {
        this.source = source;
        this.rules = List.copyOf(rules);
        for (Rule rule : this.rules) {
            if (rule.name() != null) {
                byName.computeIfAbsent(rule.name(), k -> new ArrayList<>()).add(rule);
            } else {
                patterns.add(rule);
            }
            targets.add(rule.actor());
        }
    }

    /**
     * One crosswalk row: the actors of {@code dataset} (null: of any dataset) that {@code name} or {@code pattern}
     * matches stand for the actor whose id is {@code actor}.
     *
     * @param dataset the dataset's name as timeline names it (compared ignoring case), or null for every dataset
     * @param name    a name in {@link Names#normalize normalised} form, matched against an actor's id, name and
     *                aliases; null when {@code pattern} is given
     * @param pattern a regular expression found (case-insensitively) in an actor's name; null when {@code name} is
     * @param actor   the id of the actor the matched ones stand for
     * @param line    the line of the crosswalk file it was read from, 0 when not from a file
     */
    public record Rule(String dataset, String name, Pattern pattern, String actor, int line) {

        /** {@code name} is normalised here and a {@code dataset} of {@code *} or blank made null. */
        public Rule {
            Objects.requireNonNull(actor, "actor");
            dataset = anyIfWildcard(dataset);
            name = name == null ? null : Names.normalize(name);
            if ((name == null) == (pattern == null)) {
                throw new IllegalArgumentException("a rule has a name or a pattern, not both nor neither");
            }
        }

        /** Actors of {@code dataset} ({@code *}, empty or null: any) named {@code name} stand for {@code actor}. */
        public static Rule named(String dataset, String name, String actor) {
            return new Rule(dataset, name, null, actor, 0);
        }

        /**
         * Actors of {@code dataset} ({@code *}, empty or null: any) whose name {@code regex} finds stand for
         * {@code actor}.
         *
         * @throws java.util.regex.PatternSyntaxException when {@code regex} is not a Java regular expression
         */
        public static Rule matching(String dataset, String regex, String actor) {
            return new Rule(dataset, null, compile(regex), actor, 0);
        }

        private static String anyIfWildcard(String dataset) {
            return dataset == null || dataset.isBlank() || dataset.strip().equals("*") ? null : dataset.strip();
        }

        static Pattern compile(String regex) {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }

        /** Whether this rule is about {@code dataset} (null: a dataset not known, which every rule may be about). */
        boolean about(String dataset) {
            return this.dataset == null || dataset == null || this.dataset.equalsIgnoreCase(dataset);
        }

        @Override
        public boolean equals(Object o) {
            // Pattern has identity equality: rules compare by the regex's text
            return o instanceof Rule r && Objects.equals(dataset, r.dataset) && Objects.equals(name, r.name)
                    && Objects.equals(regex(), r.regex()) && actor.equals(r.actor) && line == r.line;
        }

        @Override
        public int hashCode() {
            return Objects.hash(dataset, name, regex(), actor, line);
        }

        private String regex() {
            return pattern == null ? null : pattern.pattern();
        }
    }

    /** The crosswalk of {@code rules} (for tests and callers that build rules themselves), named {@code source}. */
    public static ActorLinks of(String source, List<Rule> rules) {
        return new ActorLinks(source, rules);
    }

    /**
     * Reads a crosswalk, told apart by content: a JSON array of objects with the fields {@code dataset} (optional),
     * {@code name} or {@code pattern}, and {@code actor}; else CSV (RFC 4180, UTF-8, a byte order mark allowed) with a
     * header naming the columns {@code dataset} (optional), {@code name} and/or {@code pattern}, and {@code actor}.
     * A {@code dataset} of {@code *}, empty or absent means every dataset. Cells are trimmed. Whether each
     * {@code actor} is an actor of a dataset read is the caller's to check, with {@link #checkTargets}.
     *
     * @throws DataException naming the file and line of a bad row (and what a row looks like), an invalid regular
     *     expression, a file with no rows, a file that cannot be read
     */
    public static ActorLinks read(Path file) {
        return new ActorLinks(file.toString(), ActorMapFile.read(file));
    }

    /** As {@link #read(Path)}, for the text of {@code in} (BOM allowed), named {@code name} in messages. */
    public static ActorLinks read(Reader in, String name) {
        return new ActorLinks(name, ActorMapFile.read(in, name));
    }

    /** The rules, in file order. */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * The ids the rules link to that are not in {@code knownIds} (the ids of every actor of every dataset read), in
     * file order, each once.
     */
    public List<String> unknownTargets(Collection<String> knownIds) {
        Set<String> known = knownIds instanceof Set<String> set ? set : new HashSet<>(knownIds);
        Set<String> unknown = new LinkedHashSet<>();
        for (Rule rule : rules) {
            if (!known.contains(rule.actor())) {
                unknown.add(rule.actor());
            }
        }
        return List.copyOf(unknown);
    }

    /**
     * Refuses a crosswalk that links to an actor no dataset read has (a typo would otherwise link nothing, silently).
     *
     * @throws DataException naming the file and line of the first such rule, with the nearest known ids
     */
    public void checkTargets(Collection<String> knownIds) {
        List<String> unknown = unknownTargets(knownIds);
        if (unknown.isEmpty()) {
            return;
        }
        String id = unknown.get(0);
        int line = rules.stream().filter(r -> r.actor().equals(id)).mapToInt(Rule::line).findFirst().orElse(0);
        List<String> near = Names.nearest(id, knownIds, 3);
        String hint = near.isEmpty() ? "" : " (did you mean '" + String.join("' or '", near) + "'?)";
        throw new DataException(List.of(new Problem(source, line, 0, "actor '" + id + "' is no actor of the datasets"
                + " read" + hint + "; expected the id of an actor, as in " + EXAMPLE)));
    }

    /**
     * The ids of the actors of the member dataset {@code dataset} (its {@code actors}) that stand for one of
     * {@code selected} (actors of any dataset read, {@code partOf} already expanded): by a crosswalk rule, in either
     * direction, or by the country rule.
     *
     * <p>The actors of {@code selected} do not say which dataset they come from. This method takes an actor equal to
     * one of {@code actors} to be of {@code dataset} (so the country rule does not apply to it) and any other to be of
     * some other dataset, matched by the rules of every dataset; {@link #linked(String, Collection, Map)}, told each
     * actor's dataset, applies only the rules of that dataset, and should be preferred where the caller knows it.
     *
     * @return ids of {@code actors} in their order, each once; empty when none is linked
     */
    public Set<String> linked(String dataset, Collection<Actor> actors, Collection<Actor> selected) {
        Set<Actor> own = null;
        Wanted wanted = new Wanted();
        for (Actor actor : selected) {
            wanted.addLinks(null, actor);
            if (tiedState(actor) != null) {
                if (own == null) {
                    own = new HashSet<>(actors);
                }
                if (!own.contains(actor)) {
                    wanted.states.add(tiedState(actor));
                }
            }
        }
        return wanted.select(dataset, actors);
    }

    /**
     * As {@link #linked(String, Collection, Collection)}, told the dataset of each selected actor ({@code selected}:
     * dataset name to its selected actors): a rule links a selected actor only when it is about that actor's dataset,
     * and the country rule applies to the selected states of datasets other than {@code dataset}.
     *
     * @return ids of {@code actors} in their order, each once; empty when none is linked
     */
    public Set<String> linked(String dataset, Collection<Actor> actors,
            Map<String, ? extends Collection<Actor>> selected) {
        Wanted wanted = new Wanted();
        selected.forEach((from, chosen) -> {
            for (Actor actor : chosen) {
                wanted.addLinks(from, actor);
                String state = tiedState(actor);
                if (state != null && !from.equals(dataset)) {
                    wanted.states.add(state);
                }
            }
        });
        return wanted.select(dataset, actors);
    }

    /** What a selection links to: crosswalk target ids, and the countries of its states. */
    private final class Wanted {
        final Set<String> targetIds = new HashSet<>();
        final Set<String> states = new HashSet<>();

        void addLinks(String dataset, Actor actor) {
            targetIds.addAll(targetsOf(dataset, actor));
            if (targets.contains(actor.id())) {
                targetIds.add(actor.id());
            }
        }

        Set<String> select(String dataset, Collection<Actor> actors) {
            Set<String> out = new LinkedHashSet<>();
            if (targetIds.isEmpty() && states.isEmpty()) {
                return out;
            }
            for (Actor actor : actors) {
                if (targetIds.contains(actor.id())
                        || !states.isEmpty() && states.contains(tie(actor))
                        || !targetIds.isEmpty() && targetsOf(dataset, actor).stream().anyMatch(targetIds::contains)) {
                    out.add(actor.id());
                }
            }
            return out;
        }
    }

    /**
     * The keys an actor of {@code dataset} is linked by, for telling whether two records of different datasets share
     * an actor after linking; two actors share a key when they are the same actor, when the crosswalk links them, or
     * when both are tied to the same country (both are part of that state, or one is the state):
     * <ul>
     * <li>{@code id:DATASET/ID}: itself;
     * <li>{@code actor:ID} for the id of each rule target it stands for, and for its own id when it is a rule target
     * (rules name targets by id alone, whatever their dataset);
     * <li>{@code country:ISO3} for a state or an actor tied to one (see the class comment).
     * </ul>
     * Keys do not follow {@code partOf}: a caller comparing curated records adds the keys of the actors' wholes.
     *
     * @return the keys, itself first
     */
    public Set<String> keys(String dataset, Actor actor) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add("id:" + dataset + "/" + actor.id());
        for (String target : targetsOf(dataset, actor)) {
            keys.add("actor:" + target);
        }
        if (targets.contains(actor.id())) {
            keys.add("actor:" + actor.id());
        }
        String country = tie(actor);
        if (country != null) {
            keys.add("country:" + country);
        }
        return keys;
    }

    /**
     * The names {@code actor} of {@code dataset} is known by in each other dataset ({@code members}: dataset name to
     * its actors), for {@code actors}: the actors of each other dataset that {@link #linked selecting} {@code actor}
     * selects there (by the crosswalk either way; by the country rule when it is a state). Dataset name to their
     * names, in the members' order and each once; datasets without one left out; empty when there is none.
     */
    public Map<String, List<String>> knownAs(String dataset, Actor actor, Map<String, Collection<Actor>> members) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Map<String, List<Actor>> selected = Map.of(dataset, List.of(actor));
        members.forEach((other, actors) -> {
            if (other.equals(dataset)) {
                return;
            }
            Set<String> ids = linked(other, actors, selected);
            if (ids.isEmpty()) {
                return;
            }
            Set<String> names = new LinkedHashSet<>();
            for (Actor member : actors) {
                if (ids.contains(member.id())) {
                    names.add(member.name());
                }
            }
            out.put(other, List.copyOf(names));
        });
        return out;
    }

    /** The ids of the rule targets {@code actor} of {@code dataset} (null: any dataset) stands for, in rule order. */
    private Set<String> targetsOf(String dataset, Actor actor) {
        if (rules.isEmpty()) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        if (!byName.isEmpty()) {
            addNamed(dataset, actor.id(), out);
            addNamed(dataset, actor.name(), out);
            for (String alias : actor.aliases()) {
                addNamed(dataset, alias, out);
            }
        }
        for (Rule rule : patterns) {
            if (rule.about(dataset) && rule.pattern().matcher(actor.name()).find()) {
                out.add(rule.actor());
            }
        }
        return out;
    }

    private void addNamed(String dataset, String name, Set<String> out) {
        for (Rule rule : byName.getOrDefault(Names.normalize(name), List.of())) {
            if (rule.about(dataset)) {
                out.add(rule.actor());
            }
        }
    }

    /**
     * The country {@code actor} is tied to: its {@code country} code; else for a state its name as a country's
     * ("Iran"); else its name as ACLED writes it ("Military Forces of Iran (2021-)", "Protesters (Iran)"); or null.
     */
    static String tie(Actor actor) {
        if (actor.country() != null) {
            return actor.country();
        }
        if (actor.kind() == ActorKind.STATE) {
            String code = Countries.ofName(actor.name());
            if (code != null) {
                return code;
            }
        }
        return Countries.ofActorName(actor.name());
    }

    /** The country of a state actor, or null when {@code actor} is no state or tied to no country. */
    private static String tiedState(Actor actor) {
        return actor.kind() == ActorKind.STATE ? tie(actor) : null;
    }

    @Override
    public String toString() {
        return "ActorLinks[" + source + ", " + rules.size() + " rules]";
    }
}
