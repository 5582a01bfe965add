package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Test-kit stand-in for the KNIME class of the same name: an int setting stored as {@code xint} (model ID
 * {@code SMID_integer}).
 */
@SuppressWarnings("unchecked") // createClone() narrows the generic return type, as in KNIME
public class SettingsModelInteger extends SettingsModelNumber {

    private int m_value;

    private final String m_configName;

    /**
     * @param configName non-empty key
     * @param defaultValue initial value
     */
    public SettingsModelInteger(final String configName, final int defaultValue) {
        if (configName == null || configName.isEmpty()) {
            throw new IllegalArgumentException("The configName must be a non-empty string");
        }
        m_configName = configName;
        m_value = defaultValue;
    }

    @Override
    protected SettingsModelInteger createClone() {
        return new SettingsModelInteger(m_configName, m_value);
    }

    @Override
    protected String getModelTypeID() {
        return "SMID_integer";
    }

    @Override
    protected String getConfigName() {
        return m_configName;
    }

    /** @param newValue the new value */
    public void setIntValue(final int newValue) {
        boolean changed = newValue != m_value;
        m_value = newValue;
        if (changed) {
            notifyChangeListeners();
        }
    }

    /** @return the value */
    public int getIntValue() {
        return m_value;
    }

    @Override
    void setNumberValueStr(final String newValueStr) {
        try {
            setIntValue(Integer.parseInt(newValueStr));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid integer number format ('" + newValueStr + "')");
        }
    }

    @Override
    String getNumberValueStr() {
        return Integer.toString(m_value);
    }

    @Override
    protected void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        try {
            setIntValue(settings.getInt(m_configName, m_value));
        } catch (IllegalArgumentException e) {
            // keep the old value
        } finally {
            notifyChangeListeners();
        }
    }

    @Override
    protected void saveSettingsForDialog(final NodeSettingsWO settings) throws InvalidSettingsException {
        saveSettingsForModel(settings);
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        validateValue(settings.getInt(m_configName));
    }

    /**
     * @param value a candidate value
     * @throws InvalidSettingsException if not acceptable (never, unless overridden)
     */
    protected void validateValue(final int value) throws InvalidSettingsException {
        // no restriction
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        try {
            setIntValue(settings.getInt(m_configName));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage());
        }
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        settings.addInt(m_configName, m_value);
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
