package org.knime.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.swing.JComponent;

import org.knime.core.node.port.PortObjectSpec;

/**
 * Test-kit stand-in for the KNIME class of the same name: the ordered column specs of a table plus a table name.
 * Column names must be unique.
 */
public final class DataTableSpec implements PortObjectSpec, Iterable<DataColumnSpec> {

    private static final String DEFAULT_NAME = "default";

    private final String m_name;

    private final List<DataColumnSpec> m_columns;

    private final Map<String, Integer> m_index;

    private final Map<String, String> m_properties;

    /** Creates an empty spec. */
    public DataTableSpec() {
        this(DEFAULT_NAME);
    }

    /** @param colSpecs the columns */
    public DataTableSpec(final DataColumnSpec... colSpecs) {
        this(DEFAULT_NAME, colSpecs);
    }

    /** @param name the table name (an empty spec) */
    public DataTableSpec(final String name) {
        this(name, new DataColumnSpec[0]);
    }

    /**
     * @param name the table name
     * @param colSpecs the columns
     */
    public DataTableSpec(final String name, final DataColumnSpec... colSpecs) {
        this(name, colSpecs, Map.of());
    }

    /** As the KNIME class's constructor {@link DataTableSpecCreator} uses: name, columns and properties. */
    DataTableSpec(final String name, final DataColumnSpec[] colSpecs, final Map<String, String> properties) {
        m_properties = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
        m_name = name == null ? DEFAULT_NAME : name;
        m_columns = Collections.unmodifiableList(new ArrayList<>(Arrays.asList(colSpecs)));
        m_index = new HashMap<>();
        for (int i = 0; i < m_columns.size(); i++) {
            DataColumnSpec c = m_columns.get(i);
            if (c == null) {
                throw new NullPointerException("Column spec at index " + i + " is null");
            }
            if (m_index.put(c.getName(), i) != null) {
                throw new IllegalArgumentException("Duplicate column name \"" + c.getName() + "\"");
            }
        }
    }

    /**
     * @param spec1 first columns
     * @param spec2 appended columns
     */
    public DataTableSpec(final DataTableSpec spec1, final DataTableSpec spec2) {
        this(spec1.getName() + "+" + spec2.getName(), spec1, spec2);
    }

    /**
     * @param name the table name
     * @param spec1 first columns
     * @param spec2 appended columns
     */
    public DataTableSpec(final String name, final DataTableSpec spec1, final DataTableSpec spec2) {
        this(name, concat(spec1, spec2));
    }

    /**
     * @param names column names
     * @param types column types
     */
    public DataTableSpec(final String[] names, final DataType[] types) {
        this(DEFAULT_NAME, names, types);
    }

    /**
     * @param name the table name
     * @param names column names
     * @param types column types
     */
    public DataTableSpec(final String name, final String[] names, final DataType[] types) {
        this(name, createColumnSpecs(names, types));
    }

    private static DataColumnSpec[] concat(final DataTableSpec a, final DataTableSpec b) {
        List<DataColumnSpec> l = new ArrayList<>(a.m_columns);
        l.addAll(b.m_columns);
        return l.toArray(new DataColumnSpec[0]);
    }

    /**
     * @param names column names
     * @param types column types of the same length
     * @return column specs
     */
    public static final DataColumnSpec[] createColumnSpecs(final String[] names, final DataType[] types) {
        if (names.length != types.length) {
            throw new IllegalArgumentException("Names and types differ in length");
        }
        DataColumnSpec[] r = new DataColumnSpec[names.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = new DataColumnSpecCreator(names[i], types[i]).createSpec();
        }
        return r;
    }

    /** @return the table name */
    public String getName() {
        return m_name;
    }

    /** @return the number of columns */
    public int getNumColumns() {
        return m_columns.size();
    }

    /** @param index column index @return the column spec */
    public DataColumnSpec getColumnSpec(final int index) {
        return m_columns.get(index);
    }

    /** @param column column name @return the column spec or null if absent */
    public DataColumnSpec getColumnSpec(final String column) {
        Integer i = m_index.get(column);
        return i == null ? null : m_columns.get(i);
    }

    /** @param columnName column name @return its index or -1 */
    public int findColumnIndex(final String columnName) {
        Integer i = columnName == null ? null : m_index.get(columnName);
        return i == null ? -1 : i;
    }

    /** @param columnName column name @return whether the column exists */
    public boolean containsName(final String columnName) {
        return findColumnIndex(columnName) >= 0;
    }

    /** @param valueClass value interface @return whether any column is compatible with it */
    public boolean containsCompatibleType(final Class<? extends DataValue> valueClass) {
        return m_columns.stream().anyMatch(c -> c.getType().isCompatible(valueClass));
    }

    /** @return all column names in order */
    public final String[] getColumnNames() {
        return m_columns.stream().map(DataColumnSpec::getName).toArray(String[]::new);
    }

    /**
     * @param columns column names
     * @return their indices
     * @throws IllegalArgumentException if a column is absent
     */
    public int[] columnsToIndices(final String... columns) {
        int[] r = new int[columns.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = findColumnIndex(columns[i]);
            if (r[i] < 0) {
                throw new IllegalArgumentException("Column not found: \"" + columns[i] + "\"");
            }
        }
        return r;
    }

    /** @return the spec's properties (read only, never null), as KNIME's */
    public Map<String, String> getProperties() {
        return m_properties;
    }

    /** @param spec other spec @return whether columns have equal names and types */
    public boolean equalStructure(final DataTableSpec spec) {
        return spec != null && m_columns.equals(spec.m_columns);
    }

    @Override
    public Iterator<DataColumnSpec> iterator() {
        return m_columns.iterator();
    }

    /** @return the columns as stream */
    public Stream<DataColumnSpec> stream() {
        return m_columns.stream();
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof DataTableSpec && equalStructure((DataTableSpec)obj)
            && m_properties.equals(((DataTableSpec)obj).m_properties);
    }

    @Override
    public int hashCode() {
        return m_columns.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("name=").append(m_name).append(",columns=[");
        for (int i = 0; i < m_columns.size(); i++) {
            sb.append(i == 0 ? "" : ";").append(m_columns.get(i).getName());
        }
        return sb.append(']').toString();
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }
}
