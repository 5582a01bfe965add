package org.knime.core.node.defaultnodesettings;

import java.awt.Color;

import javax.swing.JPanel;
import javax.swing.JTextField;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Test-kit stand-in for the KNIME class of the same name: a Swing panel bound to one {@link SettingsModel}. It
 * follows model changes and writes its user input back into the model when settings are saved.
 */
public abstract class DialogComponent {

    /** Default foreground color of text fields. */
    protected static final Color DEFAULT_FG = new JTextField().getForeground();

    /** Default background color of text fields. */
    protected static final Color DEFAULT_BG = new JTextField().getBackground();

    private final JPanel m_panel = new JPanel();

    private final SettingsModel m_model;

    private PortObjectSpec[] m_lastSpecs;

    /** @param model the model this component shows and edits */
    public DialogComponent(final SettingsModel model) {
        if (model == null) {
            throw new NullPointerException("SettingsModel can't be null.");
        }
        m_model = model;
        model.addChangeListener(e -> {
            updateComponent();
            setEnabledComponents(model.isEnabled());
        });
    }

    /** @return the panel holding the Swing components */
    public JPanel getComponentPanel() {
        return m_panel;
    }

    /** @return the settings model */
    public final SettingsModel getModel() {
        return m_model;
    }

    /** @param portID port index @return the spec last passed to {@link #loadSettingsFrom}, or null */
    protected final PortObjectSpec getLastTableSpec(final int portID) {
        return m_lastSpecs == null || portID >= m_lastSpecs.length ? null : m_lastSpecs[portID];
    }

    /** @return the specs last passed to {@link #loadSettingsFrom}, or null */
    protected final PortObjectSpec[] getLastTableSpecs() {
        return m_lastSpecs;
    }

    /**
     * @param settings settings to show (may be incomplete)
     * @param specs current input specs
     * @throws NotConfigurableException if the component cannot work with the specs
     */
    public final void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        m_lastSpecs = specs;
        checkConfigurabilityBeforeLoad(specs);
        m_model.dlgLoadSettingsFrom(settings, specs);
        updateComponent();
    }

    /** Shows the model's current value in the Swing components. */
    protected abstract void updateComponent();

    /**
     * Commits user input into the model and writes the model to the settings.
     *
     * @param settings target
     * @throws InvalidSettingsException if the input is invalid and the model is enabled
     */
    public final void saveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        try {
            validateSettingsBeforeSave();
        } catch (InvalidSettingsException e) {
            if (m_model.isEnabled()) {
                throw e;
            }
        }
        m_model.dlgSaveSettingsTo(settings);
    }

    /** @throws InvalidSettingsException if the user input cannot be committed to the model */
    protected abstract void validateSettingsBeforeSave() throws InvalidSettingsException;

    /**
     * @param specs current input specs
     * @throws NotConfigurableException if the component cannot work with them
     */
    protected abstract void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs)
        throws NotConfigurableException;

    /**
     * @param enabled enabled state
     * @deprecated enable the settings model instead
     */
    @Deprecated
    public final void setEnabled(final boolean enabled) {
        m_model.setEnabled(enabled);
    }

    /** @param enabled whether the Swing components accept input */
    protected abstract void setEnabledComponents(final boolean enabled);

    /** @param text tool tip for the components */
    public abstract void setToolTipText(final String text);

    /** @param field field to mark as erroneous */
    protected void showError(final JTextField field) {
        field.setForeground(Color.RED);
    }

    /** @param field field to unmark */
    protected void clearError(final JTextField field) {
        field.setForeground(DEFAULT_FG);
        field.setBackground(DEFAULT_BG);
    }
}
