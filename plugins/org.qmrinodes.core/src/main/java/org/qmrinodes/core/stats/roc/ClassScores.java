package org.qmrinodes.core.stats.roc;

import java.util.Arrays;
import java.util.Objects;

import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.MissingValues;

/**
 * The scores of one predictor split by outcome class, after dropping rows whose outcome or score
 * is missing. Immutable; the sorted scores of each class are computed once, on first use, and
 * shared by the direction rule, the DeLong placements and the curve.
 */
public final class ClassScores {

    private final String score;
    private final double[] positives;
    private final double[] negatives;
    private final int skippedRows;
    private volatile double[] sortedPositives;
    private volatile double[] sortedNegatives;

    /**
     * @param score name of the score column (for messages)
     * @param positives scores of the positive cases, in row order (copied)
     * @param negatives scores of the negative cases, in row order (copied)
     * @param skippedRows rows dropped because the outcome or a score was missing
     */
    public ClassScores(final String score, final double[] positives, final double[] negatives,
        final int skippedRows) {
        this.score = Objects.requireNonNull(score);
        this.positives = positives.clone();
        this.negatives = negatives.clone();
        this.skippedRows = skippedRows;
    }

    /**
     * Splits one score column by outcome; a row is skipped (and counted) when its outcome is missing
     * or its score is not finite (NaN or ±Infinity: missing, {@link MissingValues}).
     *
     * @param outcome the outcome per row
     * @param score the column name
     * @param scores one value per row, {@code NaN} (or any non-finite value) where missing
     * @return the split
     */
    public static ClassScores split(final BinaryOutcome outcome, final String score, final double[] scores) {
        return splitCompleteCases(outcome, score, scores, scores);
    }

    /**
     * Splits {@code scores} on the rows where the outcome and every column of {@code required} are
     * present, so that two scores compared pairwise are taken from the same cases.
     *
     * @param outcome the outcome per row
     * @param score name of {@code scores}
     * @param scores the values to split
     * @param required columns that must all be non-missing for a row to count (may include {@code scores})
     * @return the split
     */
    public static ClassScores splitCompleteCases(final BinaryOutcome outcome, final String score,
        final double[] scores, final double[]... required) {
        final int n = outcome.size();
        if (scores.length != n) {
            throw new IllegalArgumentException("score '" + score + "' has " + scores.length + " rows, outcome " + n);
        }
        final double[] pos = new double[n];
        final double[] neg = new double[n];
        int np = 0;
        int nn = 0;
        for (int i = 0; i < n; i++) {
            if (outcome.isMissing(i) || anyMissing(required, i)) {
                continue;
            }
            if (outcome.isPositive(i)) {
                pos[np++] = scores[i];
            } else {
                neg[nn++] = scores[i];
            }
        }
        return new ClassScores(score, Arrays.copyOf(pos, np), Arrays.copyOf(neg, nn), n - np - nn);
    }

    private static boolean anyMissing(final double[][] columns, final int row) {
        for (final double[] c : columns) {
            if (MissingValues.isMissing(c[row])) {
                return true;
            }
        }
        return false;
    }

    /** @return name of the score column */
    public String score() {
        return score;
    }

    /** @return rows dropped because the outcome or a score was missing */
    public int skippedRows() {
        return skippedRows;
    }

    /** @return number of positive cases */
    public int positiveCount() {
        return positives.length;
    }

    /** @return number of negative cases */
    public int negativeCount() {
        return negatives.length;
    }

    /** @return the positive scores in row order (a copy) */
    public double[] positives() {
        return positives.clone();
    }

    /** @return the negative scores in row order (a copy) */
    public double[] negatives() {
        return negatives.clone();
    }

    double[] positivesView() {
        return positives;
    }

    double[] negativesView() {
        return negatives;
    }

    /** @return the positive scores in ascending order (shared, not to be modified) */
    double[] sortedPositives() {
        double[] s = sortedPositives;
        if (s == null) {
            s = positives.clone();
            Arrays.parallelSort(s);
            sortedPositives = s;
        }
        return s;
    }

    /** @return the negative scores in ascending order (shared, not to be modified) */
    double[] sortedNegatives() {
        double[] s = sortedNegatives;
        if (s == null) {
            s = negatives.clone();
            Arrays.parallelSort(s);
            sortedNegatives = s;
        }
        return s;
    }

    /**
     * Checks that each class has at least two cases (the DeLong variance needs {@code n - 1 > 0}).
     *
     * @param outcome the outcome, for the class labels in the message
     * @throws InvalidDataException naming the score column and the class that is too small
     */
    public void requireTwoPerClass(final BinaryOutcome outcome) {
        requireTwoPerClass(" ('" + outcome.positiveLabel() + "')", " ('" + outcome.negativeLabel() + "')");
    }

    /** As {@link #requireTwoPerClass(BinaryOutcome)}, for scores split without a named outcome. */
    void requireTwoPerClass() {
        requireTwoPerClass("", "");
    }

    private void requireTwoPerClass(final String positiveLabel, final String negativeLabel) {
        if (positives.length < 2 || negatives.length < 2) {
            throw new InvalidDataException("Score column '" + score + "' has " + positives.length + " positive"
                + positiveLabel + " and " + negatives.length + " negative" + negativeLabel
                + " cases with non-missing values (" + skippedRows + " rows skipped); at least 2 of each are needed.");
        }
    }

    /** @return whether every score (of both classes) has the same value */
    public boolean isConstant() {
        final double[] p = sortedPositives();
        final double[] n = sortedNegatives();
        final double min = Math.min(p.length > 0 ? p[0] : n[0], n.length > 0 ? n[0] : p[0]);
        final double max = Math.max(p.length > 0 ? p[p.length - 1] : n[n.length - 1],
            n.length > 0 ? n[n.length - 1] : p[p.length - 1]);
        return min == max;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof ClassScores c && score.equals(c.score) && skippedRows == c.skippedRows
            && Arrays.equals(positives, c.positives) && Arrays.equals(negatives, c.negatives);
    }

    @Override
    public int hashCode() {
        return Objects.hash(score, skippedRows, Arrays.hashCode(positives), Arrays.hashCode(negatives));
    }

    @Override
    public String toString() {
        return "ClassScores[" + score + ": " + positives.length + " positive, " + negatives.length + " negative, "
            + skippedRows + " skipped]";
    }
}
