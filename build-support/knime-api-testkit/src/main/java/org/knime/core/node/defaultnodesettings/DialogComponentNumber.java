package org.knime.core.node.defaultnodesettings;

import java.text.ParseException;

import javax.swing.JLabel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Test-kit stand-in for the KNIME class of the same name: a labelled spinner for a {@link SettingsModelInteger} or
 * {@link SettingsModelDouble} (bounds taken from the bounded variants).
 */
public class DialogComponentNumber extends DialogComponent {

    private final JSpinner m_spinner;

    private final JLabel m_label;

    /**
     * @param numberModel an int or double model
     * @param label label text
     * @param stepSize spinner step
     */
    public DialogComponentNumber(final SettingsModelNumber numberModel, final String label, final Number stepSize) {
        this(numberModel, label, stepSize, 10);
    }

    /**
     * @param numberModel an int or double model
     * @param label label text
     * @param stepSize spinner step
     * @param compWidth spinner width in columns
     */
    public DialogComponentNumber(final SettingsModelNumber numberModel, final String label, final Number stepSize,
        final int compWidth) {
        super(numberModel);
        SpinnerNumberModel sm;
        if (numberModel instanceof SettingsModelDouble) {
            SettingsModelDouble d = (SettingsModelDouble)numberModel;
            double min = -Double.MAX_VALUE;
            double max = Double.MAX_VALUE;
            if (numberModel instanceof SettingsModelDoubleBounded) {
                min = ((SettingsModelDoubleBounded)numberModel).getLowerBound();
                max = ((SettingsModelDoubleBounded)numberModel).getUpperBound();
            }
            sm = new SpinnerNumberModel(Double.valueOf(d.getDoubleValue()), Double.valueOf(min),
                Double.valueOf(max), Double.valueOf(stepSize.doubleValue()));
        } else if (numberModel instanceof SettingsModelInteger) {
            SettingsModelInteger i = (SettingsModelInteger)numberModel;
            int min = Integer.MIN_VALUE;
            int max = Integer.MAX_VALUE;
            if (numberModel instanceof SettingsModelIntegerBounded) {
                min = ((SettingsModelIntegerBounded)numberModel).getLowerBound();
                max = ((SettingsModelIntegerBounded)numberModel).getUpperBound();
            }
            sm = new SpinnerNumberModel(Integer.valueOf(i.getIntValue()), Integer.valueOf(min),
                Integer.valueOf(max), Integer.valueOf(stepSize.intValue()));
        } else {
            throw new IllegalArgumentException("Only Integer and Double models are supported by the test kit");
        }
        m_spinner = new JSpinner(sm);
        ((JSpinner.DefaultEditor)m_spinner.getEditor()).getTextField().setColumns(compWidth);
        m_label = new JLabel(label);
        getComponentPanel().add(m_label);
        getComponentPanel().add(m_spinner);
        updateComponent();
        setEnabledComponents(numberModel.isEnabled());
    }

    /** @return the spinner */
    public JSpinner getSpinner() {
        return m_spinner;
    }

    /** @return the label */
    public JLabel getLabel() {
        return m_label;
    }

    @Override
    protected void updateComponent() {
        Object v;
        if (getModel() instanceof SettingsModelDouble) {
            v = Double.valueOf(((SettingsModelDouble)getModel()).getDoubleValue());
        } else {
            v = Integer.valueOf(((SettingsModelInteger)getModel()).getIntValue());
        }
        if (!v.equals(m_spinner.getValue())) {
            m_spinner.setValue(v);
        }
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        try {
            m_spinner.commitEdit();
        } catch (ParseException e) {
            throw new InvalidSettingsException("Please enter a valid number.", e);
        }
        try {
            ((SettingsModelNumber)getModel()).setNumberValueStr(m_spinner.getValue().toString());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) throws NotConfigurableException {
        // always configurable
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        m_spinner.setEnabled(enabled);
        m_label.setEnabled(enabled);
    }

    @Override
    public void setToolTipText(final String text) {
        m_spinner.setToolTipText(text);
        m_label.setToolTipText(text);
    }
}
