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
import org.qmrinodes.core.stats.comparison.Feature;

/**
 * A group column (as text) and continuous and categorical feature columns read from a KNIME table
 * in one pass. Missing cells become {@code null} labels and {@code NaN} values, which the
 * comparison skips and counts per feature.
 *
 * @param groupColumn name of the group column
 * @param groups group per row as text, {@code null} where missing
 * @param features the features, continuous first, then categorical, each in selection order
 */
public record GroupAndFeatures(String groupColumn, List<String> groups, List<Feature> features) {

    /**
     * @param table the input table
     * @param groupColumn the group column
     * @param continuous numeric feature columns
     * @param categorical text feature columns
     * @param exec for progress and cancellation
     * @return the columns
     * @throws CanceledExecutionException if cancelled
     */
    public static GroupAndFeatures read(final BufferedDataTable table, final String groupColumn,
        final List<String> continuous, final List<String> categorical, final ExecutionMonitor exec)
        throws CanceledExecutionException {
        final long size = table.size();
        if (size > Integer.MAX_VALUE - 8) {
            throw new InvalidDataException("The table has " + size + " rows; at most " + (Integer.MAX_VALUE - 8)
                + " can be analysed.");
        }
        final DataTableSpec spec = table.getDataTableSpec();
        final int groupIndex = spec.findColumnIndex(groupColumn);
        final int[] numberIndex = continuous.stream().mapToInt(spec::findColumnIndex).toArray();
        final int[] textIndex = categorical.stream().mapToInt(spec::findColumnIndex).toArray();
        final List<String> groups = new ArrayList<>((int)size);
        final double[][] numbers = new double[numberIndex.length][(int)size];
        final List<List<String>> texts = new ArrayList<>();
        for (int c = 0; c < textIndex.length; c++) {
            texts.add(new ArrayList<>((int)size));
        }
        int row = 0;
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                final DataRow r = it.next();
                if (row % 4096 == 0) {
                    exec.checkCanceled();
                    exec.setProgress(row / (double)Math.max(1, size), "Reading row " + row + " of " + size);
                }
                groups.add(text(r.getCell(groupIndex)));
                for (int c = 0; c < numberIndex.length; c++) {
                    final DataCell cell = r.getCell(numberIndex[c]);
                    numbers[c][row] = cell.isMissing() ? Double.NaN : ((DoubleValue)cell).getDoubleValue();
                }
                for (int c = 0; c < textIndex.length; c++) {
                    texts.get(c).add(text(r.getCell(textIndex[c])));
                }
                row++;
            }
        }
        final List<Feature> features = new ArrayList<>();
        for (int c = 0; c < numberIndex.length; c++) {
            features.add(Feature.continuous(continuous.get(c), numbers[c]));
        }
        for (int c = 0; c < textIndex.length; c++) {
            features.add(Feature.categorical(categorical.get(c), texts.get(c)));
        }
        return new GroupAndFeatures(groupColumn, groups, features);
    }

    /** @return the cell as text, {@code null} when missing */
    static String text(final DataCell cell) {
        if (cell.isMissing()) {
            return null;
        }
        return cell instanceof StringValue s ? s.getStringValue() : cell.toString();
    }
}
