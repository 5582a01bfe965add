package org.knime.core.node.defaultnodesettings;

import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JList;
import javax.swing.JPanel;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.util.filter.NameFilterConfiguration.FilterResult;

/**
 * Test-kit stand-in for the KNIME class of the same name: shows the include/exclude lists of a
 * {@link SettingsModelColumnFilter2} for one input table (read-only in the test kit).
 */
public class DialogComponentColumnFilter2 extends DialogComponent {

    private final int m_inPortIdx;

    private final DefaultListModel<String> m_includes = new DefaultListModel<>();

    private final DefaultListModel<String> m_excludes = new DefaultListModel<>();

    private final JPanel m_excludePanel = new JPanel();

    private final JPanel m_includePanel = new JPanel();

    private final JList<String> m_excludeList = new JList<>(m_excludes);

    private final JList<String> m_includeList = new JList<>(m_includes);

    /**
     * @param model the model
     * @param inPortIdx index of the input table whose columns are filtered
     */
    public DialogComponentColumnFilter2(final SettingsModelColumnFilter2 model, final int inPortIdx) {
        this(model, inPortIdx, false);
    }

    /**
     * @param model the model
     * @param inPortIdx index of the input table whose columns are filtered
     * @param showSelectionListsOnly ignored by the test kit
     */
    public DialogComponentColumnFilter2(final SettingsModelColumnFilter2 model, final int inPortIdx,
        final boolean showSelectionListsOnly) {
        super(model);
        m_inPortIdx = inPortIdx;
        model.setInputPortIndex(inPortIdx);
        m_excludePanel.setBorder(BorderFactory.createTitledBorder("Exclude"));
        m_excludePanel.add(m_excludeList);
        m_includePanel.setBorder(BorderFactory.createTitledBorder("Include"));
        m_includePanel.add(m_includeList);
        getComponentPanel().add(m_excludePanel);
        getComponentPanel().add(m_includePanel);
    }

    @Override
    protected void updateComponent() {
        m_includes.clear();
        m_excludes.clear();
        PortObjectSpec s = getLastTableSpec(m_inPortIdx);
        if (s instanceof DataTableSpec) {
            FilterResult r = ((SettingsModelColumnFilter2)getModel()).applyTo((DataTableSpec)s);
            for (String n : r.getIncludes()) {
                m_includes.addElement(n);
            }
            for (String n : r.getExcludes()) {
                m_excludes.addElement(n);
            }
        }
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        // the model holds the state; nothing to commit
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) throws NotConfigurableException {
        if (specs == null || m_inPortIdx >= specs.length || !(specs[m_inPortIdx] instanceof DataTableSpec)) {
            throw new NotConfigurableException("No table spec available at port " + m_inPortIdx);
        }
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        m_includeList.setEnabled(enabled);
        m_excludeList.setEnabled(enabled);
    }

    /** @param title title of the include list */
    public void setIncludeTitle(final String title) {
        m_includePanel.setBorder(BorderFactory.createTitledBorder(title));
    }

    /** @param title title of the exclude list */
    public void setExcludeTitle(final String title) {
        m_excludePanel.setBorder(BorderFactory.createTitledBorder(title));
    }

    @Override
    public void setToolTipText(final String text) {
        m_includeList.setToolTipText(text);
        m_excludeList.setToolTipText(text);
    }
}
