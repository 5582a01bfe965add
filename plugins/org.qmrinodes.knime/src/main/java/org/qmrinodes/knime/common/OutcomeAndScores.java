package org.qmrinodes.knime.common;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
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
        final long size = table.size();
        if (size > Integer.MAX_VALUE - 8) {
            throw new InvalidDataException("The table has " + size + " rows; at most " + (Integer.MAX_VALUE - 8)
                + " can be analysed.");
        }
        final DataTableSpec spec = table.getDataTableSpec();
        final int outcomeIndex = spec.findColumnIndex(outcomeColumn);
        final int[] scoreIndex = scoreColumns.stream().mapToInt(spec::findColumnIndex).toArray();
        final List<String> labels = new ArrayList<>((int)size);
        final List<double[]> scores = new ArrayList<>();
        for (int c = 0; c < scoreIndex.length; c++) {
            scores.add(new double[(int)size]);
        }
        int row = 0;
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                final DataRow r = it.next();
                if (row % 4096 == 0) {
                    exec.checkCanceled();
                    exec.setProgress(row / (double)Math.max(1, size), "Reading row " + row + " of " + size);
                }
                labels.add(text(r.getCell(outcomeIndex)));
                for (int c = 0; c < scoreIndex.length; c++) {
                    final DataCell cell = r.getCell(scoreIndex[c]);
                    scores.get(c)[row] = cell.isMissing() ? Double.NaN : ((DoubleValue)cell).getDoubleValue();
                }
                row++;
            }
        }
        return new OutcomeAndScores(outcomeColumn, labels, List.copyOf(scoreColumns), scores);
    }

    /** @return the cell as text, null when missing */
    static String text(final DataCell cell) {
        if (cell.isMissing()) {
            return null;
        }
        return cell instanceof StringValue s ? s.getStringValue() : cell.toString();
    }
}
