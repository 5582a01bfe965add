package org.qmrinodes.knime.tables;

import java.util.ArrayList;
import java.util.List;

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
        final List<String> texts = new ArrayList<>();
        if (outcomeColumn != null) {
            texts.add(outcomeColumn);
        }
        texts.addAll(categorical);
        final TextAndNumericColumns read = TextAndNumericColumns.read(table, texts, numeric, exec);
        final List<String> labels = outcomeColumn == null ? List.of() : read.texts(outcomeColumn);
        final List<PredictorColumn> predictors = new ArrayList<>();
        for (int c = 0; c < numeric.size(); c++) {
            predictors.add(new PredictorColumn.Numeric(numeric.get(c), read.numbers().get(c)));
        }
        for (final String c : categorical) {
            predictors.add(new PredictorColumn.Categorical(c, read.texts(c)));
        }
        return new PredictorTable(labels, predictors);
    }
}
