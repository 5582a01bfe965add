package org.knime.core.data;

/**
 * Test-kit stand-in for the KNIME interface of the same name: values that have a long representation.
 */
public interface LongValue extends DataValue {

    /** @return the value as long */
    long getLongValue();
}
