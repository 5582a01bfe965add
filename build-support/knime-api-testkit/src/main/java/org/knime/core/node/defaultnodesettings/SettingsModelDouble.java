package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Test-kit stand-in for the KNIME class of the same name: a double setting stored as {@code xdouble} (model ID
 * {@code SMID_double}).
 */
@SuppressWarnings("unchecked") // createClone() narrows the generic return type, as in KNIME
public class SettingsModelDouble extends SettingsModelNumber {

    private double m_value;

    private final String m_configName;

    /**
     * @param configName non-empty key
     * @param defaultValue initial value
     */
    public SettingsModelDouble(final String configName, final double defaultValue) {
        if (configName == null || configName.isEmpty()) {
            throw new IllegalArgumentException("The configName must be a non-empty string");
        }
        m_configName = configName;
        m_value = defaultValue;
    }

    @Override
    protected SettingsModelDouble createClone() {
        return new SettingsModelDouble(m_configName, m_value);
    }

    @Override
    protected String getModelTypeID() {
        return "SMID_double";
    }

    @Override
    protected String getConfigName() {
        return m_configName;
    }

    /** @param newValue the new value */
    public void setDoubleValue(final double newValue) {
        boolean changed = Double.compare(newValue, m_value) != 0;
        m_value = newValue;
        if (changed) {
            notifyChangeListeners();
        }
    }

    /** @return the value */
    public double getDoubleValue() {
        return m_value;
    }

    @Override
    void setNumberValueStr(final String newValueStr) {
        try {
            setDoubleValue(Double.parseDouble(newValueStr));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid floating point number format.");
        }
    }

    @Override
    String getNumberValueStr() {
        return Double.toString(m_value);
    }

    @Override
    protected void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        try {
            setDoubleValue(settings.getDouble(m_configName, m_value));
        } catch (IllegalArgumentException e) {
            // keep the old value
        }
    }

    @Override
    protected void saveSettingsForDialog(final NodeSettingsWO settings) throws InvalidSettingsException {
        saveSettingsForModel(settings);
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        validateValue(settings.getDouble(m_configName));
    }

    /**
     * @param value a candidate value
     * @throws InvalidSettingsException if not acceptable (never, unless overridden)
     */
    protected void validateValue(final double value) throws InvalidSettingsException {
        // no restriction
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        try {
            setDoubleValue(settings.getDouble(m_configName));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage());
        }
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        settings.addDouble(m_configName, m_value);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " ('" + m_configName + "')";
    }

    /** @return the config key */
    public String getKey() {
        return m_configName;
    }
}
