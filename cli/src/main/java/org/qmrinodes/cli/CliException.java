package org.qmrinodes.cli;

/** A failure the command line reports as a message and an exit status, never as a stack trace. */
final class CliException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Exit status for bad usage: unknown option, missing option or column. */
    static final int USAGE = 2;
    /** Exit status for bad data: the message names file, row and column. */
    static final int DATA = 1;

    private final int exitStatus;

    private CliException(final int exitStatus, final String message) {
        super(message);
        this.exitStatus = exitStatus;
    }

    static CliException usage(final String message) {
        return new CliException(USAGE, message);
    }

    static CliException data(final String message) {
        return new CliException(DATA, message);
    }

    int exitStatus() {
        return exitStatus;
    }
}
