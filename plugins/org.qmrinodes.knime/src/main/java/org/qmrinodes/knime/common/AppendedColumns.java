package org.qmrinodes.knime.common;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;

/** Output tables that keep the input columns and append a node's results to every row. */
public final class AppendedColumns {

    /** How many items a warning lists before "...". */
    private static final int LISTED = 3;

    private AppendedColumns() {
    }

    /**
     * @param in the input spec
     * @param name the output table's name
     * @param appended the node's columns
     * @return the input columns followed by {@code appended}
     * @throws InvalidSettingsException when an appended column's name is already an input column
     */
    public static DataTableSpec spec(final DataTableSpec in, final String name, final List<DataColumnSpec> appended)
        throws InvalidSettingsException {
        final List<DataColumnSpec> specs = new ArrayList<>();
        for (int c = 0; c < in.getNumColumns(); c++) {
            specs.add(in.getColumnSpec(c));
        }
        for (final DataColumnSpec a : appended) {
            if (in.containsName(a.getName())) {
                throw new InvalidSettingsException("The input already has a column '" + a.getName()
                    + "', which this node appends; rename it first (e.g. with the Column Renamer).");
            }
            specs.add(a);
        }
        return new DataTableSpec(name, specs.toArray(DataColumnSpec[]::new));
    }

    /**
     * @param row an input row
     * @param size the output width
     * @return the row's cells followed by free places up to {@code size}
     */
    public static DataCell[] cells(final DataRow row, final int size) {
        final DataCell[] cells = new DataCell[size];
        for (int c = 0; c < row.getNumCells(); c++) {
            cells[c] = row.getCell(c);
        }
        return cells;
    }

    /** @return the first few items joined by {@code separator}, then "..." when there are more */
    public static String firstFew(final List<String> items, final String separator) {
        return String.join(separator, items.subList(0, Math.min(LISTED, items.size())))
            + (items.size() > LISTED ? separator + "..." : "");
    }
}
