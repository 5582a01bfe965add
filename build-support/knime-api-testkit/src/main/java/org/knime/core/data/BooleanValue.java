package org.knime.core.data;

/**
 * Test-kit stand-in for the KNIME interface of the same name: values that have a boolean representation.
 */
public interface BooleanValue extends DataValue {

    /** @return the value as boolean */
    boolean getBooleanValue();
}
