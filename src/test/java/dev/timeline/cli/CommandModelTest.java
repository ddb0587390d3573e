package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ITypeInfo;
import picocli.CommandLine.Model.ParserSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Range;
import picocli.CommandLine.Spec;

/**
 * The command models the build generated ({@code GeneratedCommandModel}, from {@link CommandModelSource}) are the
 * models picocli's reflection builds from the annotations: every attribute picocli's model answers (a dump of all
 * its public getters), the help each prints, and what it injects into the commands' fields.
 */
class CommandModelTest {

    /** Getters that are not the model's attributes, or that the dump shows another way. */
    private static final Set<String> SKIPPED = Set.of("getClass", "hashCode", "toString", "commandLine", "userObject",
            "parent", "root", "getter", "setter", "scope", "messages", "resourceBundle", "helpFactory", "sectionMap",
            "args", "requiredArgs", "optionsMap", "negatedOptionsMap", "posixOptionsMap", "specElements",
            "parentCommandElements", "mixinAnnotatedElements", "unmatchedArgsBindings", "command", "group",
            "argSpec", "interpolateVariables", "addMethodSubcommands", "validate", "toBuilder",
            // the type's generic arguments as the field declares them: picocli 4.7 reads them only to check an
            // @Unmatched field while building by reflection; the generated model gives none
            "getActualGenericTypeArguments", "originalArgs", "typedValues", "rawStringValues", "stringValues",
            "originalStringValues", "getValue", "resetOriginalStringValues", "annotatedElement");

    static Stream<String> commands() {
        return CommandModels.names().stream();
    }

    @Test
    void theBuildGeneratedTheModel() {
        assertThat(CommandModels.GENERATED).as("GeneratedCommandModel on the class path (mvn process-classes)")
                .isNotNull();
        assertThat(CommandModels.names()).containsExactlyElementsOf(CommandModels.Registry.COMMANDS.keySet());
        // the commands it leaves to reflection, and why, are known: a new one is a decision, not an accident
        CommandModelSource source = new CommandModelSource();
        source.source();
        assertThat(source.skipped()).containsOnlyKeys("edit", "help");
        assertThat(CommandModels.GENERATED.spec("list", CommandModels.GENERATED.create("list"))).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void sameModelAsReflection(String name) {
        CommandLine reflective = tree(name, false);
        CommandLine generated = tree(name, true);
        assertThat(diff(dump(reflective.getCommandSpec()).lines().toList(),
                dump(generated.getCommandSpec()).lines().toList())).isEmpty();
        assertThat(diff(injected(reflective), injected(generated))).isEmpty();
        assertThat(usage(generated, name)).isEqualTo(usage(reflective, name));
    }

    @Test
    void sameRootModelWithEveryCommand() {
        CommandLine reflective = tree(null, false);
        CommandLine generated = tree(null, true);
        assertThat(diff(dump(reflective.getCommandSpec()).lines().toList(),
                dump(generated.getCommandSpec()).lines().toList())).isEmpty();
        assertThat(diff(injected(reflective), injected(generated))).isEmpty();
        assertThat(usage(generated, null)).isEqualTo(usage(reflective, null));
    }

    @Test
    void theDumpSeesADifference() {
        // the comparison can fail: one changed description shows
        CommandLine a = tree("list", true);
        CommandLine b = tree("list", true);
        String before = dump(b.getCommandSpec());
        b.getSubcommands().get("list").getCommandSpec().usageMessage().header("changed");
        assertThat(dump(a.getCommandSpec())).isEqualTo(before);
        assertThat(dump(b.getCommandSpec())).isNotEqualTo(before);
    }

    /** The lines of {@code expected} missing from {@code actual} ("-") and those it has in excess ("+"), in order. */
    static List<String> diff(List<String> expected, List<String> actual) {
        List<String> out = new ArrayList<>();
        if (expected.equals(actual)) {
            return out;
        }
        List<String> extra = new ArrayList<>(actual);
        for (String line : expected) {
            if (!extra.remove(line)) {
                out.add("- " + line);
            }
        }
        extra.forEach(line -> out.add("+ " + line));
        if (out.isEmpty()) {
            out.add("same lines in another order");
        }
        return out;
    }

    /** The root with subcommand {@code name} (null: all), from the generated model or by reflection. */
    private static CommandLine tree(String name, boolean generated) {
        TimelineCommand root = new TimelineCommand(Map.of(), null);
        CommandLine cmd = new CommandLine(generated ? CommandModels.root(root) : root);
        for (String each : CommandModels.names()) {
            if (name == null || name.equals(each)) {
                cmd.addSubcommand(each, generated ? CommandModels.command(each)
                        : CommandModels.Registry.COMMANDS.get(each).get());
            }
        }
        Converters.registerAll(cmd);
        OutputOptions.describeFormats(cmd);
        return cmd;
    }

    private static String usage(CommandLine root, String name) {
        CommandLine cmd = name == null ? root : root.getSubcommands().get(name);
        StringWriter out = new StringWriter();
        cmd.usage(new PrintWriter(out), CommandLine.Help.Ansi.OFF);
        for (CommandLine sub : cmd.getSubcommands().values()) {
            sub.usage(new PrintWriter(out), CommandLine.Help.Ansi.OFF);
        }
        return out.toString();
    }

    // --- the dump ---------------------------------------------------------------------------------------------

    static String dump(CommandSpec spec) {
        StringBuilder out = new StringBuilder();
        dump("", spec, out);
        return out.toString();
    }

    private static void dump(String path, Object model, StringBuilder out) {
        List<Method> getters = new ArrayList<>();
        for (Method m : model.getClass().getMethods()) {
            if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getReturnType() != void.class
                    && !SKIPPED.contains(m.getName())) {
                getters.add(m);
            }
        }
        getters.sort(Comparator.comparing(Method::getName));
        for (Method m : getters) {
            Object value;
            try {
                m.setAccessible(true);
                value = m.invoke(model);
            } catch (InvocationTargetException e) {
                value = "throws " + e.getCause().getClass().getSimpleName();
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            String at = path + "." + m.getName();
            if (value instanceof CommandSpec c) {
                out.append(at).append(" = spec ").append(c.qualifiedName()).append('\n');
            } else if (value instanceof UsageMessageSpec || value instanceof ParserSpec || value instanceof ITypeInfo) {
                dump(at, value, out);
            } else if (m.getName().equals("subcommands")) {
                for (Map.Entry<String, CommandLine> e : ((Map<String, CommandLine>) value).entrySet()) {
                    dump(at + "[" + e.getKey() + "]", e.getValue().getCommandSpec(), out);
                }
            } else if (m.getName().equals("mixins")) {
                for (Map.Entry<String, CommandSpec> e : ((Map<String, CommandSpec>) value).entrySet()) {
                    out.append(at).append("[").append(e.getKey()).append("]\n");
                    dumpMixinArgs(at + "[" + e.getKey() + "]", e.getValue(), out);
                }
            } else if (value instanceof List<?> list && !list.isEmpty() && (list.get(0) instanceof ArgSpec
                    || list.get(0) instanceof ArgGroupSpec)) {
                for (int i = 0; i < list.size(); i++) {
                    dump(at + "[" + i + "]", list.get(i), out);
                }
            } else {
                out.append(at).append(" = ").append(show(value)).append('\n');
            }
        }
    }

    /** A mixin's options by name (their attributes are dumped with the command's). */
    private static void dumpMixinArgs(String at, CommandSpec mixin, StringBuilder out) {
        for (ArgSpec arg : mixin.args()) {
            out.append(at).append(" has ").append(arg.paramLabel()).append(' ')
                    .append(arg.isOption() ? Arrays.toString(((CommandLine.Model.OptionSpec) arg).names()) : "")
                    .append('\n');
        }
    }

    private static String show(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Object[] array) {
            return Arrays.toString(Arrays.stream(array).map(CommandModelTest::show).toArray());
        }
        if (value instanceof char[] || value instanceof int[]) {
            return value instanceof char[] c ? new String(c) : Arrays.toString((int[]) value);
        }
        if (value instanceof Range r) {
            return r + " unspecified=" + r.isUnspecified() + " variable=" + r.isVariable();
        }
        if (value instanceof Iterable<?> it && !(value instanceof List<?> l && l.isEmpty())) {
            List<String> items = new ArrayList<>();
            it.forEach(v -> items.add(show(v)));
            return (value instanceof java.util.Collection ? "" : value.getClass().getName() + " ") + items;
        }
        if (value instanceof Map<?, ?> map) {
            return map.toString();
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof Enum<?>
                || value instanceof Character || value instanceof Class<?>) {
            return String.valueOf(value);
        }
        String type = value.getClass().getName();
        // converters, providers, transformers: which class (a lambda's own class name varies)
        return type.contains("$$Lambda") ? type.substring(0, type.indexOf("$$Lambda")) + "$$Lambda" : type;
    }

    // --- what is injected -------------------------------------------------------------------------------------

    /** For every object of the tree: what its @Spec, @ParentCommand and @Mixin fields hold. */
    private static List<String> injected(CommandLine root) {
        IdentityHashMap<Object, String> names = new IdentityHashMap<>();
        List<CommandSpec> specs = new ArrayList<>();
        collect(root.getCommandSpec(), specs);
        for (CommandSpec s : specs) {
            names.put(s.userObject(), "object of " + s.qualifiedName());
            names.put(s, "spec of " + s.qualifiedName());
            s.mixins().forEach((k, m) -> {
                names.put(m.userObject(), "mixin " + k + " of " + s.qualifiedName());
                names.put(m, "mixin spec " + k + " of " + s.qualifiedName());
            });
            if (s.versionProvider() != null) {
                names.put(s.versionProvider(), "version provider of " + s.qualifiedName());
            }
        }
        List<String> lines = new ArrayList<>();
        for (Map.Entry<Object, String> e : names.entrySet()) {
            Object o = e.getKey();
            if (o instanceof CommandSpec) {
                continue;
            }
            for (Class<?> c = o.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                if (c.getName().startsWith("picocli.")) {
                    continue;
                }
                for (Field f : c.getDeclaredFields()) {
                    if (f.isAnnotationPresent(Spec.class) || f.isAnnotationPresent(ParentCommand.class)
                            || f.isAnnotationPresent(Mixin.class)) {
                        try {
                            f.setAccessible(true);
                            Object v = f.get(o);
                            lines.add(e.getValue() + " ." + f.getName() + " = "
                                    + (v == null ? "null" : names.getOrDefault(v, "other " + v.getClass().getName())));
                        } catch (IllegalAccessException ex) {
                            throw new AssertionError(ex);
                        }
                    }
                }
            }
        }
        lines.sort(null);
        return lines;
    }

    private static void collect(CommandSpec spec, List<CommandSpec> into) {
        into.add(spec);
        for (CommandLine sub : spec.subcommands().values()) {
            collect(sub.getCommandSpec(), into);
        }
    }
}
