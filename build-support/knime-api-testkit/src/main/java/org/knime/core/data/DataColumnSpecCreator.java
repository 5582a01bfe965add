package org.knime.core.data;

import java.util.Objects;

/**
 * Test-kit stand-in for the KNIME class of the same name: builder for {@link DataColumnSpec}.
 */
public final class DataColumnSpecCreator {

    private String m_name;

    private DataType m_type;

    /**
     * @param name column name
     * @param type column type
     */
    public DataColumnSpecCreator(final String name, final DataType type) {
        m_name = Objects.requireNonNull(name, "Column name must not be null");
        m_type = Objects.requireNonNull(type, "Column type must not be null");
    }

    /** @param cspec spec to copy */
    public DataColumnSpecCreator(final DataColumnSpec cspec) {
        this(cspec.getName(), cspec.getType());
    }

    /** @param name new name */
    public void setName(final String name) {
        m_name = Objects.requireNonNull(name, "Column name must not be null");
    }

    /** @param type new type */
    public void setType(final DataType type) {
        m_type = Objects.requireNonNull(type, "Column type must not be null");
    }

    /** @return the current type */
    public DataType getType() {
        return m_type;
    }

    /** @return a new spec */
    public DataColumnSpec createSpec() {
        return new DataColumnSpec(m_name, m_type);
    }
}
