package org.knime.core.node;

/**
 * Test-kit stand-in for the KNIME class of the same name: a dialog cannot be opened for the current input.
 */
public class NotConfigurableException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message the message */
    public NotConfigurableException(final String message) {
        super(message);
    }

    /**
     * @param message the message
     * @param cause the cause
     */
    public NotConfigurableException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
