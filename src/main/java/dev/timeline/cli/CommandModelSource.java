package dev.timeline.cli;

import static dev.timeline.tools.GeneratedSource.literal;

import dev.timeline.tools.GeneratedSource;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * Build-time tool (Maven runs it after compiling, see pom.xml): writes {@code GeneratedCommandModel}, Java code that
 * builds each command's picocli model with picocli's programmatic API, from the model picocli's reflection builds out
 * of the annotations, and compiles it beside the other classes. The annotations stay the one description of the
 * commands; a run no longer pays for reading them (the JDK's annotation parsing, a dynamic proxy per annotation
 * type, picocli's reflective walk: most of a short run's start-up). {@code CommandModelTest} checks that both ways
 * give the same model, attribute for attribute, and the same injected fields.
 *
 * <p>A command using what the code does not reproduce (argument groups, {@code @Unmatched}, annotated methods,
 * private fields) is left out: {@link CommandModels} builds it by reflection, as before.
 *
 * <p>Arguments: the directory for the source, the classes directory to compile into.
 */
public final class CommandModelSource {

    static final String CLASS = "GeneratedCommandModel";

    private final StringBuilder methods = new StringBuilder();
    private final List<String> getters = new ArrayList<>();
    private final List<String> setters = new ArrayList<>();
    private int vars;
    private final Map<String, String> skipped = new LinkedHashMap<>();

    /** A feature the generated code does not reproduce: the command is built by reflection. */
    static final class Unsupported extends RuntimeException {
        Unsupported(String message) {
            super(message);
        }
    }

    public static void main(String[] args) throws IOException {
        Path sources = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        CommandModelSource writer = new CommandModelSource();
        String source = writer.source();
        writer.skipped.forEach((name, why) ->
                System.out.println("[command model] '" + name + "' is built by reflection: " + why));
        GeneratedSource.writeAndCompile(sources, "dev.timeline.cli", CLASS, source, classes);
    }

    /** The whole source file. */
    String source() {
        StringBuilder create = new StringBuilder();
        StringBuilder specs = new StringBuilder();
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, java.util.function.Supplier<Object>> e : CommandModels.Registry.COMMANDS.entrySet()) {
            String name = e.getKey();
            names.add(name);
            Object command = e.getValue().get();
            Class<?> type = command.getClass();
            if (accessible(type)) {
                create.append("            case ").append(literal(name)).append(": return new ")
                        .append(typeName(type)).append("();\n");
            }
            int mark = methods.length();
            int getterMark = getters.size();
            int setterMark = setters.size();
            int varMark = vars;
            try {
                String method = commandMethod(command);
                specs.append("            case ").append(literal(name)).append(": return ").append(method)
                        .append("((").append(typeName(type)).append(") command);\n");
            } catch (Unsupported u) {
                methods.setLength(mark); // drop what was written for it
                truncate(getters, getterMark);
                truncate(setters, setterMark);
                vars = varMark;
                skipped.put(name, u.getMessage());
            }
        }
        String root = commandMethod(new TimelineCommand(Map.of(), null));
        StringBuilder out = new StringBuilder();
        out.append("// Written by dev.timeline.cli.CommandModelSource from the commands' annotations at build time: do not edit.\n");
        out.append("package dev.timeline.cli;\n\n");
        out.append("import picocli.CommandLine;\n");
        out.append("import picocli.CommandLine.Model.CommandSpec;\n");
        out.append("import picocli.CommandLine.Model.OptionSpec;\n");
        out.append("import picocli.CommandLine.Model.PositionalParamSpec;\n\n");
        out.append("/** The commands' picocli models, built without reflection (see CommandModelSource). */\n");
        out.append("@SuppressWarnings({\"unchecked\", \"rawtypes\"})\n");
        out.append("final class ").append(CLASS).append(" implements CommandModels.Source {\n\n");
        out.append("    private static final String[] NAMES = {");
        out.append(String.join(", ", names.stream().map(GeneratedSource::literal).toList()));
        out.append("};\n\n");
        out.append("    @Override\n    public String[] names() {\n        return NAMES.clone();\n    }\n\n");
        out.append("    @Override\n    public Object create(String name) {\n        switch (name) {\n").append(create);
        out.append("            default: return null;\n        }\n    }\n\n");
        out.append("    @Override\n    public CommandSpec spec(String name, Object command) {\n        switch (name) {\n")
                .append(specs);
        out.append("            default: return null;\n        }\n    }\n\n");
        out.append("    @Override\n    public CommandSpec root(TimelineCommand command) {\n        return ").append(root)
                .append("(command);\n    }\n\n");
        out.append(methods);
        out.append("    @Override\n    public Object get(int id, Object target) {\n        switch (id) {\n");
        for (int i = 0; i < getters.size(); i++) {
            out.append("            case ").append(i).append(": return ").append(getters.get(i)).append(";\n");
        }
        out.append("            default: throw new IllegalArgumentException(\"no field \" + id);\n        }\n    }\n\n");
        out.append("    @Override\n    public void set(int id, Object target, Object value) {\n        switch (id) {\n");
        for (int i = 0; i < setters.size(); i++) {
            out.append("            case ").append(i).append(": ").append(setters.get(i)).append("; return;\n");
        }
        out.append("            default: throw new IllegalArgumentException(\"no field \" + id);\n        }\n    }\n");
        out.append("}\n");
        return out.toString();
    }

    private static void truncate(List<String> list, int size) {
        while (list.size() > size) {
            list.remove(list.size() - 1);
        }
    }

    /**
     * Writes the method that builds the model of {@code command}'s class (its subcommands and mixins included),
     * returning its name.
     */
    private String commandMethod(Object command) {
        CommandSpec reflective = CommandSpec.forAnnotatedObject(command);
        String method = "spec" + (vars++) + "_" + command.getClass().getSimpleName();
        StringBuilder body = new StringBuilder();
        String spec = spec(reflective, command.getClass(), "command", body, "        ");
        methods.append("    private static CommandSpec ").append(method).append("(")
                .append(typeName(command.getClass())).append(" command) {\n").append(body)
                .append("        return ").append(spec).append(";\n    }\n\n");
        return method;
    }

    /**
     * Appends to {@code body} the statements that build {@code model} (the reflective model of an object of
     * {@code type}, held by the expression {@code object}) and returns the variable holding it.
     */
    private String spec(CommandSpec model, Class<?> type, String object, StringBuilder body, String indent) {
        if (!accessible(type)) {
            throw new Unsupported(type.getName() + " is not accessible from " + CommandModelSource.class.getPackageName());
        }
        String s = "s" + (vars++);
        body.append(indent).append("CommandSpec ").append(s).append(" = CommandSpec.wrapWithoutInspection(")
                .append(object).append(");\n");
        commandAttributes(model, s, body, indent);
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        boolean standardHelp = false;
        for (Class<?> c : hierarchy) {
            CommandLine.Command command = c.getAnnotation(CommandLine.Command.class);
            if (command != null) {
                standardHelp |= command.mixinStandardHelpOptions();
                for (Class<?> sub : command.subcommands()) {
                    subcommand(model, sub, s, object, body, indent);
                }
            }
            for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(Option.class) || m.isAnnotationPresent(Parameters.class)
                        || m.isAnnotationPresent(Mixin.class) || m.isAnnotationPresent(Spec.class)
                        || m.isAnnotationPresent(CommandLine.Command.class)) {
                    throw new Unsupported("annotated method " + m);
                }
            }
            for (Field f : c.getDeclaredFields()) {
                member(model, c, f, s, object, body, indent);
            }
        }
        if (standardHelp) {
            body.append(indent).append("CommandModels.standardHelp(").append(s).append(");\n");
        }
        return s;
    }

    private void subcommand(CommandSpec model, Class<?> sub, String s, String object, StringBuilder body,
            String indent) {
        String name = sub.getAnnotation(CommandLine.Command.class).name();
        CommandLine reflective = model.subcommands().get(name);
        if (reflective == null || !accessible(sub)) {
            throw new Unsupported("subcommand " + sub.getName());
        }
        String o = "o" + (vars++);
        body.append(indent).append(typeName(sub)).append(" ").append(o).append(" = new ").append(typeName(sub))
                .append("();\n");
        String subSpec = spec(reflective.getCommandSpec(), sub, o, body, indent);
        body.append(indent).append(s).append(".addSubcommand(").append(literal(name)).append(", new CommandLine(")
                .append(subSpec).append("));\n");
        // picocli injects the parent into the mixins of an annotated subcommand too
        for (Field f : fields(sub)) {
            if (f.isAnnotationPresent(Mixin.class)) {
                for (Field mf : fields(f.getType())) {
                    if (mf.isAnnotationPresent(ParentCommand.class)) {
                        body.append(indent).append(o).append(".").append(f.getName()).append(".")
                                .append(mf.getName()).append(" = ").append(object).append(";\n");
                    }
                }
            }
        }
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> all = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            all.addAll(0, Arrays.asList(c.getDeclaredFields()));
        }
        return all;
    }

    private void member(CommandSpec model, Class<?> owner, Field f, String s, String object, StringBuilder body,
            String indent) {
        boolean option = f.isAnnotationPresent(Option.class);
        boolean parameters = f.isAnnotationPresent(Parameters.class);
        boolean mixin = f.isAnnotationPresent(Mixin.class);
        boolean spec = f.isAnnotationPresent(Spec.class);
        boolean parent = f.isAnnotationPresent(ParentCommand.class);
        if (f.isAnnotationPresent(ArgGroup.class)) {
            throw new Unsupported("argument group " + f);
        }
        if (f.isAnnotationPresent(Unmatched.class)) {
            throw new Unsupported("@Unmatched " + f);
        }
        if (!(option || parameters || mixin || spec || parent)) {
            return;
        }
        if (Modifier.isPrivate(f.getModifiers()) || Modifier.isStatic(f.getModifiers())) {
            throw new Unsupported("private or static field " + f);
        }
        String field = "((" + typeName(owner) + ") target)." + f.getName();
        String access = object + "." + f.getName();
        if (mixin) {
            String mixinName = f.getAnnotation(Mixin.class).name().isEmpty() ? f.getName()
                    : f.getAnnotation(Mixin.class).name();
            CommandSpec mixinModel = model.mixins().get(mixinName);
            if (mixinModel == null) {
                throw new Unsupported("mixin " + mixinName + " of " + owner.getName());
            }
            if (!accessible(f.getType())) {
                throw new Unsupported("mixin type " + f.getType().getName());
            }
            body.append(indent).append("if (").append(access).append(" == null) {\n").append(indent).append("    ")
                    .append(access).append(" = new ").append(typeName(f.getType())).append("();\n")
                    .append(indent).append("}\n");
            String m = spec(mixinModel, f.getType(), access, body, indent);
            body.append(indent).append(s).append(".addMixin(").append(literal(mixinName)).append(", ").append(m)
                    .append(");\n");
            for (Field mf : fields(f.getType())) {
                if (mf.isAnnotationPresent(Spec.class) && mf.getAnnotation(Spec.class).value() == Spec.Target.MIXEE) {
                    body.append(indent).append(access).append(".").append(mf.getName()).append(" = ").append(s)
                            .append(";\n");
                }
            }
        }
        if (spec) {
            if (f.getAnnotation(Spec.class).value() == Spec.Target.SELF) {
                body.append(indent).append(access).append(" = ").append(s).append(";\n");
            }
        }
        if (parent) {
            int id = binding(field, f);
            body.append(indent).append(s).append(".addParentCommandElement(new CommandModels.ParentField(")
                    .append(id).append(", ").append(object).append(", ").append(literal(f.toString())).append("));\n");
        }
        if (option || parameters) {
            ArgSpec arg = model.args().stream().filter(a -> f.equals(a.userObject())).findFirst()
                    .orElseThrow(() -> new Unsupported("no model for " + f));
            int id = binding(field, f);
            body.append(indent).append(s).append(arg.isOption() ? ".addOption(" : ".addPositional(")
                    .append(argBuilder(arg, f, id, object, access)).append(".build());\n");
        }
    }

    /** Registers the getter and setter of field {@code f} (the expression {@code field}); returns its id. */
    private int binding(String field, Field f) {
        int id = getters.size();
        getters.add(field);
        Class<?> type = f.getType();
        String value;
        if (type.isPrimitive()) {
            String boxed = boxed(type);
            value = "(" + boxed + ") value";
        } else {
            value = "(" + typeName(type) + ") value";
        }
        setters.add(field + " = " + value);
        return id;
    }

    private static String boxed(Class<?> primitive) {
        return Map.of(boolean.class, "Boolean", int.class, "Integer", long.class, "Long", double.class, "Double",
                float.class, "Float", short.class, "Short", byte.class, "Byte", char.class, "Character")
                .get(primitive);
    }

    private String argBuilder(ArgSpec arg, Field f, int id, String object, String access) {
        StringBuilder b = new StringBuilder();
        Option optionAnnotation = f.getAnnotation(Option.class);
        Parameters parametersAnnotation = f.getAnnotation(Parameters.class);
        String rawDefault = optionAnnotation != null ? optionAnnotation.defaultValue()
                : parametersAnnotation.defaultValue();
        String rawMapFallback = optionAnnotation != null ? optionAnnotation.mapFallbackValue()
                : parametersAnnotation.mapFallbackValue();
        if (arg instanceof OptionSpec o) {
            b.append("OptionSpec.builder(").append(strings(o.names())).append(")");
            if (o.help()) {
                b.append(".help(true)");
            }
            if (o.usageHelp()) {
                b.append(".usageHelp(true)");
            }
            if (o.versionHelp()) {
                b.append(".versionHelp(true)");
            }
            if (o.negatable()) {
                b.append(".negatable(true)");
            }
            b.append(".order(").append(o.order()).append(")");
            if (!optionAnnotation.fallbackValue().isEmpty()) {
                b.append(".fallbackValue(").append(literal(optionAnnotation.fallbackValue())).append(")");
            }
        } else {
            PositionalParamSpec p = (PositionalParamSpec) arg;
            b.append("PositionalParamSpec.builder()");
            b.append(".index(").append(literal(p.index().originalValue())).append(")");
        }
        if (!arg.arity().isUnspecified()) {
            b.append(".arity(").append(literal(arg.arity().originalValue())).append(")");
        }
        b.append(".required(").append(arg.required()).append(")");
        if (arg.interactive()) {
            throw new Unsupported("interactive " + arg);
        }
        b.append(".description(").append(strings(arg.description())).append(")");
        if (arg.prompt() != null) {
            b.append(".prompt(").append(literal(arg.prompt())).append(")");
        }
        if (arg.descriptionKey() != null) {
            b.append(".descriptionKey(").append(literal(arg.descriptionKey())).append(")");
        }
        b.append(".paramLabel(").append(literal(arg.paramLabel())).append(")");
        if (arg.hideParamSyntax()) {
            b.append(".hideParamSyntax(true)");
        }
        if (arg.hidden()) {
            b.append(".hidden(true)");
        }
        if (!arg.splitRegex().isEmpty()) {
            b.append(".splitRegex(").append(literal(arg.splitRegex())).append(")");
        }
        if (!arg.splitRegexSynopsisLabel().isEmpty()) {
            b.append(".splitRegexSynopsisLabel(").append(literal(arg.splitRegexSynopsisLabel())).append(")");
        }
        b.append(".type(").append(classLiteral(arg.type())).append(")");
        b.append(".auxiliaryTypes(");
        Class<?>[] aux = arg.auxiliaryTypes();
        for (int i = 0; i < aux.length; i++) {
            b.append(i == 0 ? "" : ", ").append(classLiteral(aux[i]));
        }
        b.append(")");
        if (!unset(rawDefault)) {
            b.append(".defaultValue(").append(literal(rawDefault)).append(")");
        }
        if (arg.showDefaultValue() != CommandLine.Help.Visibility.ON_DEMAND) {
            b.append(".showDefaultValue(CommandLine.Help.Visibility.").append(arg.showDefaultValue().name()).append(")");
        }
        if (arg.scopeType() != CommandLine.ScopeType.LOCAL) {
            b.append(".scopeType(CommandLine.ScopeType.").append(arg.scopeType().name()).append(")");
        }
        if (!unset(rawMapFallback)) { // picocli's builder returns its inaccessible base type from this setter
            throw new Unsupported("mapFallbackValue of " + arg);
        }
        if (arg.converters().length > 0) {
            b.append(".converters(");
            for (int i = 0; i < arg.converters().length; i++) {
                b.append(i == 0 ? "" : ", ").append(instance(arg.converters()[i], arg));
            }
            b.append(")");
        }
        Iterable<String> candidates = arg.completionCandidates();
        Class<?> declared = optionAnnotation != null ? optionAnnotation.completionCandidates()
                : parametersAnnotation.completionCandidates();
        if (!declared.getName().equals("picocli.CommandLine$NoCompletionCandidates")) { // else picocli lists an enum's
            if (candidates == null || isPicocliOwn(candidates)) {
                throw new Unsupported("completion candidates of " + arg);
            }
            b.append(".completionCandidates(").append(instance(candidates, arg)).append(")");
        }
        if (arg.parameterConsumer() != null) {
            throw new Unsupported("parameter consumer of " + arg);
        }
        if (arg.preprocessor() != null && !isPicocliOwn(arg.preprocessor())) {
            throw new Unsupported("preprocessor of " + arg);
        }
        b.append(".initialValue(").append(access).append(")");
        b.append(".withToString(").append(literal(arg.toString())).append(")");
        b.append(".getter(new CommandModels.Binding(").append(id).append(", ").append(object).append("))");
        b.append(".setter(new CommandModels.Binding(").append(id).append(", ").append(object).append("))");
        return b.toString();
    }

    /** Whether an annotation's default-like value says "none" ({@code __no_default_value__}, {@code _NULL_} ...). */
    private static boolean unset(String value) {
        return value == null || value.equals(CommandLine.Option.NULL_VALUE) || value.equals("__no_default_value__")
                || value.equals("__unspecified__");
    }

    private static boolean isPicocliOwn(Object o) {
        return o.getClass().getName().startsWith("picocli.");
    }

    private static String instance(Object o, ArgSpec arg) {
        Class<?> type = o.getClass();
        if (!accessible(type) || type.isAnonymousClass() || type.isSynthetic()) {
            throw new Unsupported(type.getName() + " of " + arg + " cannot be made again");
        }
        try {
            type.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            throw new Unsupported(type.getName() + " has no no-argument constructor");
        }
        return "new " + typeName(type) + "()";
    }

    /** The command-level attributes of {@code model} that differ from a new spec's. */
    private void commandAttributes(CommandSpec model, String s, StringBuilder body, String indent) {
        CommandSpec plain = CommandSpec.wrapWithoutInspection(new Object());
        String at = indent + s;
        if (!model.name().equals(plain.name())) {
            body.append(at).append(".name(").append(literal(model.name())).append(");\n");
        }
        if (model.aliases().length > 0) {
            body.append(at).append(".aliases(").append(strings(model.aliases())).append(");\n");
        }
        if (model.versionProvider() == null && !Arrays.equals(model.version(), plain.version())) {
            body.append(at).append(".version(").append(strings(model.version())).append(");\n");
        }
        if (model.versionProvider() != null) {
            Object provider = model.versionProvider();
            String v = "v" + (vars++);
            body.append(indent).append(typeName(provider.getClass())).append(" ").append(v).append(" = new ")
                    .append(typeName(provider.getClass())).append("();\n");
            for (Field f : fields(provider.getClass())) {
                if (f.isAnnotationPresent(Spec.class)) {
                    body.append(indent).append(v).append(".").append(f.getName()).append(" = ").append(s)
                            .append(";\n");
                }
            }
            body.append(at).append(".versionProvider(").append(v).append(");\n");
        }
        if (model.defaultValueProvider() != null || model.modelTransformer() != null
                || !isPicocliOwn(model.preprocessor()) || model.resourceBundleBaseName() != null) {
            throw new Unsupported("a default value provider, model transformer, preprocessor or resource bundle");
        }
        if (model.helpCommand()) {
            body.append(at).append(".helpCommand(true);\n");
        }
        if (model.subcommandsRepeatable()) {
            body.append(at).append(".subcommandsRepeatable(true);\n");
        }
        if (model.scopeType() != plain.scopeType()) {
            body.append(at).append(".scopeType(CommandLine.ScopeType.").append(model.scopeType().name())
                    .append(");\n");
        }
        if (model.isAddMethodSubcommands() != plain.isAddMethodSubcommands()) {
            body.append(at).append(".setAddMethodSubcommands(").append(model.isAddMethodSubcommands()).append(");\n");
        }
        int[] codes = {model.exitCodeOnSuccess(), model.exitCodeOnUsageHelp(), model.exitCodeOnVersionHelp(),
            model.exitCodeOnInvalidInput(), model.exitCodeOnExecutionException()};
        int[] plainCodes = {plain.exitCodeOnSuccess(), plain.exitCodeOnUsageHelp(), plain.exitCodeOnVersionHelp(),
            plain.exitCodeOnInvalidInput(), plain.exitCodeOnExecutionException()};
        String[] codeSetters = {"exitCodeOnSuccess", "exitCodeOnUsageHelp", "exitCodeOnVersionHelp",
            "exitCodeOnInvalidInput", "exitCodeOnExecutionException"};
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] != plainCodes[i]) {
                body.append(at).append(".").append(codeSetters[i]).append("(").append(codes[i]).append(");\n");
            }
        }
        if (!model.parser().separator().equals(plain.parser().separator())) {
            body.append(at).append(".parser().separator(").append(literal(model.parser().separator())).append(");\n");
        }
        usage(model.usageMessage(), plain.usageMessage(), indent + s + ".usageMessage()", body);
    }

    private static void usage(UsageMessageSpec u, UsageMessageSpec plain, String at, StringBuilder body) {
        attribute(body, at, "headerHeading", u.headerHeading(), plain.headerHeading());
        attribute(body, at, "header", u.header(), plain.header());
        attribute(body, at, "synopsisHeading", u.synopsisHeading(), plain.synopsisHeading());
        attribute(body, at, "synopsisSubcommandLabel", u.synopsisSubcommandLabel(), plain.synopsisSubcommandLabel());
        attribute(body, at, "customSynopsis", u.customSynopsis(), plain.customSynopsis());
        attribute(body, at, "descriptionHeading", u.descriptionHeading(), plain.descriptionHeading());
        attribute(body, at, "description", u.description(), plain.description());
        attribute(body, at, "parameterListHeading", u.parameterListHeading(), plain.parameterListHeading());
        attribute(body, at, "optionListHeading", u.optionListHeading(), plain.optionListHeading());
        attribute(body, at, "commandListHeading", u.commandListHeading(), plain.commandListHeading());
        attribute(body, at, "exitCodeListHeading", u.exitCodeListHeading(), plain.exitCodeListHeading());
        attribute(body, at, "footerHeading", u.footerHeading(), plain.footerHeading());
        attribute(body, at, "footer", u.footer(), plain.footer());
        attribute(body, at, "abbreviateSynopsis", u.abbreviateSynopsis(), plain.abbreviateSynopsis());
        attribute(body, at, "sortOptions", u.sortOptions(), plain.sortOptions());
        attribute(body, at, "sortSynopsis", u.sortSynopsis(), plain.sortSynopsis());
        attribute(body, at, "showDefaultValues", u.showDefaultValues(), plain.showDefaultValues());
        attribute(body, at, "showAtFileInUsageHelp", u.showAtFileInUsageHelp(), plain.showAtFileInUsageHelp());
        attribute(body, at, "showEndOfOptionsDelimiterInUsageHelp", u.showEndOfOptionsDelimiterInUsageHelp(),
                plain.showEndOfOptionsDelimiterInUsageHelp());
        attribute(body, at, "hidden", u.hidden(), plain.hidden());
        attribute(body, at, "autoWidth", u.autoWidth(), plain.autoWidth());
        attribute(body, at, "adjustLineBreaksForWideCJKCharacters", u.adjustLineBreaksForWideCJKCharacters(),
                plain.adjustLineBreaksForWideCJKCharacters());
        if (u.requiredOptionMarker() != plain.requiredOptionMarker()) {
            body.append(at).append(".requiredOptionMarker('").append(u.requiredOptionMarker() == '\'' ? "\\'"
                    : String.valueOf(u.requiredOptionMarker())).append("');\n");
        }
        if (u.width() != plain.width()) {
            body.append(at).append(".width(").append(u.width()).append(");\n");
        }
        if (u.longOptionsMaxWidth() != plain.longOptionsMaxWidth()) {
            body.append(at).append(".longOptionsMaxWidth(").append(u.longOptionsMaxWidth()).append(");\n");
        }
        if (u.synopsisIndent() != plain.synopsisIndent()) {
            body.append(at).append(".synopsisIndent(").append(u.synopsisIndent()).append(");\n");
        }
        if (u.synopsisAutoIndentThreshold() != plain.synopsisAutoIndentThreshold()) {
            body.append(at).append(".synopsisAutoIndentThreshold(").append(u.synopsisAutoIndentThreshold())
                    .append(");\n");
        }
        if (!u.exitCodeList().equals(plain.exitCodeList())) {
            throw new Unsupported("an exit code list");
        }
    }

    private static void attribute(StringBuilder body, String at, String name, Object value, Object plain) {
        if (Objects.deepEquals(value, plain)) {
            return;
        }
        String code;
        if (value instanceof String[] lines) {
            code = strings(lines);
        } else if (value instanceof String text) {
            code = literal(text);
        } else if (value instanceof Boolean b) {
            code = b.toString();
        } else {
            throw new Unsupported("usage attribute " + name);
        }
        body.append(at).append(".").append(name).append("(").append(code).append(");\n");
    }

    private static boolean accessible(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (Modifier.isPrivate(c.getModifiers())
                    || !Modifier.isPublic(c.getModifiers()) && !c.getPackageName().equals(
                            CommandModelSource.class.getPackageName())) {
                return false;
            }
        }
        return !type.isAnonymousClass() && !type.isLocalClass();
    }

    private static String typeName(Class<?> type) {
        return type.getCanonicalName();
    }

    private static String classLiteral(Class<?> type) {
        if (!type.isPrimitive() && !accessible(type)) {
            throw new Unsupported("type " + type.getName());
        }
        return typeName(type) + ".class";
    }

    private static String strings(String[] values) {
        StringBuilder b = new StringBuilder("new String[] {");
        for (int i = 0; i < values.length; i++) {
            b.append(i == 0 ? "" : ", ").append(literal(values[i]));
        }
        return b.append("}").toString();
    }

    /** For tests: the commands left to reflection, with why. */
    Map<String, String> skipped() {
        return skipped;
    }
}
