package dev.timeline.cli;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IAnnotatedElement;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.IScope;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.ITypeInfo;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Where the commands' picocli models come from: the code {@link CommandModelSource} generated from their annotations
 * at build time ({@code GeneratedCommandModel}), else (a class path without it, a command it leaves out) picocli's
 * reflection over the same annotations. Both give the same model ({@code CommandModelTest}).
 */
final class CommandModels {

    /** What the generated class offers. */
    interface Source {
        /** Every command, in the order help lists them. */
        String[] names();

        /** A new instance of command {@code name}, or null. */
        Object create(String name);

        /** The model of {@code command}, an instance of command {@code name}; null: build it by reflection. */
        CommandSpec spec(String name, Object command);

        /** The model of the root command. */
        CommandSpec root(TimelineCommand command);

        /** Reads field {@code id} of {@code target}. */
        Object get(int id, Object target);

        /** Writes field {@code id} of {@code target}. */
        void set(int id, Object target, Object value);
    }

    /** The generated model, or null when the class path has none (run from an IDE's own build). */
    static final Source GENERATED = load();

    /** Every command's name, in the order help lists them (the registry is read only without the generated model). */
    private static final List<String> NAMES = GENERATED != null ? List.of(GENERATED.names())
            : List.copyOf(Registry.COMMANDS.keySet());

    private CommandModels() {
    }

    private static Source load() {
        if (Boolean.getBoolean("timeline.reflectiveModel")) {
            return null;
        }
        try {
            return (Source) Class.forName(CommandModels.class.getPackageName() + "." + CommandModelSource.CLASS)
                    .getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every command's name, in the order help lists them. */
    static List<String> names() {
        return NAMES;
    }

    /** Whether {@code name} is a command. */
    static boolean isCommand(String name) {
        return NAMES.contains(name);
    }

    /** The model of a new instance of command {@code name}, or the instance for picocli to inspect. */
    static Object command(String name) {
        Object command = GENERATED != null ? GENERATED.create(name) : null;
        if (command == null) {
            return Registry.COMMANDS.get(name).get();
        }
        CommandSpec spec = GENERATED.spec(name, command);
        return spec != null ? spec : command;
    }

    /** The model of the root command, or the instance for picocli to inspect. */
    static Object root(TimelineCommand root) {
        return GENERATED != null ? GENERATED.root(root) : root;
    }

    /**
     * Every subcommand, in the order help lists them, by the name its {@code @Command} gives it: what exists, for
     * the generator and for a class path without its output. Loaded only then (reading annotations costs a run).
     */
    static final class Registry {

        static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

        static {
            register(ListCommand.class, ListCommand::new);
            register(ExportCommand.class, ExportCommand::new);
            register(SqlCommand.class, SqlCommand::new);
            register(ShowCommand.class, ShowCommand::new);
            register(ActorsCommand.class, ActorsCommand::new);
            register(StatsCommand.class, StatsCommand::new);
            register(ChartCommand.class, ChartCommand::new);
            register(ImportCommand.class, ImportCommand::new);
            register(ValidateCommand.class, ValidateCommand::new);
            register(InitCommand.class, InitCommand::new);
            register(AddCommand.class, AddCommand::new);
            register(EditCommand.class, EditCommand::new);
            register(RmCommand.class, RmCommand::new);
            register(MergeCommand.class, MergeCommand::new);
            register(ExtractCommand.class, ExtractCommand::new);
            register(ReviewCommand.class, ReviewCommand::new);
            register(CompletionCommand.class, CompletionCommand::new);
            register(ConfigCommand.class, ConfigCommand::new);
            register(CompletionCommand.Values.class, CompletionCommand.Values::new);
            register(CommandLine.HelpCommand.class, CommandLine.HelpCommand::new);
        }

        private Registry() {
        }

        /** Adds {@code type} under the name its {@code @Command} annotation gives, built by {@code create}. */
        private static <T> void register(Class<T> type, Supplier<T> create) {
            Command command = type.getAnnotation(Command.class);
            if (command == null || command.name().isEmpty() || COMMANDS.containsKey(command.name())) {
                throw new IllegalStateException(type + " needs a unique @Command(name)");
            }
            COMMANDS.put(command.name(), create::get);
        }
    }

    /** The getter and setter of one field of one object, for the generated model. */
    static final class Binding implements IGetter, ISetter {
        private final int id;
        private final Object target;

        Binding(int id, Object target) {
            this.id = id;
            this.target = target;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) GENERATED.get(id, target);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T old = (T) GENERATED.get(id, target);
            GENERATED.set(id, target, value);
            return old;
        }
    }

    /**
     * A {@code @ParentCommand} field, for picocli to inject the parent command into when the command is added as a
     * subcommand: picocli uses only its setter.
     */
    static final class ParentField implements IAnnotatedElement {
        private final Binding binding;
        private final String description;

        ParentField(int id, Object target, String description) {
            this.binding = new Binding(id, target);
            this.description = description;
        }

        @Override
        public ISetter setter() {
            return binding;
        }

        @Override
        public IGetter getter() {
            return binding;
        }

        @Override
        public String getToString() {
            return description;
        }

        @Override
        public String toString() {
            return description;
        }

        @Override
        public boolean isParentCommand() {
            return true;
        }

        @Override
        public Object userObject() {
            return binding.target;
        }

        @Override
        public boolean isAnnotationPresent(Class<? extends Annotation> annotationClass) {
            return annotationClass == CommandLine.ParentCommand.class;
        }

        @Override
        public <T extends Annotation> T getAnnotation(Class<T> annotationClass) {
            throw new UnsupportedOperationException("generated model: no annotations at run time");
        }

        @Override
        public String getName() {
            return description.substring(description.lastIndexOf('.') + 1);
        }

        @Override
        public String getMixinName() {
            return null;
        }

        @Override
        public boolean isArgSpec() {
            return false;
        }

        @Override
        public boolean isOption() {
            return false;
        }

        @Override
        public boolean isParameter() {
            return false;
        }

        @Override
        public boolean isArgGroup() {
            return false;
        }

        @Override
        public boolean isMixin() {
            return false;
        }

        @Override
        public boolean isUnmatched() {
            return false;
        }

        @Override
        public boolean isSpec() {
            return false;
        }

        @Override
        public boolean isMultiValue() {
            return false;
        }

        @Override
        public boolean isInteractive() {
            return false;
        }

        @Override
        public boolean hasInitialValue() {
            return false;
        }

        @Override
        public boolean isMethodParameter() {
            return false;
        }

        @Override
        public int getMethodParamPosition() {
            return -1;
        }

        @Override
        public IScope scope() {
            return null;
        }

        @Override
        public ITypeInfo getTypeInfo() {
            return null;
        }
    }

    /** What picocli's standard help options bind to. */
    private static final class HelpFlags {
        boolean help;
        boolean version;
    }

    /** The flags of one {@link HelpFlags}. */
    private record HelpFlag(HelpFlags flags, boolean version) implements IGetter, ISetter {
        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) Boolean.valueOf(version ? flags.version : flags.help);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T old = get();
            if (version) {
                flags.version = (Boolean) value;
            } else {
                flags.help = (Boolean) value;
            }
            return old;
        }
    }

    /**
     * Adds {@code -h, --help} and {@code -V, --version} to {@code spec}, as {@code mixinStandardHelpOptions = true}
     * does (picocli's own mixin, built by reflection, would read its annotations): the same options, under the same
     * mixin name.
     */
    static void standardHelp(CommandSpec spec) {
        HelpFlags flags = new HelpFlags();
        CommandSpec mixin = CommandSpec.wrapWithoutInspection(flags);
        mixin.addOption(flag(flags, false, new String[] {"-h", "--help"}, "mixinStandardHelpOptions.help",
                "Show this help message and exit.", "helpRequested"));
        mixin.addOption(flag(flags, true, new String[] {"-V", "--version"}, "mixinStandardHelpOptions.version",
                "Print version information and exit.", "versionRequested"));
        List<String> overlap = new ArrayList<>(mixin.optionsMap().keySet());
        overlap.retainAll(spec.optionsMap().keySet());
        if (overlap.isEmpty()) {
            spec.addMixin("mixinStandardHelpOptions", mixin);
        }
    }

    private static OptionSpec flag(HelpFlags flags, boolean version, String[] names, String key, String description,
            String field) {
        HelpFlag binding = new HelpFlag(flags, version);
        OptionSpec.Builder b = OptionSpec.builder(names).descriptionKey(key).description(description).prompt("")
                .paramLabel("<" + field + ">").type(boolean.class).auxiliaryTypes(boolean.class)
                .initialValue(false).withToString("field picocli.CommandLine.AutoHelpMixin." + field)
                .getter(binding).setter(binding);
        return (version ? b.versionHelp(true) : b.usageHelp(true)).build();
    }
}
