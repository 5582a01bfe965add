package org.qmrinodes.core.stats.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.MissingValues;

/**
 * Z-scores learnt on one table and applied unchanged to another (Fr24 standardised the features of
 * the training set before LASSO and applied the same means and SDs to the test set):
 * {@code z = (x − mean) / sd} with the mean and the sample standard deviation (n − 1, as R's
 * {@code scale}) of the learning rows' finite values. Missing values stay missing.
 *
 * @param means mean per column, in column order
 * @param sds standard deviation per column
 */
public record ZScoreNormaliser(Map<String, Double> means, Map<String, Double> sds) {

    /** Copies the maps, keeping the column order. */
    public ZScoreNormaliser {
        means = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(means));
        sds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sds));
    }

    /**
     * @param columns the column names
     * @param values the values per column (NaN or ±Infinity: missing)
     * @return the learnt normaliser
     * @throws InvalidDataException naming the column when it has fewer than 2 finite values or is constant
     */
    public static ZScoreNormaliser learn(final List<String> columns, final List<double[]> values) {
        final Map<String, Double> means = new LinkedHashMap<>();
        final Map<String, Double> sds = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            double sum = 0;
            int n = 0;
            for (final double v : values.get(c)) {
                if (!MissingValues.isMissing(v)) {
                    sum += v;
                    n++;
                }
            }
            if (n < 2) {
                throw new InvalidDataException("column '" + columns.get(c) + "' has " + n + " values; a z-score needs at least 2");
            }
            final double mean = sum / n;
            double ss = 0;
            for (final double v : values.get(c)) {
                if (!MissingValues.isMissing(v)) {
                    ss += (v - mean) * (v - mean);
                }
            }
            final double sd = Math.sqrt(ss / (n - 1));
            if (!(sd > 0)) {
                throw new InvalidDataException("column '" + columns.get(c) + "' is constant (" + mean + "); it has no z-score");
            }
            means.put(columns.get(c), mean);
            sds.put(columns.get(c), sd);
        }
        return new ZScoreNormaliser(means, sds);
    }

    /**
     * @param column a learnt column
     * @param values its values in another (or the same) table
     * @return the z-scores (missing stays NaN)
     * @throws InvalidDataException when the column was not learnt
     */
    public double[] apply(final String column, final double[] values) {
        final Double mean = means.get(column);
        if (mean == null) {
            throw new InvalidDataException("column '" + column + "' was not in the table the z-scores were learnt on (it had "
                + String.join(", ", means.keySet()) + ")");
        }
        final double sd = sds.get(column);
        final double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = MissingValues.isMissing(values[i]) ? Double.NaN : (values[i] - mean) / sd;
        }
        return out;
    }
}
