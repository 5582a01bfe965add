package org.knime.core.data;

/**
 * Test-kit stand-in for the KNIME interface of the same name: values that have an int representation.
 */
public interface IntValue extends DataValue {

    /** @return the value as int */
    int getIntValue();
}
