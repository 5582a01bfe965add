package org.qmrinodes.knime.common;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.model.PredictorColumn;

/**
 * The optional outcome column (as text) and the numeric and categorical predictor columns of a
 * KNIME table, read in one pass for model fitting or prediction. Missing cells become {@code null}
 * labels and {@code NaN} values; categorical cells of any type are compared as text.
 *
 * @param labels outcome per row as text ({@code null} where missing); empty when no outcome was read
 * @param predictors the predictor columns, numeric ones first, each in the given order
 */
public record PredictorTable(List<String> labels, List<PredictorColumn> predictors) {

    /**
     * @param table the input table
     * @param outcomeColumn the outcome column, or null to read none
     * @param numeric numeric predictor columns
     * @param categorical categorical predictor columns
     * @param exec progress and cancellation
     * @return the columns
     * @throws CanceledExecutionException if cancelled
     * @throws InvalidDataException if a numeric column holds a non-numeric cell, naming row and column
     */
    public static PredictorTable read(final BufferedDataTable table, final String outcomeColumn,
        final List<String> numeric, final List<String> categorical, final ExecutionMonitor exec)
        throws CanceledExecutionException {
        final long size = table.size();
        if (size > Integer.MAX_VALUE - 8) {
            throw new InvalidDataException("The table has " + size + " rows; at most " + (Integer.MAX_VALUE - 8)
                + " can be analysed.");
        }
        final DataTableSpec spec = table.getDataTableSpec();
        final int outcomeIndex = outcomeColumn == null ? -1 : spec.findColumnIndex(outcomeColumn);
        final int[] numericIndex = numeric.stream().mapToInt(spec::findColumnIndex).toArray();
        final int[] categoricalIndex = categorical.stream().mapToInt(spec::findColumnIndex).toArray();
        final List<String> labels = new ArrayList<>();
        final double[][] values = new double[numeric.size()][(int)size];
        final List<List<String>> levels = new ArrayList<>();
        categorical.forEach(c -> levels.add(new ArrayList<>()));
        int row = 0;
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                final DataRow r = it.next();
                if (row % 4096 == 0) {
                    exec.checkCanceled();
                    exec.setProgress(row / (double)Math.max(1, size), "Reading row " + row + " of " + size);
                }
                if (outcomeIndex >= 0) {
                    labels.add(OutcomeAndScores.text(r.getCell(outcomeIndex)));
                }
                for (int c = 0; c < numericIndex.length; c++) {
                    final DataCell cell = r.getCell(numericIndex[c]);
                    if (!cell.isMissing() && !(cell instanceof DoubleValue)) {
                        throw new InvalidDataException("Row '" + r.getKey() + "', column '" + numeric.get(c)
                            + "': '" + cell + "' is not a number.");
                    }
                    values[c][row] = cell.isMissing() ? Double.NaN : ((DoubleValue)cell).getDoubleValue();
                }
                for (int c = 0; c < categoricalIndex.length; c++) {
                    levels.get(c).add(OutcomeAndScores.text(r.getCell(categoricalIndex[c])));
                }
                row++;
            }
        }
        final List<PredictorColumn> predictors = new ArrayList<>();
        for (int c = 0; c < numeric.size(); c++) {
            predictors.add(new PredictorColumn.Numeric(numeric.get(c), values[c]));
        }
        for (int c = 0; c < categorical.size(); c++) {
            predictors.add(new PredictorColumn.Categorical(categorical.get(c), levels.get(c)));
        }
        return new PredictorTable(labels, predictors);
    }
}
