package org.qmrinodes.cli;

import java.io.PrintStream;

/**
 * The fuzz suite's way into {@code qmri} without {@code System.exit}: {@link Qmri#run} is package
 * private, so this class lives in the CLI's package (on the class path a package may span jars).
 */
public final class QmriInProcess {

    private QmriInProcess() {
    }

    /**
     * Runs one invocation of {@code qmri}.
     *
     * @param args the subcommand and its options
     * @param out standard output
     * @param err standard error
     * @return the exit status
     */
    public static int run(final String[] args, final PrintStream out, final PrintStream err) {
        return Qmri.standard().run(args, out, err);
    }
}
