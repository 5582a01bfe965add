package org.knime.core.data;

/**
 * Test-kit stand-in for the KNIME interface of the same name: marker for missing values.
 */
public interface MissingValue extends DataValue {

    /** @return the error message attached to the missing value, or null */
    public String getError();
}
