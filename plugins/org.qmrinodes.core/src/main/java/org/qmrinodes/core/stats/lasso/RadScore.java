package org.qmrinodes.core.stats.lasso;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.MissingValues;

/**
 * A rad-score: the linear combination of the selected features with their penalised-regression
 * coefficients, β₀ + Σ<sub>j</sub> β<sub>j</sub>x<sub>j</sub>, optionally without the intercept β₀ (as
 * many radiomics papers print it; METHODS.md §4.3). Only features with a non-zero coefficient are
 * kept, so new data need only those columns.
 *
 * @param features the selected features
 * @param intercept β₀
 * @param coefficients β<sub>j</sub>, parallel to {@code features}, on the scale of the features
 */
public record RadScore(List<String> features, double intercept, double[] coefficients) {

    /** Checks lengths and copies. */
    public RadScore {
        features = List.copyOf(features);
        coefficients = coefficients.clone();
        if (features.size() != coefficients.length) {
            throw new IllegalArgumentException(features.size() + " features but " + coefficients.length
                + " coefficients");
        }
    }

    /**
     * @param features all feature names
     * @param intercept β₀
     * @param coefficients one coefficient per feature; zeros are dropped
     * @return the rad-score of the non-zero coefficients
     */
    public static RadScore of(final List<String> features, final double intercept, final double[] coefficients) {
        final List<String> kept = new ArrayList<>();
        final List<Double> values = new ArrayList<>();
        for (int j = 0; j < coefficients.length; j++) {
            if (coefficients[j] != 0) {
                kept.add(features.get(j));
                values.add(coefficients[j]);
            }
        }
        return new RadScore(kept, intercept, values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** @return the coefficients (a copy) */
    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    /**
     * Scores new data.
     *
     * @param columns the feature values by column name, one value per row ({@code NaN} where
     *        missing); extra columns are ignored
     * @param withIntercept whether to add β₀
     * @return one score per row, {@code NaN} where a selected feature is missing (not finite)
     * @throws InvalidDataException naming a selected feature that is not among the columns, or a
     *         column whose length differs from the others
     */
    public double[] apply(final Map<String, double[]> columns, final boolean withIntercept) {
        int rows = -1;
        for (final String f : features) {
            final double[] c = columns.get(f);
            if (c == null) {
                throw new InvalidDataException("Rad-score feature '" + f + "' is not a column of the data to score.");
            }
            if (rows >= 0 && c.length != rows) {
                throw new InvalidDataException("Column '" + f + "' has " + c.length + " rows, the others " + rows + ".");
            }
            rows = c.length;
        }
        if (rows < 0) {
            rows = columns.values().stream().findFirst().map(c -> c.length).orElse(0);
        }
        final double[] score = new double[rows];
        java.util.Arrays.fill(score, withIntercept ? intercept : 0.0);
        for (int j = 0; j < features.size(); j++) {
            final double[] c = columns.get(features.get(j));
            for (int i = 0; i < rows; i++) {
                score[i] = MissingValues.isMissing(c[i]) ? Double.NaN : score[i] + coefficients[j] * c[i];
            }
        }
        return score;
    }

    /**
     * @param scores the output of {@link #apply}
     * @return how many rows could not be scored because a selected feature was missing
     */
    public static int unscoredRows(final double[] scores) {
        int count = 0;
        for (final double s : scores) {
            count += Double.isNaN(s) ? 1 : 0;
        }
        return count;
    }
}
