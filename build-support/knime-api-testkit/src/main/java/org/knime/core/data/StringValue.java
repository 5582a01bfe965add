package org.knime.core.data;

/**
 * Test-kit stand-in for the KNIME interface of the same name: values that have a string representation.
 */
public interface StringValue extends DataValue {

    /** @return the value as string */
    String getStringValue();
}
