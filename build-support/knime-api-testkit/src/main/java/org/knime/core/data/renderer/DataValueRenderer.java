package org.knime.core.data.renderer;

import java.awt.Component;
import java.awt.Dimension;

import javax.swing.ListCellRenderer;
import javax.swing.table.TableCellRenderer;

import org.knime.core.data.DataColumnSpec;

/** Test-kit stand-in for the KNIME interface of the same name: renders a data value in tables and lists. */
@SuppressWarnings("rawtypes") // KNIME's interface extends the raw ListCellRenderer
public interface DataValueRenderer extends TableCellRenderer, ListCellRenderer {

    /** @return a description identifying this renderer */
    String getDescription();

    /** @return the size this renderer prefers */
    Dimension getPreferredSize();

    /**
     * @param val the value to render
     * @return the component that renders it
     */
    Component getRendererComponent(Object val);

    /**
     * @param spec the column's spec
     * @return whether this renderer can render the column
     */
    boolean accepts(DataColumnSpec spec);
}
