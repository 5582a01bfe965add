package org.qmrinodes.knime.tables;

import org.knime.core.node.ExecutionContext;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.streamable.RowInput;
import org.knime.core.node.streamable.RowOutput;
import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
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

    /**
     * Leaves a row's appended places empty: missing cells from {@code from} to the end.
     *
     * @param cells the output cells
     * @param from index of the first appended place
     */
    public static void missing(final DataCell[] cells, final int from) {
        java.util.Arrays.fill(cells, from, cells.length, DataType.getMissingCell());
    }

    /** Fills a row's appended places. */
    @FunctionalInterface
    public interface RowFiller {
        /**
         * @param row the input row
         * @param cells the output cells: the input's first, then the places to fill
         * @param first index of the first appended place
         * @throws Exception to fail the node (messages should name the row)
         */
        void fill(DataRow row, DataCell[] cells, int first) throws Exception;
    }

    /**
     * Copies every row of {@code table} with the node's cells appended, reporting progress and
     * checking cancellation per row.
     *
     * @param table the input
     * @param out the output spec (from {@link #spec})
     * @param exec progress, cancellation and the output container
     * @param doing what is done to a row, for the progress message (e.g. "Fitting")
     * @param filler fills the appended places of each row
     * @return the output table
     * @throws Exception as thrown by {@code filler}, or when cancelled
     */
    public static BufferedDataTable appendToRows(final BufferedDataTable table, final DataTableSpec out,
        final ExecutionContext exec, final String doing, final RowFiller filler) throws Exception {
        final int first = table.getDataTableSpec().getNumColumns();
        final BufferedDataContainer container = exec.createDataContainer(out);
        TableRows.forEachRowOf(table, exec, doing, r -> container.addRowToTable(appended(r, out.getNumColumns(), first, filler)));
        container.close();
        return container.getTable();
    }

    /**
     * As {@link #appendToRows(BufferedDataTable, DataTableSpec, ExecutionContext, String, RowFiller)}, for
     * KNIME's streaming executor: rows are taken from {@code in} as they arrive and pushed to {@code out}
     * one by one, so no table of the inputs or outputs is held; both are closed at the end.
     *
     * @param in the streamed input rows
     * @param out where the output rows go
     * @param width the output's number of columns
     * @param exec progress message and cancellation
     * @param doing what is done to a row, for the progress message
     * @param filler fills the appended places of each row
     * @throws Exception as thrown by {@code filler}, or when cancelled or interrupted
     */
    public static void appendToRows(final RowInput in, final RowOutput out, final int width, final ExecutionContext exec,
        final String doing, final RowFiller filler) throws Exception {
        final int first = in.getDataTableSpec().getNumColumns();
        TableRows.forEachRowOf(in, exec, doing, r -> out.push(appended(r, width, first, filler)));
        out.close();
    }

    private static DataRow appended(final DataRow r, final int width, final int first, final RowFiller filler)
        throws Exception {
        final DataCell[] cells = cells(r, width);
        filler.fill(r, cells, first);
        return new DefaultRow(r.getKey(), cells);
    }

    /** @return the first few items joined by {@code separator}, then "..." when there are more */
    public static String firstFew(final List<String> items, final String separator) {
        return String.join(separator, items.subList(0, Math.min(LISTED, items.size())))
            + (items.size() > LISTED ? separator + "..." : "");
    }
}
