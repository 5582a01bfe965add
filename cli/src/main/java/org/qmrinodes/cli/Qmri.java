package org.qmrinodes.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * {@code qmri}: the node logic of qMRI Nodes for KNIME from a shell. CSV in, CSV out; exit status
 * 0 on success, 2 for bad usage, 1 for bad data.
 */
public final class Qmri {

    private static final Set<String> HELP = Set.of("--help", "-h");
    private static final int NAME_WIDTH = 12;

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final Path workingDirectory;
    private final UnaryOperator<String> environment;

    private Qmri(final List<Command> list, final Path workingDirectory, final UnaryOperator<String> environment) {
        list.forEach(c -> commands.put(c.name(), c));
        this.workingDirectory = workingDirectory;
        this.environment = environment;
    }

    /** @return the command line with every subcommand */
    static Qmri standard() {
        return new Qmri(List.of(new RocCommand(), new DelongCommand(), new IccCommand(), new KappaCommand(),
            new CompareCommand(), new LogisticCommand(), new LassoCommand(), new RadScoreCommand(), new DcaCommand(), new CalibrationCommand(), new ValidateCommand(), new NomogramCommand(), new SplitCommand(),
            new Her2Command(), new PrivacyCheckCommand(),
            new MapMathCommand(), new TicCommand(), new RegisterCommand(), new RadiomicsCommand(), new FilterCommand(),
            new DicomScanCommand(), new FitCommand(), new HistogramCommand(), new GenerateMrCommand(), new GenerateImagesCommand(), new DemoCommand()),
            null, System::getenv);
    }

    /** @return the same command line with relative paths resolved against {@code directory} */
    Qmri in(final Path directory) {
        return new Qmri(commands(), directory, environment);
    }

    /** @return the same command line reading environment variables from {@code variables} only */
    Qmri withEnvironment(final Map<String, String> variables) {
        final Map<String, String> copy = Map.copyOf(variables);
        return new Qmri(commands(), workingDirectory, copy::get);
    }

    /** @return the subcommands in the order of the overview */
    List<Command> commands() {
        return List.copyOf(commands.values());
    }

    /**
     * Entry point.
     *
     * @param args the subcommand and its options
     */
    public static void main(final String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(standard().run(args, System.out, System.err));
    }

    /**
     * Runs one invocation in this JVM, without {@code System.exit}: for tools and tests that drive
     * the command line in-process.
     *
     * @param args the subcommand and its options
     * @param out standard output
     * @param err standard error
     * @return the exit status (0 success, 1 bad data, 2 bad usage)
     */
    public static int execute(final String[] args, final PrintStream out, final PrintStream err) {
        return standard().run(args, out, err);
    }

    /**
     * Runs one invocation.
     *
     * @param args the subcommand and its options
     * @param out standard output
     * @param err standard error
     * @return the exit status
     */
    int run(final String[] args, final PrintStream out, final PrintStream err) {
        if (args.length == 0 || HELP.contains(args[0]) || args[0].equals("help")) {
            out.print(overview());
            return args.length == 0 ? CliException.USAGE : 0;
        }
        if (args[0].equals("--version")) {
            out.println("qmri " + version());
            return 0;
        }
        final Command command = commands.get(args[0]);
        if (command == null) {
            err.println("qmri: unknown command '" + args[0] + "'");
            err.print(overview());
            return CliException.USAGE;
        }
        final String[] rest = Arrays.copyOfRange(args, 1, args.length);
        final Options options = command.options();
        if (workingDirectory != null) {
            options.relativeTo(workingDirectory);
        }
        options.environment(environment);
        if (Arrays.stream(rest).anyMatch(HELP::contains)) {
            out.print(options.help(command.name(), command.summary()));
            return 0;
        }
        try {
            options.parse(command.name(), rest);
            command.run(options, out, err);
            out.flush();
            return 0;
        } catch (final CliException e) {
            err.println("qmri " + command.name() + ": " + e.getMessage());
            if (e.exitStatus() == CliException.USAGE) {
                err.println(options.usageLine(command.name()));
            }
            return e.exitStatus();
        } catch (final RuntimeException e) {
            err.println("qmri " + command.name() + ": internal error: " + e);
            return CliException.DATA;
        }
    }

    private String overview() {
        final StringBuilder b = new StringBuilder("usage: qmri <command> [options]   (qmri <command> --help for details)\n"
            + "       qmri --version\n\n");
        for (final Command c : commands.values()) {
            b.append(String.format("  %-" + NAME_WIDTH + "s ", c.name()))
                .append(Options.wrap(c.synopsis(), NAME_WIDTH + 3, NAME_WIDTH + 3)).append('\n');
        }
        return b.toString();
    }

    /** @return the version of this build (the Maven project version), or "unknown" outside a build */
    static String version() {
        try (InputStream in = Qmri.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                final Properties p = new Properties();
                p.load(in);
                final String v = p.getProperty("version");
                if (v != null && !v.startsWith("${")) {
                    return v;
                }
            }
        } catch (final IOException e) {
            // fall back to the manifest
        }
        final String manifest = Qmri.class.getPackage().getImplementationVersion();
        return manifest != null ? manifest : "unknown";
    }
}
