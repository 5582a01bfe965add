package org.knime.core.data;

/**
 * Test-kit stand-in for the KNIME interface of the same name: values that have a double representation.
 */
public interface DoubleValue extends DataValue {

    /** @return the value as double */
    double getDoubleValue();
}
