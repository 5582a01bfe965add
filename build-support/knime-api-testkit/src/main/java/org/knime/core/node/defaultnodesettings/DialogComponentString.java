package org.knime.core.node.defaultnodesettings;

import javax.swing.JLabel;
import javax.swing.JTextField;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Test-kit stand-in for the KNIME class of the same name: a labelled text field for a {@link SettingsModelString}.
 */
public final class DialogComponentString extends DialogComponent {

    private final JTextField m_field;

    private final JLabel m_label;

    private final boolean m_disallowEmpty;

    /**
     * @param stringModel the model
     * @param label label text
     */
    public DialogComponentString(final SettingsModelString stringModel, final String label) {
        this(stringModel, label, false, 15);
    }

    /**
     * @param stringModel the model
     * @param label label text
     * @param disallowEmptyString whether an empty string is rejected on save
     * @param compWidth field width in columns
     */
    public DialogComponentString(final SettingsModelString stringModel, final String label,
        final boolean disallowEmptyString, final int compWidth) {
        super(stringModel);
        m_disallowEmpty = disallowEmptyString;
        m_label = new JLabel(label);
        m_field = new JTextField(compWidth);
        getComponentPanel().add(m_label);
        getComponentPanel().add(m_field);
        updateComponent();
        setEnabledComponents(stringModel.isEnabled());
    }

    @Override
    protected void updateComponent() {
        String v = ((SettingsModelString)getModel()).getStringValue();
        String shown = v == null ? "" : v;
        if (!shown.equals(m_field.getText())) {
            m_field.setText(shown);
        }
        clearError(m_field);
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        String text = m_field.getText();
        if (m_disallowEmpty && (text == null || text.trim().isEmpty())) {
            showError(m_field);
            throw new InvalidSettingsException("Please enter a string value.");
        }
        ((SettingsModelString)getModel()).setStringValue(text);
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) throws NotConfigurableException {
        // always configurable
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        m_field.setEnabled(enabled);
        m_label.setEnabled(enabled);
    }

    /** @param width field width in pixels @param height field height in pixels */
    public void setSizeComponents(final int width, final int height) {
        m_field.setPreferredSize(new java.awt.Dimension(width, height));
    }

    @Override
    public void setToolTipText(final String text) {
        m_field.setToolTipText(text);
        m_label.setToolTipText(text);
    }
}
