package org.knime.core.node;

import java.awt.BorderLayout;
import java.awt.Component;
import java.util.ArrayList;
import java.util.List;

import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Test-kit stand-in for the KNIME class of the same name: the base of node dialogs, a panel with tabs. Dialogs are
 * only constructed (headless) and driven through {@link NodeModelTestDriver}, never shown.
 */
public abstract class NodeDialogPane {

    private final JPanel m_panel = new JPanel(new BorderLayout());

    private final JTabbedPane m_tabs = new JTabbedPane();

    /** Creates an empty dialog. */
    protected NodeDialogPane() {
        m_panel.add(m_tabs, BorderLayout.CENTER);
    }

    /** @return a logger for this dialog's class */
    protected final NodeLogger getLogger() {
        return NodeLogger.getLogger(getClass());
    }

    /** @return the dialog's root panel */
    public final JPanel getPanel() {
        return m_panel;
    }

    /**
     * Default: casts all specs to {@link DataTableSpec} and calls
     * {@link #loadSettingsFrom(NodeSettingsRO, DataTableSpec[])}.
     *
     * @param settings settings to show
     * @param specs input specs
     * @throws NotConfigurableException if the dialog cannot be opened
     */
    protected void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        DataTableSpec[] in = new DataTableSpec[specs.length];
        for (int i = 0; i < in.length; i++) {
            if (specs[i] != null && !(specs[i] instanceof DataTableSpec)) {
                throw new NotConfigurableException("Input Port " + i + " does not hold data table specs. "
                    + "Likely reason: wrong version of loadSettingsFrom() overwritten!");
            }
            in[i] = (DataTableSpec)specs[i];
        }
        loadSettingsFrom(settings, in);
    }

    /**
     * @param settings settings to show
     * @param specs input table specs
     * @throws NotConfigurableException always, unless overridden
     */
    protected void loadSettingsFrom(final NodeSettingsRO settings, final DataTableSpec[] specs)
        throws NotConfigurableException {
        throw new NotConfigurableException("NodeDialogPane.loadSettingsFrom() implementation missing!");
    }

    /**
     * @param settings target for the dialog's settings
     * @throws InvalidSettingsException if the current input is invalid
     */
    protected abstract void saveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException;

    /**
     * @param settings target for the dialog's settings
     * @throws InvalidSettingsException if the current input is invalid
     */
    public final void finishEditingAndSaveSettingsTo(final NodeSettingsWO settings)
        throws InvalidSettingsException {
        saveSettingsTo(settings);
    }

    /** Called when the dialog is opened. */
    public void onOpen() {
        // nothing by default
    }

    /** Called when the dialog is closed. */
    public void onClose() {
        // nothing by default
    }

    /** Called when the dialog is canceled. */
    public void onCancel() {
        // nothing by default
    }

    /** @param title tab title @param comp tab content (wrapped in a scroll pane) */
    protected final void addTab(final String title, final Component comp) {
        addTab(title, comp, true);
    }

    /**
     * @param title tab title
     * @param comp tab content
     * @param wrapInScrollPane whether to wrap the content in a scroll pane
     */
    protected final void addTab(final String title, final Component comp, final boolean wrapInScrollPane) {
        if (getTabIndex(title) >= 0) {
            throw new IllegalArgumentException("Tab \"" + title + "\" already exists");
        }
        m_tabs.addTab(title, wrapInScrollPane ? new JScrollPane(comp) : comp);
    }

    /**
     * @param index position of the new tab (clamped to the tab count)
     * @param title tab title
     * @param comp tab content (wrapped in a scroll pane)
     * @return the actual index
     */
    protected final int addTabAt(final int index, final String title, final Component comp) {
        return addTabAt(index, title, comp, true);
    }

    /**
     * @param index position of the new tab (clamped to the tab count)
     * @param title tab title
     * @param comp tab content
     * @param wrapInScrollPane whether to wrap the content in a scroll pane
     * @return the actual index
     */
    protected final int addTabAt(final int index, final String title, final Component comp,
        final boolean wrapInScrollPane) {
        if (getTabIndex(title) >= 0) {
            throw new IllegalArgumentException("Tab \"" + title + "\" already exists");
        }
        int i = Math.max(0, Math.min(index, m_tabs.getTabCount()));
        m_tabs.insertTab(title, null, wrapInScrollPane ? new JScrollPane(comp) : comp, null, i);
        return i;
    }

    /** @param oldName current title @param newName new title */
    protected final void renameTab(final String oldName, final String newName) {
        int i = getTabIndex(oldName);
        if (i < 0) {
            throw new IllegalArgumentException("No tab \"" + oldName + "\"");
        }
        if (getTabIndex(newName) >= 0 && !oldName.equals(newName)) {
            throw new IllegalArgumentException("Tab \"" + newName + "\" already exists");
        }
        m_tabs.setTitleAt(i, newName);
    }

    /** @param name title of the tab to remove */
    protected final void removeTab(final String name) {
        int i = getTabIndex(name);
        if (i >= 0) {
            m_tabs.removeTabAt(i);
        }
    }

    /** @param title tab title @return its index or -1 */
    protected final int getTabIndex(final String title) {
        return m_tabs.indexOfTab(title);
    }

    /** @param title tab title @return the tab content (unwrapped) or null */
    protected final Component getTab(final String title) {
        int i = getTabIndex(title);
        if (i < 0) {
            return null;
        }
        Component c = m_tabs.getComponentAt(i);
        return c instanceof JScrollPane ? ((JScrollPane)c).getViewport().getView() : c;
    }

    /** @return all tab titles in order */
    protected final List<String> getTabTitles() {
        List<String> r = new ArrayList<>();
        for (int i = 0; i < m_tabs.getTabCount(); i++) {
            r.add(m_tabs.getTitleAt(i));
        }
        return r;
    }

    /** @param tabTitle title @return whether the tab exists and was selected */
    protected final boolean setSelected(final String tabTitle) {
        int i = getTabIndex(tabTitle);
        if (i >= 0) {
            m_tabs.setSelectedIndex(i);
        }
        return i >= 0;
    }
}
