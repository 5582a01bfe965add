package org.knime.core.node.util.filter.column;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.util.filter.InputFilter;
import org.knime.core.node.util.filter.NameFilterConfiguration;

/**
 * Test-kit stand-in for the KNIME class of the same name: a column name filter with an optional input filter and
 * an additional "datatype" filter mode (persisted in a {@code datatype} sub config).
 */
public final class DataColumnSpecFilterConfiguration extends NameFilterConfiguration {

    /** Mask bit enabling the type filter. */
    public static final int FILTER_BY_DATATYPE = 1 << 5;

    private final InputFilter<DataColumnSpec> m_filter;

    private final boolean m_typeFilterEnabled;

    private TypeFilterConfigurationImpl m_typeConfig;

    /** @param configRootName key of the sub settings; name pattern and type filter enabled */
    public DataColumnSpecFilterConfiguration(final String configRootName) {
        this(configRootName, null, FILTER_BY_NAMEPATTERN | FILTER_BY_DATATYPE);
    }

    /** @param configRootName key of the sub settings @param filter input filter (may be null) */
    public DataColumnSpecFilterConfiguration(final String configRootName, final InputFilter<DataColumnSpec> filter) {
        this(configRootName, filter, FILTER_BY_NAMEPATTERN);
    }

    /**
     * @param configRootName key of the sub settings
     * @param filter input filter (may be null)
     * @param filterEnableMask enabled filter kinds
     */
    public DataColumnSpecFilterConfiguration(final String configRootName, final InputFilter<DataColumnSpec> filter,
        final int filterEnableMask) {
        super(configRootName, filterEnableMask);
        m_filter = filter;
        m_typeConfig = new TypeFilterConfigurationImpl(filter);
        m_typeFilterEnabled = (filterEnableMask & FILTER_BY_DATATYPE) != 0;
    }

    /** @return whether the type filter may be selected */
    public boolean isTypeFilterEnabled() {
        return m_typeFilterEnabled;
    }

    /** @return the input filter or null */
    public InputFilter<DataColumnSpec> getFilter() {
        return m_filter;
    }

    /** @param settings parent settings @param spec current input spec */
    public void loadConfigurationInDialog(final NodeSettingsRO settings, final DataTableSpec spec) {
        super.loadConfigurationInDialog(settings, offeredNames(spec));
    }

    @Override
    protected void loadConfigurationInDialogChild(final NodeSettingsRO settings, final String[] names) {
        NodeSettingsRO sub;
        try {
            sub = settings.getNodeSettings(TypeFilterConfigurationImpl.TYPE);
        } catch (InvalidSettingsException e) {
            sub = new NodeSettings("empty");
        }
        m_typeConfig.loadConfigurationInDialog(sub);
    }

    @Override
    public void loadConfigurationInModelChild(final NodeSettingsRO settings) throws InvalidSettingsException {
        try {
            m_typeConfig.loadConfigurationInModel(settings.getNodeSettings(TypeFilterConfigurationImpl.TYPE));
        } catch (InvalidSettingsException e) {
            if (TypeFilterConfigurationImpl.TYPE.equals(getType())) {
                throw e;
            }
        }
    }

    @Override
    protected boolean verifyType(final String type) {
        return super.verifyType(type) || (m_typeFilterEnabled && TypeFilterConfigurationImpl.TYPE.equals(type));
    }

    @Override
    protected void saveConfigurationChild(final NodeSettingsWO settings) {
        m_typeConfig.saveConfiguration(settings.addNodeSettings(TypeFilterConfigurationImpl.TYPE));
    }

    /** @param spec input spec @return included and excluded column names */
    public FilterResult applyTo(final DataTableSpec spec) {
        if (TypeFilterConfigurationImpl.TYPE.equals(getType())) {
            return m_typeConfig.applyTo(spec);
        }
        return super.applyTo(offeredNames(spec));
    }

    /**
     * @param spec input spec
     * @param includeByDefault whether all offered columns are included (else excluded)
     */
    public void loadDefaults(final DataTableSpec spec, final boolean includeByDefault) {
        super.loadDefaults(offeredNames(spec), includeByDefault);
        loadDefaultTypeFilter(spec);
    }

    /**
     * @param spec input spec
     * @param filter defines the include list (columns passing it)
     * @param filterDefinesIncludeList whether passing columns are included
     */
    public void loadDefault(final DataTableSpec spec, final InputFilter<DataColumnSpec> filter,
        final boolean filterDefinesIncludeList) {
        List<String> in = new ArrayList<>();
        List<String> ex = new ArrayList<>();
        for (DataColumnSpec c : spec) {
            if (m_filter == null || m_filter.include(c)) {
                boolean pass = filter == null || filter.include(c);
                (pass && filterDefinesIncludeList ? in : ex).add(c.getName());
            }
        }
        setIncludeList(in.toArray(new String[0]));
        setExcludeList(ex.toArray(new String[0]));
        setEnforceOption(filterDefinesIncludeList ? EnforceOption.EnforceInclusion : EnforceOption.EnforceExclusion);
        loadDefaultTypeFilter(spec);
    }

    private void loadDefaultTypeFilter(final DataTableSpec spec) {
        if (m_filter instanceof DataTypeColumnFilter) {
            List<Class<? extends DataValue>> classes = new ArrayList<>();
            for (String n : getIncludeList()) {
                classes.add(spec.getColumnSpec(n).getType().getPreferredValueClass());
            }
            for (String n : getExcludeList()) {
                classes.add(spec.getColumnSpec(n).getType().getPreferredValueClass());
            }
            for (Class<? extends DataValue> c : ((DataTypeColumnFilter)m_filter).getFilterClasses()) {
                classes.add(c);
            }
            m_typeConfig.loadDefaults(classes);
        }
    }

    private String[] offeredNames(final DataTableSpec spec) {
        List<String> r = new ArrayList<>();
        for (DataColumnSpec c : spec) {
            if (m_filter == null || m_filter.include(c)) {
                r.add(c.getName());
            }
        }
        return r.toArray(new String[0]);
    }

    @Override
    public DataColumnSpecFilterConfiguration clone() {
        DataColumnSpecFilterConfiguration c = (DataColumnSpecFilterConfiguration)super.clone();
        c.m_typeConfig = m_typeConfig.clone();
        return c;
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof DataColumnSpecFilterConfiguration
            && m_typeConfig.equals(((DataColumnSpecFilterConfiguration)obj).m_typeConfig) && super.equals(obj);
    }

    @Override
    public int hashCode() {
        return 31 * m_typeConfig.hashCode() + super.hashCode();
    }

    @Override
    public String toString() {
        return TypeFilterConfigurationImpl.TYPE.equals(getType()) ? m_typeConfig.toString() : super.toString();
    }
}
