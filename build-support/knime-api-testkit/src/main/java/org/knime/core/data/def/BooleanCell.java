package org.knime.core.data.def;

import org.knime.core.data.BooleanValue;
import org.knime.core.data.BoundedValue;
import org.knime.core.data.ComplexNumberValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.FuzzyIntervalValue;
import org.knime.core.data.FuzzyNumberValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.NominalValue;

/**
 * Test-kit stand-in for the KNIME class of the same name: a boolean cell (only the two singletons exist). As
 * number it is 1 for true and 0 for false.
 */
public final class BooleanCell extends DataCell implements BooleanValue, IntValue, LongValue, DoubleValue,
    ComplexNumberValue, FuzzyNumberValue, FuzzyIntervalValue, BoundedValue, NominalValue {

    private static final long serialVersionUID = 1L;

    /** The true cell. */
    public static final BooleanCell TRUE = new BooleanCell(true);

    /** The false cell. */
    public static final BooleanCell FALSE = new BooleanCell(false);

    /**
     * @param value a boolean
     * @return the matching singleton
     * @deprecated use {@link BooleanCellFactory#create(boolean)}
     */
    @Deprecated
    public static final BooleanCell get(final boolean value) {
        return value ? TRUE : FALSE;
    }

    /** The type of boolean cells. */
    public static final DataType TYPE = DataType.getType(BooleanCell.class);

    private final boolean m_value;

    private BooleanCell(final boolean b) {
        m_value = b;
    }

    @Override
    public boolean getBooleanValue() {
        return m_value;
    }

    @Override
    public int getIntValue() {
        return m_value ? 1 : 0;
    }

    @Override
    public long getLongValue() {
        return getIntValue();
    }

    @Override
    public double getDoubleValue() {
        return getIntValue();
    }

    @Override
    public double getCore() {
        return getIntValue();
    }

    @Override
    public double getMaxSupport() {
        return getIntValue();
    }

    @Override
    public double getMinSupport() {
        return getIntValue();
    }

    @Override
    public double getMaxCore() {
        return getIntValue();
    }

    @Override
    public double getMinCore() {
        return getIntValue();
    }

    @Override
    public double getCenterOfGravity() {
        return getIntValue();
    }

    @Override
    public double getImaginaryValue() {
        return 0.0;
    }

    @Override
    public double getRealValue() {
        return getIntValue();
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return ((BooleanCell)dc).m_value == m_value;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(m_value);
    }

    @Override
    public String toString() {
        return Boolean.toString(m_value);
    }

    private Object readResolve() {
        return m_value ? TRUE : FALSE;
    }

    /**
     * Test-kit stand-in for the KNIME factory of the same name (the factory interfaces it implements in KNIME are
     * not modelled).
     */
    public static final class BooleanCellFactory {

        /** The type of boolean cells. */
        public static final DataType TYPE = BooleanCell.TYPE;

        /**
         * @param s "true" or "false" (case-insensitive)
         * @return the cell
         * @throws IllegalArgumentException for other strings
         */
        public static DataCell create(final String s) {
            if ("true".equalsIgnoreCase(s)) {
                return TRUE;
            } else if ("false".equalsIgnoreCase(s)) {
                return FALSE;
            }
            throw new IllegalArgumentException("'" + s + "' is not a boolean value");
        }

        /** @param b a boolean @return the matching singleton cell */
        public static DataCell create(final boolean b) {
            return b ? TRUE : FALSE;
        }
    }
}
