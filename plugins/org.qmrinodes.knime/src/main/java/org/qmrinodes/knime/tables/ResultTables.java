package org.qmrinodes.knime.tables;

import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.qmrinodes.core.data.ResultTable;

/**
 * Turns the core's {@link ResultTable}s into KNIME tables: text columns become string columns,
 * whole numbers int columns, reals double columns; null and NaN become missing cells. Row keys are
 * {@code Row0, Row1, ...}.
 */
public final class ResultTables {

    private ResultTables() {
    }

    /**
     * @param table a result table (its rows are ignored; an empty one gives the spec at configure time)
     * @param name the table name
     * @return the KNIME spec
     */
    public static DataTableSpec spec(final ResultTable table, final String name) {
        return spec(table, name, new DataColumnSpec[0]);
    }

    /**
     * @param table a result table (its rows are ignored)
     * @param name the table name
     * @param appended columns a node appends after the result's columns (e.g. image cells)
     * @return the KNIME spec
     */
    public static DataTableSpec spec(final ResultTable table, final String name, final DataColumnSpec... appended) {
        final List<ResultTable.Column> columns = table.columns();
        final DataColumnSpec[] specs = new DataColumnSpec[columns.size() + appended.length];
        for (int i = 0; i < columns.size(); i++) {
            specs[i] = new DataColumnSpecCreator(columns.get(i).name(), type(columns.get(i).type())).createSpec();
        }
        System.arraycopy(appended, 0, specs, columns.size(), appended.length);
        return new DataTableSpec(name, specs);
    }

    private static DataType type(final ResultTable.Type type) {
        return switch (type) {
            case TEXT -> StringCell.TYPE;
            case INTEGER -> IntCell.TYPE;
            case REAL -> DoubleCell.TYPE;
        };
    }

    /**
     * @param table the result
     * @param name the table name
     * @param exec for the table and cancellation
     * @return the KNIME table
     * @throws CanceledExecutionException if cancelled
     */
    public static BufferedDataTable toTable(final ResultTable table, final String name, final ExecutionContext exec)
        throws CanceledExecutionException {
        final BufferedDataContainer container = exec.createDataContainer(spec(table, name));
        long index = 0;
        for (final List<Object> row : table.rows()) {
            exec.checkCanceled();
            container.addRowToTable(new DefaultRow(RowKey.createRowKey(index++), cells(row, 0)));
        }
        container.close();
        return container.getTable();
    }

    /**
     * @param row a row of a result table
     * @param appended how many cells the caller appends (left null)
     * @return the row's KNIME cells, followed by {@code appended} free places
     */
    public static DataCell[] cells(final List<Object> row, final int appended) {
        final DataCell[] cells = new DataCell[row.size() + appended];
        for (int c = 0; c < row.size(); c++) {
            cells[c] = cell(row.get(c));
        }
        return cells;
    }

    private static DataCell cell(final Object value) {
        if (value == null || value instanceof Double d && d.isNaN()) {
            return DataType.getMissingCell();
        }
        if (value instanceof Double d) {
            return new DoubleCell(d);
        }
        if (value instanceof Integer i) {
            return new IntCell(i);
        }
        return new StringCell(value.toString());
    }
}
