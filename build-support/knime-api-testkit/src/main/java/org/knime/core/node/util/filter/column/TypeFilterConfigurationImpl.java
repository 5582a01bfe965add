package org.knime.core.node.util.filter.column;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.util.filter.InputFilter;
import org.knime.core.node.util.filter.NameFilterConfiguration.FilterResult;

/**
 * Test-kit internal: the "datatype" filter, a map from preferred value class name to selected flag, persisted as a
 * {@code typelist} sub config of booleans.
 */
final class TypeFilterConfigurationImpl implements Cloneable {

    static final String TYPE = "datatype";

    private static final String CFG_TYPELIST = "typelist";

    private LinkedHashMap<String, Boolean> m_selections = new LinkedHashMap<>();

    private final InputFilter<DataColumnSpec> m_filter;

    TypeFilterConfigurationImpl(final InputFilter<DataColumnSpec> filter) {
        m_filter = filter;
    }

    void loadConfigurationInModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        NodeSettingsRO list = settings.getNodeSettings(CFG_TYPELIST);
        m_selections.clear();
        for (String key : list.keySet()) {
            m_selections.put(key, list.getBoolean(key, false));
        }
    }

    void loadConfigurationInDialog(final NodeSettingsRO settings) {
        try {
            loadConfigurationInModel(settings);
        } catch (InvalidSettingsException e) {
            m_selections.clear();
        }
    }

    void saveConfiguration(final NodeSettingsWO settings) {
        NodeSettingsWO list = settings.addNodeSettings(CFG_TYPELIST);
        for (Map.Entry<String, Boolean> e : m_selections.entrySet()) {
            list.addBoolean(e.getKey(), e.getValue());
        }
    }

    void loadDefaults(final List<Class<? extends DataValue>> valueClasses) {
        for (Class<? extends DataValue> c : valueClasses) {
            m_selections.putIfAbsent(c.getName(), Boolean.FALSE);
        }
    }

    FilterResult applyTo(final Iterable<DataColumnSpec> columns) {
        List<String> in = new ArrayList<>();
        List<String> ex = new ArrayList<>();
        for (DataColumnSpec c : columns) {
            boolean offered = m_filter == null || m_filter.include(c);
            String key = c.getType().getPreferredValueClass().getName();
            (offered && Boolean.TRUE.equals(m_selections.get(key)) ? in : ex).add(c.getName());
        }
        return new FilterResult(in, ex, Collections.<String> emptyList(), Collections.<String> emptyList());
    }

    @SuppressWarnings("unchecked")
    @Override
    protected TypeFilterConfigurationImpl clone() {
        try {
            TypeFilterConfigurationImpl c = (TypeFilterConfigurationImpl)super.clone();
            c.m_selections = (LinkedHashMap<String, Boolean>)m_selections.clone();
            return c;
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof TypeFilterConfigurationImpl
            && m_selections.equals(((TypeFilterConfigurationImpl)obj).m_selections);
    }

    @Override
    public int hashCode() {
        return m_selections.hashCode();
    }

    @Override
    public String toString() {
        List<String> sel = new ArrayList<>();
        m_selections.forEach((k, v) -> {
            if (v) {
                sel.add(k);
            }
        });
        return "Selected types: " + String.join(", ", sel);
    }
}
