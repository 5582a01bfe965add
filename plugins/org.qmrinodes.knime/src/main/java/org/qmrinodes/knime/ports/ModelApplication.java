package org.qmrinodes.knime.ports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.qmrinodes.core.model.LinearPredictorModel;
import org.qmrinodes.core.model.PredictorCoding;
import org.qmrinodes.knime.tables.PredictorTable;
import org.qmrinodes.knime.tables.TableRows;

/**
 * Applying a model port to a table, shared by the predictor nodes: the check that the table holds
 * the model's columns, the linear predictor of every row, and the input table with appended columns.
 */
public final class ModelApplication {

    private ModelApplication() {
    }

    /**
     * @param model the model port's spec (null when not known before the learner runs: nothing to check)
     * @param table the table to apply it to
     * @throws InvalidSettingsException naming the first model column the table lacks
     */
    public static void checkColumns(final QmriModelPortObjectSpec model, final DataTableSpec table)
        throws InvalidSettingsException {
        if (model == null) {
            return;
        }
        for (final String column : model.predictorColumns()) {
            if (table.getColumnSpec(column) == null) {
                throw new InvalidSettingsException("The model needs the column '" + column
                    + "', which is not in the input table.");
            }
        }
    }

    /**
     * Reads the model's predictor columns (categorical ones as text) and computes
     * η = β₀ + Σ β<sub>j</sub>x<sub>j</sub> per row.
     *
     * @param model the model
     * @param table the table
     * @param exec progress of reading and cancellation
     * @return η per row of {@code table}, NaN where a predictor value is missing
     * @throws InvalidSettingsException naming a model column that is absent or not numeric
     * @throws CanceledExecutionException if cancelled
     */
    public static double[] linearPredictors(final LinearPredictorModel model, final BufferedDataTable table,
        final ExecutionMonitor exec) throws InvalidSettingsException, CanceledExecutionException {
        final DataTableSpec spec = table.getDataTableSpec();
        final List<String> numeric = new ArrayList<>();
        final List<String> categorical = new ArrayList<>();
        for (final PredictorCoding p : model.coding().predictors()) {
            final DataColumnSpec column = spec.getColumnSpec(p.column());
            if (column == null) {
                throw new InvalidSettingsException("The model needs the column '" + p.column()
                    + "', which is not in the input table.");
            }
            if (p.categorical()) {
                categorical.add(p.column());
            } else if (column.getType().isCompatible(DoubleValue.class)) {
                numeric.add(p.column());
            } else {
                throw new InvalidSettingsException("Column '" + p.column() + "' must be numeric for this model.");
            }
        }
        final PredictorTable data = PredictorTable.read(table, null, numeric, categorical, exec);
        return model.linearPredictors(data.predictors(), (int)table.size());
    }

    /**
     * @param model the model
     * @param chosen the name chosen in the settings (may be empty or null)
     * @return {@code chosen}, or when it is empty {@code P(outcome=positive class)}
     */
    public static String probabilityColumn(final LinearPredictorModel model, final String chosen) {
        return chosen == null || chosen.isBlank() ? "P(" + model.outcomeColumn() + "=" + model.positiveClass() + ")"
            : chosen;
    }

    /**
     * @param eta the linear predictor per row
     * @return how many rows have none (a missing predictor value)
     */
    public static long missing(final double[] eta) {
        return java.util.Arrays.stream(eta).filter(Double::isNaN).count();
    }

    /**
     * @param in the input spec
     * @param added the appended columns
     * @return the input spec followed by {@code added}
     * @throws InvalidSettingsException if an appended name is already a column of the input
     */
    public static DataTableSpec appendedSpec(final DataTableSpec in, final DataColumnSpec... added)
        throws InvalidSettingsException {
        final DataColumnSpec[] specs = new DataColumnSpec[in.getNumColumns() + added.length];
        for (int i = 0; i < in.getNumColumns(); i++) {
            specs[i] = in.getColumnSpec(i);
        }
        for (int a = 0; a < added.length; a++) {
            if (in.getColumnSpec(added[a].getName()) != null) {
                throw new InvalidSettingsException("The input table already has a column '" + added[a].getName()
                    + "'; choose another output column name.");
            }
            specs[in.getNumColumns() + a] = added[a];
        }
        return new DataTableSpec(in.getName(), specs);
    }

    /**
     * Copies every row of {@code table} and appends the cells {@code cells} gives for its index.
     *
     * @param table the input
     * @param spec the output spec ({@link #appendedSpec})
     * @param cells the appended cells of row i
     * @param exec for the table, progress (the second half) and cancellation
     * @return the output table
     * @throws CanceledExecutionException if cancelled
     */
    public static BufferedDataTable append(final BufferedDataTable table, final DataTableSpec spec,
        final IntFunction<DataCell[]> cells, final ExecutionContext exec) throws CanceledExecutionException {
        final BufferedDataContainer out = exec.createDataContainer(spec);
        TableRows.forEach(table, exec, 0.5, 1, "Predicting", (row, r) -> {
            final DataCell[] extra = cells.apply(row);
            final DataCell[] all = new DataCell[r.getNumCells() + extra.length];
            for (int c = 0; c < r.getNumCells(); c++) {
                all[c] = r.getCell(c);
            }
            System.arraycopy(extra, 0, all, r.getNumCells(), extra.length);
            out.addRowToTable(new DefaultRow(r.getKey(), all));
        });
        out.close();
        return out.getTable();
    }
}
