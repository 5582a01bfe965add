package org.knime.core.data;

/**
 * Test-kit stand-in for the KNIME interface of the same name: marker for all value interfaces a cell can offer.
 */
public interface DataValue {

    /**
     * @return a cell holding this value
     * @throws UnsupportedOperationException if not supported by the implementation
     */
    default DataCell materializeDataCell() {
        throw new UnsupportedOperationException("This DataValue cannot be materialized.");
    }
}
