package org.qmrinodes.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The options of one command: their declaration (for parsing and help) and the parsed values. */
final class Options {

    /**
     * One option.
     *
     * @param name long name without dashes
     * @param argument placeholder of the value shown in help, or null for a flag
     * @param description help text
     * @param required whether it must be given
     * @param defaultValue value when not given (null for none)
     */
    record Spec(String name, String argument, String description, boolean required, String defaultValue) {
    }

    private final Map<String, Spec> specs = new LinkedHashMap<>();
    private final Map<String, String> values = new LinkedHashMap<>();

    Options required(final String name, final String argument, final String description) {
        specs.put(name, new Spec(name, argument, description, true, null));
        return this;
    }

    Options optional(final String name, final String argument, final String description, final String defaultValue) {
        specs.put(name, new Spec(name, argument, description, false, defaultValue));
        return this;
    }

    Options flag(final String name, final String description) {
        specs.put(name, new Spec(name, null, description, false, null));
        return this;
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
    }

    String get(final String name) {
        final String v = values.get(name);
        return v != null ? v : specs.get(name).defaultValue();
    }

    /** @return the value of {@code name} as a path, or null when it is not given and has no default */
    java.nio.file.Path path(final String name) {
        final String v = get(name);
        return v == null ? null : java.nio.file.Path.of(v);
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
        final StringBuilder b = new StringBuilder(usageLine(command)).append("\n\n").append(summary).append("\n\n");
        for (final Spec s : specs.values()) {
            final String left = "  --" + s.name() + (s.argument() != null ? " " + s.argument() : "");
            b.append(left);
            b.append(" ".repeat(Math.max(1, 30 - left.length())));
            b.append(s.description());
            if (s.defaultValue() != null) {
                b.append(" (default: ").append(s.defaultValue()).append(')');
            }
            b.append('\n');
        }
        b.append("  --help").append(" ".repeat(24)).append("this help\n");
        return b.toString();
    }
}
