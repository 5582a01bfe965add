package org.qmrinodes.core.stats.lasso;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.MissingValues;

/**
 * The complete cases of a binary outcome and its candidate features: rows with a missing outcome
 * or any missing feature value are dropped and counted, never silently. Held column by column.
 */
public final class FeatureMatrix {

    private final List<String> features;
    private final double[][] columns;
    private final boolean[] positive;
    private final int[] sourceRows;
    private final int skippedRows;

    private FeatureMatrix(final List<String> features, final double[][] columns, final boolean[] positive,
        final int[] sourceRows, final int skippedRows) {
        this.features = List.copyOf(features);
        this.columns = columns;
        this.positive = positive;
        this.sourceRows = sourceRows;
        this.skippedRows = skippedRows;
    }

    /**
     * Keeps the rows where the outcome, every feature and every column of {@code alsoRequired} are
     * present; a value that is not finite (NaN, ±Infinity) is missing ({@link MissingValues}).
     *
     * @param outcome the outcome per row
     * @param features the feature names, in model order
     * @param values one column per feature, one value per row ({@code NaN} where missing)
     * @param alsoRequired further per-row columns that must be present (e.g. fold ids)
     * @return the complete cases
     * @throws InvalidDataException naming a duplicated feature name, or when fewer than two cases of
     *         a class remain
     */
    public static FeatureMatrix completeCases(final BinaryOutcome outcome, final List<String> features,
        final List<double[]> values, final double[]... alsoRequired) {
        if (features.isEmpty()) {
            throw new InvalidDataException("No feature columns chosen.");
        }
        if (features.size() != values.size()) {
            throw new IllegalArgumentException(features.size() + " feature names but " + values.size() + " columns");
        }
        final Set<String> seen = new HashSet<>();
        for (final String f : features) {
            if (!seen.add(Objects.requireNonNull(f))) {
                throw new InvalidDataException("Feature column '" + f + "' is chosen twice.");
            }
        }
        final int n = outcome.size();
        final List<Integer> keep = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean complete = !outcome.isMissing(i);
            for (int j = 0; j < values.size(); j++) {
                complete &= !MissingValues.isMissing(values.get(j)[i]);
            }
            for (final double[] required : alsoRequired) {
                complete &= !MissingValues.isMissing(required[i]);
            }
            if (complete) {
                keep.add(i);
            }
        }
        final int m = keep.size();
        final double[][] columns = new double[features.size()][m];
        final boolean[] positive = new boolean[m];
        final int[] sourceRows = new int[m];
        int positives = 0;
        for (int r = 0; r < m; r++) {
            final int i = keep.get(r);
            sourceRows[r] = i;
            positive[r] = outcome.isPositive(i);
            positives += positive[r] ? 1 : 0;
            for (int j = 0; j < columns.length; j++) {
                columns[j][r] = values.get(j)[i];
            }
        }
        if (positives < 2 || m - positives < 2) {
            throw new InvalidDataException("Outcome column '" + outcome.column() + "' has " + positives
                + " positive ('" + outcome.positiveLabel() + "') and " + (m - positives) + " negative ('"
                + outcome.negativeLabel() + "') complete cases (" + (n - m) + " rows skipped for missing values);"
                + " penalised logistic regression needs at least 2 of each.");
        }
        return new FeatureMatrix(features, columns, positive, sourceRows, n - m);
    }

    /** @return the feature names in model order */
    public List<String> features() {
        return features;
    }

    /** @return number of complete cases */
    public int rows() {
        return positive.length;
    }

    /** @return number of features */
    public int featureCount() {
        return columns.length;
    }

    /** @return rows dropped because the outcome or a value was missing */
    public int skippedRows() {
        return skippedRows;
    }

    /** @return number of positive cases */
    public int positives() {
        int count = 0;
        for (final boolean p : positive) {
            count += p ? 1 : 0;
        }
        return count;
    }

    /** @return for each complete case, its 0-based row in the input */
    public int[] sourceRows() {
        return sourceRows.clone();
    }

    /** @return the values of feature {@code j} over the complete cases (a copy) */
    public double[] column(final int j) {
        return columns[j].clone();
    }

    double[] columnView(final int j) {
        return columns[j];
    }

    boolean[] positiveView() {
        return positive;
    }

    /** @return the complete cases whose index is listed in {@code rows}, in that order */
    FeatureMatrix subset(final int[] rows) {
        final double[][] sub = new double[columns.length][rows.length];
        final boolean[] pos = new boolean[rows.length];
        final int[] src = new int[rows.length];
        for (int r = 0; r < rows.length; r++) {
            pos[r] = positive[rows[r]];
            src[r] = sourceRows[rows[r]];
        }
        for (int j = 0; j < columns.length; j++) {
            final double[] from = columns[j];
            final double[] to = sub[j];
            for (int r = 0; r < rows.length; r++) {
                to[r] = from[rows[r]];
            }
        }
        return new FeatureMatrix(features, sub, pos, src, 0);
    }

    @Override
    public String toString() {
        return "FeatureMatrix[" + rows() + " cases x " + featureCount() + " features, " + skippedRows + " skipped]";
    }
}
