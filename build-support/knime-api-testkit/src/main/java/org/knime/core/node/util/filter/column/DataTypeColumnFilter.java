package org.knime.core.node.util.filter.column;

import java.util.Arrays;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataValue;
import org.knime.core.node.util.filter.InputFilter;

/**
 * Test-kit stand-in for the KNIME class of the same name: offers only columns compatible with one of the given
 * value classes.
 */
public final class DataTypeColumnFilter extends InputFilter<DataColumnSpec> {

    private final Class<? extends DataValue>[] m_filterClasses;

    /** @param filterValueClasses accepted value classes (non-empty, no nulls) */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public DataTypeColumnFilter(final Class<? extends DataValue>... filterValueClasses) {
        if (filterValueClasses == null || filterValueClasses.length == 0) {
            throw new NullPointerException("Classes must not be null");
        }
        if (Arrays.asList(filterValueClasses).contains(null)) {
            throw new NullPointerException("List of value classes must not contain null elements.");
        }
        m_filterClasses = filterValueClasses.clone();
    }

    @Override
    public final boolean include(final DataColumnSpec cspec) {
        for (Class<? extends DataValue> c : m_filterClasses) {
            if (cspec.getType().isCompatible(c)) {
                return true;
            }
        }
        return false;
    }

    Class<? extends DataValue>[] getFilterClasses() {
        return m_filterClasses.clone();
    }
}
