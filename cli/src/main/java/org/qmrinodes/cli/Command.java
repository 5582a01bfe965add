package org.qmrinodes.cli;

import java.io.PrintStream;

/** One {@code qmri} subcommand. */
interface Command {

    /** @return the subcommand name */
    String name();

    /** @return one sentence saying what it does, for the overview of {@code qmri --help} */
    String synopsis();

    /** @return one paragraph saying what it does and what it writes */
    String summary();

    /** @return a fresh declaration of its options */
    Options options();

    /**
     * Runs the command.
     *
     * @param options the parsed options
     * @param out standard output (the result table when no --out is given)
     * @param err standard error (warnings)
     * @throws CliException for bad usage or bad data
     */
    void run(Options options, PrintStream out, PrintStream err) throws CliException;
}
