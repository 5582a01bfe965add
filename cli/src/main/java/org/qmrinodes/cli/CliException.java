package org.qmrinodes.cli;

/** A failure the command line reports as a message and an exit status, never as a stack trace. */
public final class CliException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Exit status for bad usage: unknown option, missing option or column. */
    public static final int USAGE = 2;
    /** Exit status for bad data: the message names file, row and column. */
    static final int DATA = 1;

    private final int exitStatus;

    private CliException(final int exitStatus, final String message) {
        super(message);
        this.exitStatus = exitStatus;
    }

    /** @return an error of the command line itself (exit status 2), {@code message} saying what to change */
    public static CliException usage(final String message) {
        return new CliException(USAGE, message);
    }

    /** @return an error of the input data or files (exit status 1), {@code message} naming the file and place */
    public static CliException data(final String message) {
        return new CliException(DATA, message);
    }

    int exitStatus() {
        return exitStatus;
    }
}
