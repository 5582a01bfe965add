package org.knime.core.node.defaultnodesettings;

import java.util.ArrayList;
import java.util.List;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JPanel;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Test-kit stand-in for the KNIME class of the same name: a dialog assembled from {@link DialogComponent}s,
 * arranged in tabs and titled groups. Loading and saving simply delegate to all components in order.
 */
public class DefaultNodeSettingsPane extends NodeDialogPane {

    private static final String DEFAULT_TAB = "Options";

    private final List<DialogComponent> m_components = new ArrayList<>();

    private String m_defaultTabTitle = DEFAULT_TAB;

    private Box m_currentTab;

    private Box m_currentGroup;

    private boolean m_horizontal;

    /** Creates the dialog with one tab named "Options". */
    public DefaultNodeSettingsPane() {
        m_currentTab = Box.createVerticalBox();
        addTab(DEFAULT_TAB, m_currentTab);
    }

    /** @param tabTitle new title of the default tab */
    public void setDefaultTabTitle(final String tabTitle) {
        renameTab(m_defaultTabTitle, tabTitle);
        m_defaultTabTitle = tabTitle;
    }

    /** @param tabTitle title of a new tab that receives subsequent components */
    public void createNewTab(final String tabTitle) {
        createNewTabAt(tabTitle, Integer.MAX_VALUE);
    }

    /** @param tabTitle title of a new tab @param index position of the new tab */
    public void createNewTabAt(final String tabTitle, final int index) {
        if (getTabIndex(tabTitle) >= 0) {
            throw new IllegalArgumentException("Tab \"" + tabTitle + "\" already exists");
        }
        closeCurrentGroup();
        m_currentTab = Box.createVerticalBox();
        addTabAt(index, tabTitle, m_currentTab);
        m_horizontal = false;
    }

    /** @param tabTitle title of the tab to bring to front */
    public void selectTab(final String tabTitle) {
        setSelected(tabTitle);
    }

    /** @param title title of a new bordered group that receives subsequent components */
    public void createNewGroup(final String title) {
        closeCurrentGroup();
        m_currentGroup = m_horizontal ? Box.createHorizontalBox() : Box.createVerticalBox();
        m_currentGroup.setBorder(BorderFactory.createTitledBorder(title));
    }

    /** Ends the current group; subsequent components go directly into the tab. */
    public void closeCurrentGroup() {
        if (m_currentGroup != null) {
            m_currentTab.add(m_currentGroup);
            m_currentGroup = null;
        }
    }

    /** @param diaC component to add (to the current group or tab) */
    public void addDialogComponent(final DialogComponent diaC) {
        m_components.add(diaC);
        JPanel p = diaC.getComponentPanel();
        if (m_currentGroup != null) {
            m_currentGroup.add(p);
        } else {
            m_currentTab.add(p);
        }
    }

    /** @param horizontal whether subsequent groups lay out their components horizontally */
    public void setHorizontalPlacement(final boolean horizontal) {
        m_horizontal = horizontal;
        if (m_currentGroup != null) {
            m_currentGroup.setLayout(new BoxLayout(m_currentGroup, horizontal ? BoxLayout.X_AXIS : BoxLayout.Y_AXIS));
        }
    }

    @Override
    public final void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        for (DialogComponent c : m_components) {
            c.loadSettingsFrom(settings, specs);
        }
        loadAdditionalSettingsFrom(settings, specs);
    }

    @Override
    public final void saveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        for (DialogComponent c : m_components) {
            c.saveSettingsTo(settings);
        }
        saveAdditionalSettingsTo(settings);
    }

    /**
     * Hook for settings not handled by components. Default: calls the {@link DataTableSpec} variant if all specs
     * are table specs (null specs become empty table specs).
     *
     * @param settings settings
     * @param specs input specs
     * @throws NotConfigurableException if the dialog cannot be opened
     */
    public void loadAdditionalSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        DataTableSpec[] tables = new DataTableSpec[specs.length];
        for (int i = 0; i < specs.length; i++) {
            if (specs[i] == null) {
                tables[i] = new DataTableSpec();
            } else if (specs[i] instanceof DataTableSpec) {
                tables[i] = (DataTableSpec)specs[i];
            } else {
                return;
            }
        }
        loadAdditionalSettingsFrom(settings, tables);
    }

    /**
     * Hook for settings not handled by components; does nothing by default.
     *
     * @param settings settings
     * @param specs input table specs
     * @throws NotConfigurableException if the dialog cannot be opened
     */
    public void loadAdditionalSettingsFrom(final NodeSettingsRO settings, final DataTableSpec[] specs)
        throws NotConfigurableException {
        // nothing by default
    }

    /**
     * Hook for settings not handled by components; does nothing by default.
     *
     * @param settings target
     * @throws InvalidSettingsException if invalid
     */
    public void saveAdditionalSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        // nothing by default
    }
}
