package org.knime.core.data.renderer;

import java.awt.Component;

import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.JTable;

import org.knime.core.data.DataColumnSpec;

/**
 * Test-kit stand-in for the KNIME class of the same name: a renderer that paints its value itself
 * (subclasses override {@code paintComponent}).
 */
@SuppressWarnings("serial")
public abstract class AbstractPainterDataValueRenderer extends JComponent implements DataValueRenderer {

    /** Creates an opaque renderer. */
    public AbstractPainterDataValueRenderer() {
        setOpaque(true);
    }

    @Override
    public String getDescription() {
        return "Default";
    }

    @Override
    public boolean accepts(final DataColumnSpec spec) {
        return true;
    }

    /**
     * @param value the value to render next (a data value, a missing cell, null or anything else)
     */
    protected abstract void setValue(Object value);

    @Override
    public Component getRendererComponent(final Object val) {
        setValue(val);
        return this;
    }

    @Override
    public Component getTableCellRendererComponent(final JTable table, final Object value, final boolean isSelected,
        final boolean hasFocus, final int row, final int column) {
        setValue(value);
        return this;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Component getListCellRendererComponent(final JList list, final Object value, final int index,
        final boolean isSelected, final boolean cellHasFocus) {
        setValue(value);
        return this;
    }
}
