package org.knime.core.node.defaultnodesettings;

import java.util.concurrent.CopyOnWriteArrayList;

import javax.swing.event.ChangeEvent;
import javax.swing.event.ChangeListener;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.config.Config;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Test-kit stand-in for the KNIME class of the same name: a single setting shared by node model and dialog. Next
 * to its value(s) every model writes a {@code <configName>_Internals} config with {@code SettingsModelID} and
 * {@code EnabledStatus}, exactly as KNIME lays it out.
 */
public abstract class SettingsModel {

    /** Suffix of the config holding model ID and enabled status. */
    public static final String CFGKEY_INTERNAL = "_Internals";

    private static final String CFGKEY_MODELID = "SettingsModelID";

    private static final String CFGKEY_ENABLESTAT = "EnabledStatus";

    private final CopyOnWriteArrayList<ChangeListener> m_listeners = new CopyOnWriteArrayList<>();

    private boolean m_enabled = true;

    /** Creates an enabled model. */
    public SettingsModel() {
    }

    /**
     * @param <T> the concrete model type
     * @param settings settings to read
     * @return a clone of this model holding the values from the settings
     * @throws InvalidSettingsException if the settings are invalid
     */
    public final <T extends SettingsModel> T createCloneWithValidatedValue(final NodeSettingsRO settings)
        throws InvalidSettingsException {
        T result = createClone();
        SettingsModel r = result;
        r.m_enabled = m_enabled;
        r.readInternals(settings);
        r.loadSettingsForModel(settings);
        return result;
    }

    /** @param <T> the concrete model type @return a deep copy */
    protected abstract <T extends SettingsModel> T createClone();

    /** @return the ID stored as {@code SettingsModelID} */
    protected abstract String getModelTypeID();

    /** @return the key under which the value is stored */
    protected abstract String getConfigName();

    /**
     * @param settings settings (possibly incomplete)
     * @param specs input specs
     * @throws NotConfigurableException if the dialog cannot be opened
     */
    protected abstract void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException;

    final void dlgLoadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        try {
            readInternals(settings);
        } catch (InvalidSettingsException e) {
            // dialogs accept incomplete settings
        }
        loadSettingsForDialog(settings, specs);
    }

    /**
     * @param settings target
     * @throws InvalidSettingsException if the current value is invalid
     */
    protected abstract void saveSettingsForDialog(final NodeSettingsWO settings) throws InvalidSettingsException;

    final void dlgSaveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        writeInternals(settings);
        try {
            saveSettingsForDialog(settings);
        } catch (InvalidSettingsException e) {
            if (m_enabled) {
                throw e;
            }
        }
    }

    /** @param l listener notified on value or enabled-state changes */
    public void addChangeListener(final ChangeListener l) {
        m_listeners.addIfAbsent(l);
    }

    /** @param l listener notified before all others */
    protected void prependChangeListener(final ChangeListener l) {
        if (!m_listeners.contains(l)) {
            m_listeners.add(0, l);
        }
    }

    /** @param l listener to remove */
    public void removeChangeListener(final ChangeListener l) {
        m_listeners.remove(l);
    }

    /** Notifies all listeners. */
    protected void notifyChangeListeners() {
        for (ChangeListener l : m_listeners) {
            l.stateChanged(new ChangeEvent(this));
        }
    }

    /** @param enabled the new enabled state */
    public void setEnabled(final boolean enabled) {
        boolean changed = m_enabled != enabled;
        m_enabled = enabled;
        if (changed) {
            notifyChangeListeners();
        }
    }

    /** @return whether the model is enabled */
    public boolean isEnabled() {
        return m_enabled;
    }

    /**
     * Checks the settings without changing this model; disabled (per settings) models are not checked.
     *
     * @param settings settings to check
     * @throws InvalidSettingsException if invalid
     */
    public final void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        boolean old = m_enabled;
        readInternals(settings);
        boolean enabledInSettings = m_enabled;
        m_enabled = old;
        if (enabledInSettings) {
            validateSettingsForModel(settings);
        }
    }

    /**
     * @param settings settings to check
     * @throws InvalidSettingsException if invalid
     */
    protected abstract void validateSettingsForModel(final NodeSettingsRO settings)
        throws InvalidSettingsException;

    /**
     * Reads enabled status and value; errors are ignored if the model ends up disabled.
     *
     * @param settings settings to read
     * @throws InvalidSettingsException if invalid
     */
    public final void loadSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        readInternals(settings);
        try {
            loadSettingsForModel(settings);
        } catch (InvalidSettingsException e) {
            if (m_enabled) {
                throw e;
            }
        }
    }

    /**
     * @param settings settings to read
     * @throws InvalidSettingsException if invalid
     */
    protected abstract void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException;

    /** @param settings target for internals and value */
    public final void saveSettingsTo(final NodeSettingsWO settings) {
        writeInternals(settings);
        saveSettingsForModel(settings);
    }

    /** @param settings target for the value */
    protected abstract void saveSettingsForModel(final NodeSettingsWO settings);

    private void readInternals(final NodeSettingsRO settings) throws InvalidSettingsException {
        Config internals;
        try {
            internals = settings.getConfig(getConfigName() + CFGKEY_INTERNAL);
        } catch (InvalidSettingsException e) {
            return; // older settings without internals
        }
        String id = internals.getString(CFGKEY_MODELID);
        m_enabled = internals.getBoolean(CFGKEY_ENABLESTAT);
        assert getModelTypeID().equals(id) : "Settings written by model " + id + " read by " + getModelTypeID();
    }

    private void writeInternals(final NodeSettingsWO settings) {
        Config internals = settings.addConfig(getConfigName() + CFGKEY_INTERNAL);
        internals.addString(CFGKEY_MODELID, getModelTypeID());
        internals.addBoolean(CFGKEY_ENABLESTAT, m_enabled);
    }

    @Override
    public abstract String toString();
}
