package org.qmrinodes.core.stats.roc;

import java.util.Arrays;
import java.util.Objects;

/**
 * The empirical ROC curve of one score: every threshold between adjacent distinct score values
 * with the confusion counts there.
 *
 * <p>Thresholds follow pROC: the distinct scores u<sub>1</sub> &lt; … &lt; u<sub>k</sub> (after
 * orienting them so that higher means positive) give k+1 thresholds −∞, (u<sub>1</sub>+u<sub>2</sub>)/2,
 * …, (u<sub>k−1</sub>+u<sub>k</sub>)/2, +∞ (halves added separately where the sum would overflow).
 * A case is called positive when its oriented score is above the threshold, so the points run
 * from sensitivity 1 / specificity 0 to sensitivity 0 / specificity 1. For {@link Direction#LOWER}
 * the thresholds are reported on the original scale (negated back), hence in decreasing order.
 *
 * @param direction which side of the threshold is positive
 * @param thresholds the thresholds, in curve order
 * @param truePositives positives called positive at each threshold
 * @param trueNegatives negatives called negative at each threshold
 * @param positives number of positive cases
 * @param negatives number of negative cases
 */
public record RocCurve(Direction direction, double[] thresholds, int[] truePositives, int[] trueNegatives,
    int positives, int negatives) {

    /** Validates and copies the arrays. */
    public RocCurve {
        Objects.requireNonNull(direction);
        if (thresholds.length != truePositives.length || thresholds.length != trueNegatives.length) {
            throw new IllegalArgumentException("curve arrays differ in length");
        }
        thresholds = thresholds.clone();
        truePositives = truePositives.clone();
        trueNegatives = trueNegatives.clone();
    }

    /**
     * Computes the curve.
     *
     * @param scores the split scores (no NaN)
     * @param direction which side is positive
     * @return the curve
     */
    public static RocCurve compute(final ClassScores scores, final Direction direction) {
        final boolean higher = direction == Direction.HIGHER;
        final double[] pos = scores.sortedPositives();
        final double[] neg = scores.sortedNegatives();
        final int m = pos.length;
        final int n = neg.length;
        final double[] thresholds = new double[m + n + 1];
        final int[] tp = new int[m + n + 1];
        final int[] tn = new int[m + n + 1];
        thresholds[0] = Double.NEGATIVE_INFINITY;
        tp[0] = m;
        // walk the distinct oriented values u ascending, merging the two sorted classes; ip and in
        // count the positives and negatives with oriented value <= u
        int ip = 0;
        int in = 0;
        int k = 0;
        while (ip < m || in < n) {
            final double u = Math.min(ip < m ? oriented(pos, ip, higher) : Double.POSITIVE_INFINITY,
                in < n ? oriented(neg, in, higher) : Double.POSITIVE_INFINITY);
            while (ip < m && oriented(pos, ip, higher) == u) {
                ip++;
            }
            while (in < n && oriented(neg, in, higher) == u) {
                in++;
            }
            k++;
            if (ip < m || in < n) {
                final double next = Math.min(ip < m ? oriented(pos, ip, higher) : Double.POSITIVE_INFINITY,
                    in < n ? oriented(neg, in, higher) : Double.POSITIVE_INFINITY);
                thresholds[k] = threshold(u, next);
            } else {
                thresholds[k] = Double.POSITIVE_INFINITY;
            }
            tp[k] = m - ip;
            tn[k] = in;
        }
        if (!higher) {
            for (int i = 0; i <= k; i++) {
                thresholds[i] = -thresholds[i];
            }
        }
        return new RocCurve(direction, Arrays.copyOf(thresholds, k + 1), Arrays.copyOf(tp, k + 1),
            Arrays.copyOf(tn, k + 1), m, n);
    }

    /** @return the i-th smallest value after orienting (negating for LOWER) the ascending {@code sorted} */
    private static double oriented(final double[] sorted, final int i, final boolean higher) {
        return higher ? sorted[i] : -sorted[sorted.length - 1 - i];
    }

    /**
     * pROC's threshold between adjacent oriented values a &lt; b: (a + b) / 2, or a/2 + b/2 where that
     * would exceed 1e100 in magnitude; when the midpoint rounds onto a or b (adjacent doubles) it is
     * b, the value that is then called positive.
     */
    static double threshold(final double a, final double b) {
        double mid = (a + b) / 2;
        if (Math.abs(mid) > 1e100) {
            mid = a / 2 + b / 2;
        }
        return mid == a || mid == b ? b : mid;
    }

    /** @return number of points on the curve */
    public int size() {
        return thresholds.length;
    }

    /** @return the operating point at curve index {@code i} */
    public OperatingPoint point(final int i) {
        return new OperatingPoint(thresholds[i], truePositives[i], positives - truePositives[i], trueNegatives[i],
            negatives - trueNegatives[i]);
    }

    /** @return sensitivity at curve index {@code i} */
    public double sensitivity(final int i) {
        return truePositives[i] / (double) positives;
    }

    /** @return specificity at curve index {@code i} */
    public double specificity(final int i) {
        return trueNegatives[i] / (double) negatives;
    }

    /**
     * The points that maximise Youden's J (sensitivity + specificity), as pROC's
     * {@code coords(r, "best", best.method = "youden")}; ties are all returned, in curve order.
     *
     * @return curve indices of the optimal points (at least one)
     */
    public int[] youdenOptimalIndices() {
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < size(); i++) {
            best = Math.max(best, sensitivity(i) + specificity(i));
        }
        final double max = best;
        return java.util.stream.IntStream.range(0, size()).filter(i -> sensitivity(i) + specificity(i) == max)
            .toArray();
    }

    /**
     * The Youden-optimal operating point; when several thresholds tie, the first in curve order
     * (the one with the highest sensitivity), which is the first row pROC's {@code coords} returns.
     *
     * @return the optimal operating point
     */
    public OperatingPoint youdenOptimal() {
        return point(youdenOptimalIndices()[0]);
    }

    /** @return the thresholds (a copy) */
    @Override
    public double[] thresholds() {
        return thresholds.clone();
    }

    /** @return true positives per threshold (a copy) */
    @Override
    public int[] truePositives() {
        return truePositives.clone();
    }

    /** @return true negatives per threshold (a copy) */
    @Override
    public int[] trueNegatives() {
        return trueNegatives.clone();
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof RocCurve c && direction == c.direction && positives == c.positives
            && negatives == c.negatives && Arrays.equals(thresholds, c.thresholds)
            && Arrays.equals(truePositives, c.truePositives) && Arrays.equals(trueNegatives, c.trueNegatives);
    }

    @Override
    public int hashCode() {
        return Objects.hash(direction, positives, negatives, Arrays.hashCode(thresholds));
    }

    @Override
    public String toString() {
        return "RocCurve[" + direction + ", " + size() + " points]";
    }
}
