package org.knime.core.data;

import java.io.Serializable;

/**
 * Test-kit stand-in for the KNIME class of the same name: the abstract base of all immutable table cells.
 */
public abstract class DataCell implements DataValue, Serializable {

    private static final long serialVersionUID = 1L;

    @Override
    public DataCell materializeDataCell() {
        return this;
    }

    /** @return the type derived from this cell's class */
    public final DataType getType() {
        return DataType.getType(getClass());
    }

    /** @return whether this cell represents a missing value */
    public boolean isMissing() {
        return isMissingInternal();
    }

    boolean isMissingInternal() {
        return false;
    }

    @Override
    public abstract String toString();

    /**
     * Two missing cells are equal; a missing and a non-missing cell are not; otherwise cells of the same class are
     * compared with {@link #equalsDataCell(DataCell)}.
     */
    @Override
    public final boolean equals(final Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DataCell)) {
            return false;
        }
        DataCell other = (DataCell)o;
        if (isMissing() || other.isMissing()) {
            return isMissing() && other.isMissing();
        }
        if (getClass() == other.getClass()) {
            return equalsDataCell(other);
        }
        if (getType().getPreferredValueClass().equals(other.getType().getPreferredValueClass())) {
            return equalContent(other);
        }
        return false;
    }

    /**
     * @param dc a non-missing cell of the same class
     * @return whether the content is equal
     */
    protected abstract boolean equalsDataCell(final DataCell dc);

    /**
     * @param otherValue a value with the same preferred value class but another cell class
     * @return whether the content is equal; false by default
     */
    protected boolean equalContent(final DataValue otherValue) {
        return false;
    }

    @Override
    public abstract int hashCode();
}
