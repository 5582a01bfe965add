package org.knime.core.data;

/**
 * Test-kit stand-in for the KNIME interface of the same name: marker for values with a natural order and bounds.
 */
public interface BoundedValue extends DataValue {
}
