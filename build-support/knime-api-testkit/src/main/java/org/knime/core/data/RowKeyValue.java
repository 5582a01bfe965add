package org.knime.core.data;

/**
 * Test-kit stand-in for the KNIME interface of the same name: something that has a row key string.
 */
public interface RowKeyValue {

    /** @return the row key string */
    String getString();

    /** @return a row key holding the same string */
    default RowKey materializeRowKey() {
        return new RowKey(getString());
    }
}
