package org.qmrinodes.knime.tables;

import java.util.List;

import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.data.CompleteCases;
import org.qmrinodes.core.data.InvalidDataException;

/**
 * An outcome column (as text) and numeric score columns read from a KNIME table in one pass.
 * Missing cells become {@code null} labels and {@code NaN} scores, which the analyses skip and count.
 *
 * @param outcomeColumn name of the outcome column
 * @param labels outcome per row as text, {@code null} where missing
 * @param scoreColumns names of the score columns
 * @param scores values per score column and row, {@code NaN} where missing
 */
public record OutcomeAndScores(String outcomeColumn, List<String> labels, List<String> scoreColumns,
    List<double[]> scores) {

    /**
     * Reads the columns.
     *
     * @param table the input table
     * @param outcomeColumn the outcome column
     * @param scoreColumns numeric score columns
     * @param exec for progress and cancellation
     * @return the columns
     * @throws CanceledExecutionException if cancelled
     * @throws InvalidDataException if the table has more rows than an analysis can hold in memory
     */
    public static OutcomeAndScores read(final BufferedDataTable table, final String outcomeColumn,
        final List<String> scoreColumns, final ExecutionMonitor exec) throws CanceledExecutionException {
        final TextAndNumericColumns columns =
            TextAndNumericColumns.read(table, List.of(outcomeColumn), scoreColumns, exec);
        return new OutcomeAndScores(outcomeColumn, columns.texts(outcomeColumn), List.copyOf(scoreColumns),
            columns.numbers());
    }

    /**
     * Keeps the cases with an outcome and a value in every score column, so that every score is
     * judged on the same cases; the number left out is added to {@code warnings}.
     *
     * @param outcome the outcome of every row (from {@link #labels()})
     * @param missingWhat what a left-out case lacks besides the outcome, for the warning (e.g. "probability")
     * @param warnings the node's warnings
     * @return the complete cases
     */
    public CompleteCases complete(final BinaryOutcome outcome, final String missingWhat, final List<String> warnings) {
        final CompleteCases cases = CompleteCases.of(outcome, scores);
        if (cases.skipped() > 0) {
            warnings.add(cases.skipped() + " rows with a missing outcome or " + missingWhat + " were left out.");
        }
        return cases;
    }
}
