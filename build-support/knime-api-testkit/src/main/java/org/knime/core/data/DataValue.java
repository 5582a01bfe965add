package org.knime.core.data;

/**
 * Test-kit stand-in for the KNIME interface of the same name: marker for all value interfaces a cell can offer.
 */
public interface DataValue {

    /** The meta information of this value class (KNIME: its icon and renderers). */
    UtilityFactory UTILITY = new UtilityFactory();

    /** Test-kit stand-in: the meta information of a value class. */
    class UtilityFactory {

        /** Only subclasses and this interface create one. */
        protected UtilityFactory() {
        }

        /** @return the icon of the value's cells, null for none */
        public javax.swing.Icon getIcon() {
            return null;
        }
    }

    /**
     * @return a cell holding this value
     * @throws UnsupportedOperationException if not supported by the implementation
     */
    default DataCell materializeDataCell() {
        throw new UnsupportedOperationException("This DataValue cannot be materialized.");
    }
}
