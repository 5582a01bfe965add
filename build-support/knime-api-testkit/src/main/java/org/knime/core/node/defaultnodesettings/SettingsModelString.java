package org.knime.core.node.defaultnodesettings;

import java.util.Objects;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Test-kit stand-in for the KNIME class of the same name: a string setting (null allowed), stored as
 * {@code xstring} (model ID {@code SMID_string}).
 */
@SuppressWarnings("unchecked") // createClone() narrows the generic return type, as in KNIME
public class SettingsModelString extends SettingsModel {

    private String m_value;

    private final String m_configName;

    /**
     * @param configName non-empty key
     * @param defaultValue initial value
     */
    public SettingsModelString(final String configName, final String defaultValue) {
        if (configName == null || configName.isEmpty()) {
            throw new IllegalArgumentException("The configName must be a non-empty string");
        }
        m_configName = configName;
        m_value = defaultValue;
    }

    @Override
    protected SettingsModelString createClone() {
        return new SettingsModelString(m_configName, m_value);
    }

    @Override
    protected String getModelTypeID() {
        return "SMID_string";
    }

    @Override
    protected String getConfigName() {
        return m_configName;
    }

    @Override
    protected void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        try {
            setStringValue(settings.getString(m_configName, m_value));
        } catch (IllegalArgumentException e) {
            // keep the old value
        }
    }

    @Override
    protected void saveSettingsForDialog(final NodeSettingsWO settings) throws InvalidSettingsException {
        saveSettingsForModel(settings);
    }

    /** @param newValue the new value (may be null) */
    public void setStringValue(final String newValue) {
        boolean changed = !Objects.equals(newValue, m_value);
        m_value = newValue;
        if (changed) {
            notifyChangeListeners();
        }
    }

    /** @return the value (may be null) */
    public String getStringValue() {
        return m_value;
    }

    /** @return the value with Java escape sequences (e.g. {@code \t}, {@code \u00e4}) resolved */
    public String getJavaUnescapedStringValue() {
        return JavaUnescaper.unescape(m_value);
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        settings.getString(m_configName);
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        try {
            setStringValue(settings.getString(m_configName));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage());
        }
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        settings.addString(m_configName, m_value);
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
