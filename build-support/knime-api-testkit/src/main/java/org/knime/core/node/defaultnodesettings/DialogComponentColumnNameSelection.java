package org.knime.core.node.defaultnodesettings;

import java.util.Arrays;
import java.util.List;

import javax.swing.JComboBox;
import javax.swing.JLabel;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.util.ColumnFilter;

/**
 * Test-kit stand-in for the KNIME class of the same name: a combo box selecting one compatible column of an input
 * table for a {@link SettingsModelString}.
 */
public class DialogComponentColumnNameSelection extends DialogComponent {

    private final JComboBox<String> m_combo = new JComboBox<>();

    private final JLabel m_label;

    private final int m_specIndex;

    private final boolean m_isRequired;

    private final boolean m_addNoneCol;

    private ColumnFilter m_filter;

    /**
     * @param model the model holding the column name
     * @param label label text
     * @param specIndex input port index
     * @param columnFilter which columns are offered
     */
    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
        final int specIndex, final ColumnFilter columnFilter) {
        this(model, label, specIndex, true, false, columnFilter);
    }

    /**
     * @param model the model holding the column name
     * @param label label text
     * @param specIndex input port index
     * @param classFilter offered columns must be compatible with one of these
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
        final int specIndex, final Class<? extends DataValue>... classFilter) {
        this(model, label, specIndex, true, classFilter);
    }

    /**
     * @param model the model holding the column name
     * @param label label text
     * @param specIndex input port index
     * @param isRequired whether at least one compatible column must exist
     * @param classFilter offered columns must be compatible with one of these
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
        final int specIndex, final boolean isRequired, final Class<? extends DataValue>... classFilter) {
        this(model, label, specIndex, isRequired, false, classFilter);
    }

    /**
     * @param model the model holding the column name
     * @param label label text
     * @param specIndex input port index
     * @param isRequired whether at least one compatible column must exist
     * @param addNoneCol whether a "&lt;none&gt;" choice is offered
     * @param classFilter offered columns must be compatible with one of these
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
        final int specIndex, final boolean isRequired, final boolean addNoneCol,
        final Class<? extends DataValue>... classFilter) {
        this(model, label, specIndex, isRequired, addNoneCol, valueFilter(classFilter));
    }

    /**
     * @param model the model holding the column name
     * @param label label text
     * @param specIndex input port index
     * @param isRequired whether at least one compatible column must exist
     * @param columnFilter which columns are offered
     */
    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
        final int specIndex, final boolean isRequired, final ColumnFilter columnFilter) {
        this(model, label, specIndex, isRequired, false, columnFilter);
    }

    /**
     * @param model the model holding the column name
     * @param label label text
     * @param specIndex input port index
     * @param isRequired whether at least one compatible column must exist
     * @param addNoneCol whether a "&lt;none&gt;" choice is offered
     * @param columnFilter which columns are offered
     */
    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
        final int specIndex, final boolean isRequired, final boolean addNoneCol, final ColumnFilter columnFilter) {
        super(model);
        m_label = new JLabel(label);
        m_specIndex = specIndex;
        m_isRequired = isRequired;
        m_addNoneCol = addNoneCol;
        m_filter = columnFilter;
        getComponentPanel().add(m_label);
        getComponentPanel().add(m_combo);
        setEnabledComponents(model.isEnabled());
    }

    private static ColumnFilter valueFilter(final Class<? extends DataValue>[] classes) {
        final List<Class<? extends DataValue>> list =
            classes == null || classes.length == 0 ? List.of(DataValue.class) : Arrays.asList(classes);
        return new ColumnFilter() {
            @Override
            public boolean includeColumn(final DataColumnSpec colSpec) {
                return list.stream().anyMatch(c -> colSpec.getType().isCompatible(c));
            }

            @Override
            public String allFilteredMsg() {
                return "No column compatible with any of " + list + " in input table.";
            }
        };
    }

    /** @return the spec of the selected column or null */
    public final DataColumnSpec getSelectedAsSpec() {
        PortObjectSpec s = getLastTableSpec(m_specIndex);
        String sel = getSelected();
        return s instanceof DataTableSpec && sel != null ? ((DataTableSpec)s).getColumnSpec(sel) : null;
    }

    /** @return the selected column name or null (also for "&lt;none&gt;") */
    public final String getSelected() {
        Object o = m_combo.getSelectedItem();
        return o == null || (m_addNoneCol && m_combo.getSelectedIndex() == 0) ? null : o.toString();
    }

    @Override
    protected void updateComponent() {
        String current = ((SettingsModelString)getModel()).getStringValue();
        m_combo.removeAllItems();
        if (m_addNoneCol) {
            m_combo.addItem("<none>");
        }
        PortObjectSpec s = getLastTableSpec(m_specIndex);
        if (s instanceof DataTableSpec) {
            for (DataColumnSpec c : (DataTableSpec)s) {
                if (m_filter.includeColumn(c)) {
                    m_combo.addItem(c.getName());
                }
            }
        }
        if (current != null) {
            for (int i = 0; i < m_combo.getItemCount(); i++) {
                if (current.equals(m_combo.getItemAt(i)) && !(m_addNoneCol && i == 0)) {
                    m_combo.setSelectedIndex(i);
                    return;
                }
            }
        }
        // value not offered: fall back to the last compatible column, like KNIME's column selection
        if (m_combo.getItemCount() > 0) {
            m_combo.setSelectedIndex(m_addNoneCol && current == null ? 0 : m_combo.getItemCount() - 1);
        }
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) throws NotConfigurableException {
        if (specs == null || m_specIndex >= specs.length || specs[m_specIndex] == null) {
            if (m_isRequired) {
                throw new NotConfigurableException("No input spec available at port " + m_specIndex);
            }
            return;
        }
        if (!(specs[m_specIndex] instanceof DataTableSpec)) {
            throw new NotConfigurableException("Input port " + m_specIndex + " does not hold a table spec");
        }
        if (m_isRequired) {
            boolean any = ((DataTableSpec)specs[m_specIndex]).stream().anyMatch(m_filter::includeColumn);
            if (!any) {
                throw new NotConfigurableException(m_filter.allFilteredMsg());
            }
        }
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        String sel = getSelected();
        if (sel == null && m_isRequired && !m_addNoneCol) {
            throw new InvalidSettingsException("Please select an item in the list.");
        }
        ((SettingsModelString)getModel()).setStringValue(sel);
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        m_combo.setEnabled(enabled);
        m_label.setEnabled(enabled);
    }

    @Override
    public void setToolTipText(final String text) {
        m_combo.setToolTipText(text);
        m_label.setToolTipText(text);
    }

    /**
     * @param filter new column filter
     * @throws NotConfigurableException if no column of the last spec passes and a column is required
     */
    public void setColumnFilter(final ColumnFilter filter) throws NotConfigurableException {
        m_filter = filter;
        if (getLastTableSpecs() != null) {
            checkConfigurabilityBeforeLoad(getLastTableSpecs());
        }
        updateComponent();
    }
}
