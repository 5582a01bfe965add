package org.knime.core.node.defaultnodesettings;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.util.filter.InputFilter;
import org.knime.core.node.util.filter.NameFilterConfiguration;
import org.knime.core.node.util.filter.NameFilterConfiguration.FilterResult;
import org.knime.core.node.util.filter.column.DataColumnSpecFilterConfiguration;
import org.knime.core.node.util.filter.column.DataTypeColumnFilter;

/**
 * Test-kit stand-in for the KNIME class of the same name: a column include/exclude selection (model ID
 * {@code SMID_columnfilter}) persisted via {@link DataColumnSpecFilterConfiguration}.
 */
@SuppressWarnings("unchecked") // createClone() narrows the generic return type, as in KNIME
public final class SettingsModelColumnFilter2 extends SettingsModel {

    private DataColumnSpecFilterConfiguration m_filterConfiguration;

    private int m_inputPortIndex = -1;

    /** @param configName key of the filter config; all columns offered, pattern and type filter enabled */
    public SettingsModelColumnFilter2(final String configName) {
        this(new DataColumnSpecFilterConfiguration(configName));
    }

    /**
     * @param configName key of the filter config
     * @param allowedTypes only columns compatible with one of these are offered
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public SettingsModelColumnFilter2(final String configName, final Class<? extends DataValue>... allowedTypes) {
        this(new DataColumnSpecFilterConfiguration(configName, new DataTypeColumnFilter(allowedTypes)));
    }

    /**
     * @param configName key of the filter config
     * @param enableTypeFilter whether the type filter mode may be selected
     * @param allowedTypes only columns compatible with one of these are offered
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public SettingsModelColumnFilter2(final String configName, final boolean enableTypeFilter,
        final Class<? extends DataValue>... allowedTypes) {
        this(new DataColumnSpecFilterConfiguration(configName, new DataTypeColumnFilter(allowedTypes),
            enableTypeFilter
                ? DataColumnSpecFilterConfiguration.FILTER_BY_DATATYPE | NameFilterConfiguration.FILTER_BY_NAMEPATTERN
                : NameFilterConfiguration.FILTER_BY_NAMEPATTERN));
    }

    /**
     * @param configName key of the filter config
     * @param filter only columns passing it are offered (may be null)
     * @param filterEnableMask enabled filter kinds
     */
    public SettingsModelColumnFilter2(final String configName, final InputFilter<DataColumnSpec> filter,
        final int filterEnableMask) {
        this(new DataColumnSpecFilterConfiguration(configName, filter, filterEnableMask));
    }

    private SettingsModelColumnFilter2(final DataColumnSpecFilterConfiguration conf) {
        m_filterConfiguration = conf;
    }

    @Override
    protected SettingsModelColumnFilter2 createClone() {
        return new SettingsModelColumnFilter2(m_filterConfiguration.clone());
    }

    @Override
    protected String getModelTypeID() {
        return "SMID_columnfilter";
    }

    @Override
    protected String getConfigName() {
        return m_filterConfiguration.getConfigRootName();
    }

    /** @param spec spec whose (offered) columns become the include list, new columns are included */
    public void loadDefaults(final DataTableSpec spec) {
        m_filterConfiguration.loadDefaults(spec, true);
    }

    /**
     * @param spec input spec
     * @param filter defines the include list
     * @param filterDefinesIncludeList whether columns passing the filter are included
     */
    public void loadDefaults(final DataTableSpec spec, final InputFilter<DataColumnSpec> filter,
        final boolean filterDefinesIncludeList) {
        m_filterConfiguration.loadDefault(spec, filter, filterDefinesIncludeList);
    }

    void setInputPortIndex(final int inPort) {
        m_inputPortIndex = inPort;
    }

    /** @param inSpec input spec @return included and excluded column names */
    public FilterResult applyTo(final DataTableSpec inSpec) {
        return m_filterConfiguration.applyTo(inSpec);
    }

    @Override
    protected void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        if (m_inputPortIndex < 0 || m_inputPortIndex >= specs.length) {
            throw new NotConfigurableException("Specified port index is out of bounds");
        }
        DataColumnSpecFilterConfiguration before = m_filterConfiguration.clone();
        PortObjectSpec spec = specs[m_inputPortIndex];
        m_filterConfiguration.loadConfigurationInDialog(settings,
            spec instanceof DataTableSpec ? (DataTableSpec)spec : new DataTableSpec());
        if (!before.equals(m_filterConfiguration)) {
            notifyChangeListeners();
        }
    }

    @Override
    protected void saveSettingsForDialog(final NodeSettingsWO settings) throws InvalidSettingsException {
        m_filterConfiguration.saveConfiguration(settings);
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        m_filterConfiguration.clone().loadConfigurationInModel(settings);
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        DataColumnSpecFilterConfiguration before = m_filterConfiguration.clone();
        m_filterConfiguration.loadConfigurationInModel(settings);
        if (!before.equals(m_filterConfiguration)) {
            notifyChangeListeners();
        }
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        m_filterConfiguration.saveConfiguration(settings);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " - Port:" + m_inputPortIndex + "("
            + m_filterConfiguration.getConfigRootName() + ")";
    }
}
