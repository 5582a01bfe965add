package org.knime.core.node.defaultnodesettings;

import javax.swing.JCheckBox;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Test-kit stand-in for the KNIME class of the same name: a check box for a {@link SettingsModelBoolean}.
 */
public final class DialogComponentBoolean extends DialogComponent {

    private final JCheckBox m_checkbox;

    /**
     * @param booleanModel the model
     * @param label check box text
     */
    public DialogComponentBoolean(final SettingsModelBoolean booleanModel, final String label) {
        super(booleanModel);
        m_checkbox = new JCheckBox(label);
        m_checkbox.addItemListener(e -> booleanModel.setBooleanValue(m_checkbox.isSelected()));
        getComponentPanel().add(m_checkbox);
        updateComponent();
        setEnabledComponents(booleanModel.isEnabled());
    }

    @Override
    protected void updateComponent() {
        boolean v = ((SettingsModelBoolean)getModel()).getBooleanValue();
        if (m_checkbox.isSelected() != v) {
            m_checkbox.setSelected(v);
        }
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        ((SettingsModelBoolean)getModel()).setBooleanValue(m_checkbox.isSelected());
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) throws NotConfigurableException {
        // always configurable
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        m_checkbox.setEnabled(enabled);
    }

    /** @return whether the check box is selected */
    public boolean isSelected() {
        return m_checkbox.isSelected();
    }

    @Override
    public void setToolTipText(final String text) {
        m_checkbox.setToolTipText(text);
    }
}
