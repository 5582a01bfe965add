package org.qmrinodes.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The options of one command: their declaration (for parsing and help) and the parsed values. */
final class Options {

    /** What the value of an option is, as far as files are concerned. */
    enum Role {
        /** not a path */
        VALUE,
        /** a file or folder that is read */
        INPUT,
        /** a file that is written */
        OUTPUT,
        /** a folder that files are written into */
        OUTPUT_FOLDER
    }

    /**
     * One option.
     *
     * @param name long name without dashes
     * @param argument placeholder of the value shown in help, or null for a flag
     * @param description help text
     * @param required whether it must be given
     * @param defaultValue value when not given (null for none)
     * @param role whether the value is a path that is read or written
     */
    record Spec(String name, String argument, String description, boolean required, String defaultValue, Role role) {
    }

    /** Width of help text. */
    static final int HELP_WIDTH = 100;
    private static final int HELP_COLUMN = 30;

    private final Map<String, Spec> specs = new LinkedHashMap<>();
    private final Map<String, String> values = new LinkedHashMap<>();
    private Path workingDirectory;
    private UnaryOperator<String> environment = System::getenv;

    Options required(final String name, final String argument, final String description) {
        specs.put(name, new Spec(name, argument, description, true, null, Role.VALUE));
        return this;
    }

    Options optional(final String name, final String argument, final String description, final String defaultValue) {
        specs.put(name, new Spec(name, argument, description, false, defaultValue, Role.VALUE));
        return this;
    }

    Options flag(final String name, final String description) {
        specs.put(name, new Spec(name, null, description, false, null, Role.VALUE));
        return this;
    }

    /** Marks declared options as paths that are read. */
    Options inputs(final String... names) {
        return mark(Role.INPUT, names);
    }

    /** Marks declared options as files that are written: they may not name an input. */
    Options outputs(final String... names) {
        return mark(Role.OUTPUT, names);
    }

    /** Marks declared options as folders that files are written into. */
    Options outputFolders(final String... names) {
        return mark(Role.OUTPUT_FOLDER, names);
    }

    private Options mark(final Role role, final String... names) {
        for (final String n : names) {
            final Spec s = specs.get(n);
            if (s == null) {
                throw new IllegalStateException("option --" + n + " is not declared");
            }
            specs.put(n, new Spec(s.name(), s.argument(), s.description(), s.required(), s.defaultValue(), role));
        }
        return this;
    }

    /** @return the declared options in declaration order */
    List<Spec> specs() {
        return List.copyOf(specs.values());
    }

    /** Resolves relative paths against {@code directory} instead of the process's working directory. */
    Options relativeTo(final Path directory) {
        this.workingDirectory = directory;
        return this;
    }

    /** Reads environment variables through {@code lookup} instead of the process's environment. */
    Options environment(final UnaryOperator<String> lookup) {
        this.environment = lookup;
        return this;
    }

    /** @return the value of the environment variable {@code name}, or null when it is not set */
    String environmentVariable(final String name) {
        return environment.apply(name);
    }

    /** Parses {@code --name value}, {@code --name=value} and flags; rejects anything undeclared. */
    void parse(final String command, final String[] args) throws CliException {
        for (int i = 0; i < args.length; i++) {
            final String token = args[i];
            if (!token.startsWith("--")) {
                throw CliException.usage("unexpected argument '" + token + "'");
            }
            String name = token.substring(2);
            String value = null;
            final int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            final Spec spec = specs.get(name);
            if (spec == null) {
                throw CliException.usage("unknown option '--" + name + "'");
            }
            if (spec.argument() == null) {
                if (value != null) {
                    throw CliException.usage("option '--" + name + "' takes no value");
                }
                values.put(name, "true");
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw CliException.usage("option '--" + name + "' needs a value "
                        + spec.argument());
                }
                value = args[++i];
            }
            values.put(name, value);
        }
        for (final Spec s : specs.values()) {
            if (s.required() && !values.containsKey(s.name())) {
                throw CliException.usage("missing option --" + s.name() + " " + s.argument());
            }
        }
        checkOutputsAreNew();
    }

    /** Refuses an output file that is an input file or another output file (the same real path). */
    private void checkOutputsAreNew() throws CliException {
        final Map<Path, String> taken = new LinkedHashMap<>();
        for (final Spec s : specs.values()) {
            if (s.role() == Role.INPUT && get(s.name()) != null) {
                taken.put(identity(path(s.name())), "the input --" + s.name());
            }
        }
        for (final Spec s : specs.values()) {
            if (s.role() == Role.OUTPUT && get(s.name()) != null) {
                final String other = taken.putIfAbsent(identity(path(s.name())), "the output --" + s.name());
                if (other != null) {
                    throw CliException.usage("--" + s.name() + " " + get(s.name()) + " is the same file as " + other
                        + "; choose another output file");
                }
            }
        }
    }

    /** @return the real path of a file, or of its folder and its name when the file does not exist yet */
    private static Path identity(final Path file) {
        final Path absolute = file.toAbsolutePath().normalize();
        try {
            if (Files.exists(absolute)) {
                return absolute.toRealPath();
            }
            final Path parent = absolute.getParent();
            return parent != null && Files.exists(parent) ? parent.toRealPath().resolve(absolute.getFileName()) : absolute;
        } catch (final IOException e) {
            return absolute;
        }
    }

    String get(final String name) {
        final String v = values.get(name);
        return v != null ? v : specs.get(name).defaultValue();
    }

    /** @return the value of {@code name} as a path, or null when it is not given and has no default */
    Path path(final String name) {
        final String v = get(name);
        if (v == null) {
            return null;
        }
        return workingDirectory == null ? Path.of(v) : workingDirectory.resolve(v);
    }

    /**
     * @return the output file {@code name} names (null when not given), its folder created if only the
     *     last folder level is missing
     * @throws CliException (data) when a folder above it is missing too
     */
    Path output(final String name) throws CliException {
        final Path file = path(name);
        if (file != null) {
            final Path parent = file.toAbsolutePath().normalize().getParent();
            if (parent != null) {
                folder(parent, "--" + name + " " + get(name));
            }
        }
        return file;
    }

    /**
     * @return the output folder {@code name} names, created if only its last level is missing
     * @throws CliException (data) when a folder above it is missing too
     */
    Path outputFolder(final String name) throws CliException {
        final Path dir = path(name);
        folder(dir.toAbsolutePath().normalize(), "--" + name + " " + get(name));
        return dir;
    }

    /**
     * @param folder an output folder option
     * @param fileName a file the command writes into it
     * @return that file in the folder (created as by {@link #outputFolder})
     * @throws CliException (usage) when the file is one of the inputs
     */
    Path outputFile(final String folder, final String fileName) throws CliException {
        final Path file = outputFolder(folder).resolve(fileName);
        for (final Spec s : specs.values()) {
            if (s.role() == Role.INPUT && get(s.name()) != null && identity(path(s.name())).equals(identity(file))) {
                throw CliException.usage("--" + folder + " " + get(folder) + " would overwrite the input --" + s.name()
                    + " " + get(s.name()) + " with its " + fileName + "; choose another folder");
            }
        }
        return file;
    }

    /**
     * Refuses inputs inside the output folder {@code folder}, for commands that fill that folder
     * with files of their own.
     *
     * @throws CliException (usage) naming the input and the folder
     */
    void requireInputsOutside(final String folder) throws CliException {
        final Path dir = identity(path(folder));
        for (final Spec s : specs.values()) {
            if (s.role() == Role.INPUT && get(s.name()) != null && identity(path(s.name())).startsWith(dir)) {
                throw CliException.usage("--" + s.name() + " " + get(s.name()) + " lies inside --" + folder + " "
                    + get(folder) + ", which is filled with output files; move it out or choose another folder");
            }
        }
    }

    /** Creates {@code dir} when it is missing and its parent exists; never more than one level. */
    private static void folder(final Path dir, final String what) throws CliException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (Files.exists(dir)) {
            throw CliException.data("cannot write " + what + ": " + dir + " is a file, not a folder");
        }
        final Path parent = dir.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw CliException.data("cannot write " + what + ": the folder " + parent
                + " does not exist (only the last folder level is created)");
        }
        try {
            Files.createDirectory(dir);
        } catch (final IOException e) {
            throw CliException.data("cannot create the folder " + dir + " for " + what + ": " + e.getMessage());
        }
    }

    boolean has(final String name) {
        return values.containsKey(name);
    }

    /** @return the comma-separated list given for {@code name}, trimmed, empty items dropped */
    List<String> list(final String name) {
        final String v = get(name);
        if (v == null) {
            return List.of();
        }
        final List<String> out = new ArrayList<>();
        for (final String item : v.split(",")) {
            if (!item.isBlank()) {
                out.add(item.trim());
            }
        }
        return out;
    }

    double number(final String command, final String name) throws CliException {
        final String v = get(name);
        try {
            final double x = NumberSyntax.parse(v);
            if (Double.isFinite(x)) {
                return x;
            }
        } catch (final NumberFormatException e) {
            // reported below
        }
        throw CliException.usage("option --" + name + " needs a finite number, got '" + v + "'");
    }

    /**
     * @return the whole number given for {@code name}, or {@code fallback} when the option is absent
     * @throws CliException (usage) when it is not a whole number of at least {@code min}
     */
    int integer(final String name, final int min, final int fallback) throws CliException {
        final String v = get(name);
        if (v == null) {
            return fallback;
        }
        try {
            final int n = Integer.parseInt(v.trim());
            if (n >= min) {
                return n;
            }
        } catch (final NumberFormatException e) {
            // reported below
        }
        throw CliException.usage("option --" + name + " needs a whole number" + (min > Integer.MIN_VALUE ? " >= " + min : "")
            + ", got '" + v + "'");
    }

    /** @return the value, which must be one of {@code choices} (case-insensitive), in lower case */
    String choice(final String command, final String name, final String... choices) throws CliException {
        final String v = get(name).toLowerCase(Locale.ROOT);
        if (!Arrays.asList(choices).contains(v)) {
            throw CliException.usage("option --" + name + " must be one of "
                + String.join("|", choices) + ", got '" + get(name) + "'");
        }
        return v;
    }

    String usageLine(final String command) {
        final StringBuilder b = new StringBuilder("usage: qmri ").append(command);
        for (final Spec s : specs.values()) {
            final String item = "--" + s.name() + (s.argument() != null ? " " + s.argument() : "");
            b.append(' ').append(s.required() ? item : "[" + item + "]");
        }
        return b.toString();
    }

    String help(final String command, final String summary) {
        final StringBuilder b = new StringBuilder(usageLine(command)).append("\n\n");
        summary.lines().forEach(line -> b.append(wrap(line, 0, 0)).append('\n'));
        b.append('\n');
        for (final Spec s : specs.values()) {
            final String left = "  --" + s.name() + (s.argument() != null ? " " + s.argument() : "");
            final String text = s.description() + (s.defaultValue() != null ? " (default: " + s.defaultValue() + ")" : "");
            b.append(left);
            if (left.length() < HELP_COLUMN) {
                b.append(" ".repeat(HELP_COLUMN - left.length()));
            } else {
                b.append('\n').append(" ".repeat(HELP_COLUMN));
            }
            b.append(wrap(text, HELP_COLUMN, HELP_COLUMN)).append('\n');
        }
        b.append(String.format("%-" + HELP_COLUMN + "s%s%n", "  --help, -h", "this help"));
        return b.toString();
    }

    /**
     * Breaks {@code text} at spaces so that no line is longer than {@link #HELP_WIDTH} (a word longer
     * than a line stays whole).
     *
     * @param text the text, on one line
     * @param firstColumn the column the first line starts at
     * @param indent the indentation of the following lines
     * @return the lines, joined by line breaks, the first without indentation
     */
    static String wrap(final String text, final int firstColumn, final int indent) {
        final StringBuilder b = new StringBuilder();
        int column = firstColumn;
        boolean lineStart = true;
        for (final String word : text.strip().split("\\s+")) {
            if (!lineStart && column + 1 + word.length() > HELP_WIDTH) {
                b.append('\n').append(" ".repeat(indent));
                column = indent;
                lineStart = true;
            }
            if (!lineStart) {
                b.append(' ');
                column++;
            }
            b.append(word);
            column += word.length();
            lineStart = false;
        }
        return b.toString();
    }
}
