package org.qmrinodes.knime.common;

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
        final List<ResultTable.Column> columns = table.columns();
        final DataColumnSpec[] specs = new DataColumnSpec[columns.size()];
        for (int i = 0; i < specs.length; i++) {
            specs[i] = new DataColumnSpecCreator(columns.get(i).name(), type(columns.get(i).type())).createSpec();
        }
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
            final DataCell[] cells = new DataCell[row.size()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cell(row.get(c));
            }
            container.addRowToTable(new DefaultRow(RowKey.createRowKey(index++), cells));
        }
        container.close();
        return container.getTable();
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
