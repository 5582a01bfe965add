package org.qmrinodes.core.data;

/**
 * Input data that an analysis cannot use, with a message meant for the person who supplied the
 * data: it names the column (and row or file where there is one) and says what is wrong.
 */
public final class InvalidDataException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, naming the column/row/file concerned */
    public InvalidDataException(final String message) {
        super(message);
    }
}
