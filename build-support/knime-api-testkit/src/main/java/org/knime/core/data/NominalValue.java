package org.knime.core.data;

/**
 * Test-kit stand-in for the KNIME interface of the same name: marker for values with a finite set of categories.
 */
public interface NominalValue extends DataValue {
}
