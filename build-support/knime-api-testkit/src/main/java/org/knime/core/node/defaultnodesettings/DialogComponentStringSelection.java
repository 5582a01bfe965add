package org.knime.core.node.defaultnodesettings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import javax.swing.JComboBox;
import javax.swing.JLabel;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Test-kit stand-in for the KNIME class of the same name: a combo box choosing one of a fixed list of strings for
 * a {@link SettingsModelString}.
 */
public final class DialogComponentStringSelection extends DialogComponent {

    private final JComboBox<String> m_combo = new JComboBox<>();

    private final JLabel m_label;

    /**
     * @param stringModel the model
     * @param label label text
     * @param list the choices (non-empty)
     */
    public DialogComponentStringSelection(final SettingsModelString stringModel, final String label,
        final String... list) {
        this(stringModel, label, list == null ? null : Arrays.asList(list));
    }

    /**
     * @param stringModel the model
     * @param label label text
     * @param list the choices (non-empty)
     */
    public DialogComponentStringSelection(final SettingsModelString stringModel, final String label,
        final Collection<String> list) {
        this(stringModel, label, list, false);
    }

    /**
     * @param stringModel the model
     * @param label label text
     * @param list the choices (non-empty)
     * @param editable whether free text may be entered
     */
    public DialogComponentStringSelection(final SettingsModelString stringModel, final String label,
        final Collection<String> list, final boolean editable) {
        super(stringModel);
        if (list == null || list.isEmpty()) {
            throw new IllegalArgumentException("Selection list of options shouldn't be null or empty");
        }
        m_label = new JLabel(label);
        for (String s : list) {
            if (s == null) {
                throw new NullPointerException("Options in the selection list can't be null");
            }
            m_combo.addItem(s);
        }
        m_combo.setEditable(editable);
        getComponentPanel().add(m_label);
        getComponentPanel().add(m_combo);
        updateComponent();
        setEnabledComponents(stringModel.isEnabled());
    }

    @Override
    protected void updateComponent() {
        String v = ((SettingsModelString)getModel()).getStringValue();
        if (v != null && (m_combo.isEditable() || items().contains(v))) {
            m_combo.setSelectedItem(v);
        }
    }

    private List<String> items() {
        List<String> r = new ArrayList<>();
        for (int i = 0; i < m_combo.getItemCount(); i++) {
            r.add(m_combo.getItemAt(i));
        }
        return r;
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        Object sel = m_combo.getSelectedItem();
        if (sel == null) {
            throw new InvalidSettingsException("Please select an item from the list.");
        }
        ((SettingsModelString)getModel()).setStringValue(sel.toString());
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) throws NotConfigurableException {
        // always configurable
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        m_combo.setEnabled(enabled);
        m_label.setEnabled(enabled);
    }

    /** @param width width in pixels @param height height in pixels */
    public void setSizeComponents(final int width, final int height) {
        m_combo.setPreferredSize(new java.awt.Dimension(width, height));
    }

    @Override
    public void setToolTipText(final String text) {
        m_combo.setToolTipText(text);
        m_label.setToolTipText(text);
    }

    /**
     * @param newItems the new choices (non-empty)
     * @param select item to select (null keeps the model value if contained, else the first item)
     */
    public void replaceListItems(final Collection<String> newItems, final String select) {
        if (newItems == null || newItems.isEmpty()) {
            throw new IllegalArgumentException("The container with the new items can't be null or empty.");
        }
        String keep = select != null ? select : ((SettingsModelString)getModel()).getStringValue();
        m_combo.removeAllItems();
        newItems.forEach(m_combo::addItem);
        if (keep != null && newItems.contains(keep)) {
            m_combo.setSelectedItem(keep);
        } else {
            m_combo.setSelectedIndex(0);
        }
        ((SettingsModelString)getModel()).setStringValue((String)m_combo.getSelectedItem());
    }
}
