package org.knime.core.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test-kit stand-in for the KNIME class of the same name: builds a {@link DataTableSpec} with a name, columns and
 * properties.
 */
public final class DataTableSpecCreator {

    private final List<DataColumnSpec> m_columnSpecs = new ArrayList<>();

    private String m_name;

    private final Map<String, String> m_properties = new LinkedHashMap<>();

    /** Starts with an empty spec. */
    public DataTableSpecCreator() {
    }

    /** @param spec the spec to start with: its columns, name and properties */
    public DataTableSpecCreator(final DataTableSpec spec) {
        addColumns(spec);
        setName(spec.getName());
        putProperties(spec.getProperties());
    }

    /** @param columns columns to append @return this */
    public DataTableSpecCreator addColumns(final DataColumnSpec... columns) {
        m_columnSpecs.addAll(List.of(columns));
        return this;
    }

    /** @param fromSpec the spec whose columns to append @return this */
    public DataTableSpecCreator addColumns(final DataTableSpec fromSpec) {
        fromSpec.forEach(m_columnSpecs::add);
        return this;
    }

    /** @param name the table name @return this */
    public DataTableSpecCreator setName(final String name) {
        m_name = name;
        return this;
    }

    /** @param properties properties to add @return this */
    public DataTableSpecCreator putProperties(final Map<String, String> properties) {
        if (properties.containsKey(null) || properties.containsKey("")) {
            throw new IllegalArgumentException("Invalid property key (null or empty string)");
        }
        m_properties.putAll(properties);
        return this;
    }

    /** @param key the key @param value the value @return this */
    public DataTableSpecCreator putProperty(final String key, final String value) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("Invalid property key (null or empty string)");
        }
        m_properties.put(key, value);
        return this;
    }

    /** @return the spec */
    public DataTableSpec createSpec() {
        return new DataTableSpec(m_name, m_columnSpecs.toArray(DataColumnSpec[]::new), m_properties);
    }
}
