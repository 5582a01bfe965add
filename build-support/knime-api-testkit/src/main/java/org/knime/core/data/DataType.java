package org.knime.core.data;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.ConfigRO;
import org.knime.core.node.config.ConfigWO;

/**
 * Test-kit stand-in for the KNIME class of the same name: the type of a column, derived from a cell class and the
 * {@link DataValue} interfaces it implements. The preferred value class is the first value interface the cell class
 * declares. Only native (cell-class based) types are supported.
 */
public final class DataType {

    private static final Map<Class<? extends DataCell>, DataType> CACHE = new ConcurrentHashMap<>();

    private static final String CFG_CELL_NAME = "cell_class";

    private final Class<? extends DataCell> m_cellClass;

    /** all implemented value interfaces, the preferred one first */
    private final List<Class<? extends DataValue>> m_valueClasses;

    private DataType(final Class<? extends DataCell> cellClass) {
        m_cellClass = cellClass;
        m_valueClasses = Collections.unmodifiableList(collectValueClasses(cellClass));
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends DataValue>> collectValueClasses(final Class<?> cellClass) {
        Set<Class<? extends DataValue>> result = new LinkedHashSet<>();
        for (Class<?> c = cellClass; c != null; c = c.getSuperclass()) {
            Deque<Class<?>> todo = new ArrayDeque<>(List.of(c.getInterfaces()));
            while (!todo.isEmpty()) {
                Class<?> i = todo.poll();
                if (DataValue.class.isAssignableFrom(i) && result.add((Class<? extends DataValue>)i)) {
                    todo.addAll(List.of(i.getInterfaces()));
                }
            }
        }
        if (result.size() > 1) {
            result.remove(DataValue.class);
        } else if (result.isEmpty()) {
            result.add(DataValue.class);
        }
        return new ArrayList<>(result);
    }

    /**
     * @param cell a cell class
     * @return the (cached) type for it
     */
    public static DataType getType(final Class<? extends DataCell> cell) {
        if (cell == null) {
            throw new NullPointerException("Cell class must not be null");
        }
        return CACHE.computeIfAbsent(cell, DataType::new);
    }

    /** @return the singleton missing cell (its {@link DataCell#isMissing()} is true) */
    public static DataCell getMissingCell() {
        return MissingCell.INSTANCE;
    }

    /**
     * @param valueClass a value interface
     * @return whether cells of this type offer that value (missing types are compatible with everything)
     */
    public boolean isCompatible(final Class<? extends DataValue> valueClass) {
        for (Class<? extends DataValue> c : m_valueClasses) {
            if (MissingValue.class.equals(c) || valueClass.isAssignableFrom(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param type another type
     * @return whether cells of {@code type} may be stored in a column of this type
     */
    public boolean isASuperTypeOf(final DataType type) {
        if (type == null) {
            throw new NullPointerException("Type argument must not be null.");
        }
        if (equals(type) || type.isMissingValueType()) {
            return true;
        }
        return type.m_valueClasses.containsAll(m_valueClasses);
    }

    /** @return whether this is the type of missing cells */
    public boolean isMissingValueType() {
        return m_valueClasses.size() == 1 && m_valueClasses.get(0) == MissingValue.class;
    }

    /** @return false; collection types are not supported by the test kit */
    public boolean isCollectionType() {
        return false;
    }

    /** @return null; collection types are not supported by the test kit */
    public DataType getCollectionElementType() {
        return null;
    }

    /** @return the preferred value class */
    public Class<? extends DataValue> getPreferredValueClass() {
        return m_valueClasses.get(0);
    }

    /** @return all value classes, the preferred one first */
    public List<Class<? extends DataValue>> getValueClasses() {
        return m_valueClasses;
    }

    /** @return the cell class */
    public Class<? extends DataCell> getCellClass() {
        return m_cellClass;
    }

    /** @param config target: writes the cell class name */
    public void save(final ConfigWO config) {
        config.addString(CFG_CELL_NAME, m_cellClass.getName());
    }

    /**
     * @param config source written by {@link #save(ConfigWO)}
     * @return the type
     * @throws InvalidSettingsException if the cell class is unknown
     */
    public static DataType load(final ConfigRO config) throws InvalidSettingsException {
        String name = config.getString(CFG_CELL_NAME);
        if (name == null) {
            throw new InvalidSettingsException("Non-native data types are not supported by the test kit");
        }
        try {
            return getType(Class.forName(name).asSubclass(DataCell.class));
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new InvalidSettingsException("Data cell implementation '" + name + "' not found.", e);
        }
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof DataType && ((DataType)other).m_cellClass.equals(m_cellClass);
    }

    @Override
    public int hashCode() {
        return m_cellClass.hashCode();
    }

    /** @return the display name of the type */
    public String getName() {
        Class<? extends DataValue> p = getPreferredValueClass();
        if (p == DoubleValue.class) {
            return "Number (Float)";
        } else if (p == IntValue.class) {
            return "Number (Integer)";
        } else if (p == LongValue.class) {
            return "Number (Long Integer)";
        } else if (p == StringValue.class) {
            return "String";
        } else if (p == BooleanValue.class) {
            return "Boolean";
        } else if (p == MissingValue.class) {
            return "Missing Value";
        }
        return m_cellClass.getSimpleName();
    }

    @Override
    public String toString() {
        return getName();
    }
}
