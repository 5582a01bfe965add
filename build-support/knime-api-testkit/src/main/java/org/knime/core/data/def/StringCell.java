package org.knime.core.data.def;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.NominalValue;
import org.knime.core.data.StringValue;

/**
 * Test-kit stand-in for the KNIME class of the same name: a cell holding a non-null string.
 */
public final class StringCell extends DataCell implements StringValue, NominalValue {

    private static final long serialVersionUID = 1L;

    /** The type of string cells. */
    public static final DataType TYPE = DataType.getType(StringCell.class);

    private final String m_string;

    /** @param str the non-null value */
    public StringCell(final String str) {
        if (str == null) {
            throw new NullPointerException("String must not be null.");
        }
        m_string = str;
    }

    @Override
    public String getStringValue() {
        return m_string;
    }

    @Override
    public String toString() {
        return m_string;
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return m_string.equals(((StringCell)dc).m_string);
    }

    @Override
    public int hashCode() {
        return m_string.hashCode();
    }
}
