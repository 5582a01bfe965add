package org.qmrinodes.core.stats.roc;

import java.util.Arrays;
import java.util.Objects;

/**
 * DeLong structural components ("placements") of the empirical AUC.
 *
 * <p>For positive case i with score x<sub>i</sub> and negative case j with score y<sub>j</sub>,
 * with ψ(x, y) = 1 if x &gt; y, ½ if x = y, 0 otherwise (x &lt; y for {@link Direction#LOWER}):
 * <pre>
 *   V10(i) = (1/n) Σ_j ψ(x_i, y_j)     (one per positive case, m of them)
 *   V01(j) = (1/m) Σ_i ψ(x_i, y_j)     (one per negative case, n of them)
 *   AUC    = mean(V10) = mean(V01)
 *   Var(AUC) = S10/m + S01/n,  S10, S01 the sample variances (divisor m-1, n-1) of V10, V01
 * </pre>
 * DeLong, DeLong &amp; Clarke-Pearson (1988), Biometrics 44:837–845. The components are computed
 * in O(N log N) as in Sun &amp; Xu (2014), IEEE Signal Processing Letters 21:1389–1393: their
 * midrank differences T<sub>Z</sub>(x<sub>i</sub>) − T<sub>X</sub>(x<sub>i</sub>) equal the count
 * of negatives below x<sub>i</sub> plus half the ties, which is read here by binary search in the
 * sorted scores of the other class — no O(m·n) loop; large inputs use all cores. Placements stay in
 * the input (row) order, so that two scores measured on the same cases can be paired.
 *
 * @param auc the empirical AUC
 * @param positivePlacements V10, one per positive case, in input order
 * @param negativePlacements V01, one per negative case, in input order
 */
public record DelongPlacements(double auc, double[] positivePlacements, double[] negativePlacements) {

    /** Copies the arrays. */
    public DelongPlacements {
        positivePlacements = positivePlacements.clone();
        negativePlacements = negativePlacements.clone();
    }

    /** Inputs at least this large are processed on all cores. */
    private static final int PARALLEL_THRESHOLD = 1 << 15;

    /**
     * Computes the placements of one score.
     *
     * @param scores the split scores (no NaN)
     * @param direction which side is positive
     * @return the placements
     */
    public static DelongPlacements compute(final ClassScores scores, final Direction direction) {
        Objects.requireNonNull(direction);
        final boolean higher = direction == Direction.HIGHER;
        final double[] pos = scores.positivesView();
        final double[] neg = scores.negativesView();
        final double[] posSorted = scores.sortedPositives();
        final double[] negSorted = scores.sortedNegatives();
        final int m = pos.length;
        final int n = neg.length;
        final boolean parallel = m + n >= PARALLEL_THRESHOLD;

        // 2 x (number of negatives beaten by positive i, ties counting one half)
        final int[] twiceBeaten = new int[m];
        forEach(m, parallel, i -> {
            final int below = lowerBound(negSorted, pos[i]);
            final int atMost = upperBound(negSorted, pos[i]);
            twiceBeaten[i] = (higher ? 2 * below : 2 * (n - atMost)) + atMost - below;
        });
        final double[] v10 = new double[m];
        long twiceConcordant = 0;
        for (int i = 0; i < m; i++) {
            twiceConcordant += twiceBeaten[i];
            v10[i] = twiceBeaten[i] / (2.0 * n);
        }
        final double[] v01 = new double[n];
        forEach(n, parallel, j -> {
            final int below = lowerBound(posSorted, neg[j]);
            final int atMost = upperBound(posSorted, neg[j]);
            v01[j] = ((higher ? 2 * (m - atMost) : 2 * below) + atMost - below) / (2.0 * m);
        });
        return new DelongPlacements(twiceConcordant / (2.0 * m * n), v10, v01);
    }

    private static void forEach(final int count, final boolean parallel, final java.util.function.IntConsumer body) {
        final java.util.stream.IntStream range = java.util.stream.IntStream.range(0, count);
        (parallel ? range.parallel() : range).forEach(body);
    }

    /** @return V10 (a copy) */
    @Override
    public double[] positivePlacements() {
        return positivePlacements.clone();
    }

    /** @return V01 (a copy) */
    @Override
    public double[] negativePlacements() {
        return negativePlacements.clone();
    }

    /** @return the DeLong variance of the AUC, S10/m + S01/n */
    public double variance() {
        return covariance(this, this);
    }

    /**
     * The DeLong covariance of two AUCs measured on the same cases (same positives and negatives in
     * the same order): S10(a,b)/m + S01(a,b)/n with sample covariances of the placements.
     *
     * @param a placements of the first score
     * @param b placements of the second score, on the same cases
     * @return the covariance of the two AUC estimates
     */
    public static double covariance(final DelongPlacements a, final DelongPlacements b) {
        if (a.positivePlacements.length != b.positivePlacements.length
            || a.negativePlacements.length != b.negativePlacements.length) {
            throw new IllegalArgumentException("paired placements must come from the same cases");
        }
        return sampleCovariance(a.positivePlacements, b.positivePlacements) / a.positivePlacements.length
            + sampleCovariance(a.negativePlacements, b.negativePlacements) / a.negativePlacements.length;
    }

    private static double sampleCovariance(final double[] x, final double[] y) {
        final int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += (x[i] - mx) * (y[i] - my);
        }
        return s / (n - 1);
    }

    /** @return the number of elements of {@code sorted} strictly below {@code v} */
    static int lowerBound(final double[] sorted, final double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            final int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** @return the number of elements of {@code sorted} at most {@code v} */
    static int upperBound(final double[] sorted, final double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            final int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof DelongPlacements p && Double.compare(auc, p.auc) == 0
            && Arrays.equals(positivePlacements, p.positivePlacements)
            && Arrays.equals(negativePlacements, p.negativePlacements);
    }

    @Override
    public int hashCode() {
        return Objects.hash(auc, Arrays.hashCode(positivePlacements), Arrays.hashCode(negativePlacements));
    }

    @Override
    public String toString() {
        return "DelongPlacements[auc=" + auc + ", m=" + positivePlacements.length + ", n="
            + negativePlacements.length + "]";
    }
}
