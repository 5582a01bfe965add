package org.knime.core.node;

/**
 * Test-kit stand-in for the KNIME class of the same name: thrown when a user cancels a running node.
 */
public class CanceledExecutionException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates an exception with a default message. */
    public CanceledExecutionException() {
        this("Execution canceled");
    }

    /** @param s the message */
    public CanceledExecutionException(final String s) {
        super(s);
    }
}
