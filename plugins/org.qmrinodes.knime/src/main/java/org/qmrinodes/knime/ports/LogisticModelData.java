package org.qmrinodes.knime.ports;

import java.util.List;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.model.DesignCoding;
import org.qmrinodes.core.model.PredictorColumn;
import org.qmrinodes.knime.settings.LogisticModelSettings;
import org.qmrinodes.knime.tables.PredictorTable;

/**
 * A table read as the data of a logistic model under {@link LogisticModelSettings}: the outcome,
 * the predictor columns, the rows a model is fitted on ({@link DesignCoding#completeRows}), the
 * coding learnt on those rows and their design matrix.
 *
 * @param outcome the binary outcome of every input row
 * @param predictors the predictor columns of every input row
 * @param use which input rows are complete
 * @param coding the design coding learnt on the complete rows
 * @param design the complete rows encoded
 */
public record LogisticModelData(BinaryOutcome outcome, List<PredictorColumn> predictors, boolean[] use,
    DesignCoding coding, DesignCoding.Rows design) {

    /**
     * @param settings the model settings
     * @param table the input table
     * @param progress progress and cancellation of reading the table
     * @param warnings receives the outcome's notes (e.g. the default positive class)
     * @return the model data
     * @throws InvalidSettingsException when a setting does not fit the table
     * @throws CanceledExecutionException if cancelled
     */
    public static LogisticModelData read(final LogisticModelSettings settings, final BufferedDataTable table,
        final ExecutionMonitor progress, final List<String> warnings)
        throws InvalidSettingsException, CanceledExecutionException {
        final DataTableSpec spec = table.getDataTableSpec();
        final String outcomeColumn = settings.outcomeColumn(spec);
        final PredictorTable data = PredictorTable.read(table, outcomeColumn, settings.numericColumns(spec),
            settings.categoricalColumns(spec), progress);
        final BinaryOutcome outcome = settings.outcome(outcomeColumn, data.labels(), warnings);
        final List<PredictorColumn> predictors = data.predictors();
        final boolean[] use = DesignCoding.completeRows(outcome, predictors);
        final DesignCoding coding = DesignCoding.learn(predictors, settings.referenceLevels(), use);
        return new LogisticModelData(outcome, predictors, use, coding, coding.encode(predictors, use));
    }
}
