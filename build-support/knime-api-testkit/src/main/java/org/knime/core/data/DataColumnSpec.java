package org.knime.core.data;

import java.util.Objects;

/**
 * Test-kit stand-in for the KNIME class of the same name: name and type of a column. Created through
 * {@link DataColumnSpecCreator}. Domain, properties and handlers are not modelled.
 */
public final class DataColumnSpec {

    private final String m_name;

    private final DataType m_type;

    DataColumnSpec(final String name, final DataType type) {
        m_name = Objects.requireNonNull(name, "Column name must not be null");
        m_type = Objects.requireNonNull(type, "Column type must not be null");
    }

    /** @return the column name */
    public String getName() {
        return m_name;
    }

    /** @return the column type */
    public DataType getType() {
        return m_type;
    }

    /** @param cspec other spec @return whether name and type are equal */
    public boolean equalStructure(final DataColumnSpec cspec) {
        return cspec != null && m_name.equals(cspec.m_name) && m_type.equals(cspec.m_type);
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof DataColumnSpec && equalStructure((DataColumnSpec)o);
    }

    @Override
    public int hashCode() {
        return m_name.hashCode() ^ m_type.hashCode();
    }

    @Override
    public String toString() {
        return m_name + " (" + m_type + ")";
    }
}
