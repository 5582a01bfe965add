package org.qmrinodes.knime.tables;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
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
        final List<String> texts = new ArrayList<>();
        texts.add(groupColumn);
        texts.addAll(categorical);
        final TextAndNumericColumns read = TextAndNumericColumns.read(table, texts, continuous, exec);
        final List<String> groups = read.texts(groupColumn);
        final List<double[]> numbers = read.numbers();
        final List<Feature> features = new ArrayList<>();
        for (int c = 0; c < continuous.size(); c++) {
            features.add(Feature.continuous(continuous.get(c), numbers.get(c)));
        }
        for (final String c : categorical) {
            features.add(Feature.categorical(c, read.texts(c)));
        }
        return new GroupAndFeatures(groupColumn, groups, features);
    }
}
