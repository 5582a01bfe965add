package org.qmrinodes.core.features.radiomics;

import java.util.function.DoubleUnaryOperator;
import java.util.function.IntToDoubleFunction;

/**
 * A matrix P(i,j) counting voxel groups of grey level i and size j (runs of one direction in GLRLM,
 * zones in GLSZM, dependences in GLDM), with the sums their features share: N<sub>z</sub> = Σ P(i,j), p<sub>g</sub>(i) = Σ<sub>j</sub> P(i,j),
 * p<sub>s</sub>(j) = Σ<sub>i</sub> P(i,j), p(i,j) = P(i,j)/N<sub>z</sub>. i are the grey levels that occur in
 * the region, j = 1 … the largest size. Immutable once built.
 */
final class GreyLevelSizeMatrix {

    /** Weight of P(i,j) given grey level i and size j. */
    interface Weight {
        double of(double i, double j);
    }

    private final int n;
    private final int maxSize;
    private final double[] level;
    private final double[] counts;
    private final double[] pg;
    private final double[] ps;
    private final double total;

    /**
     * @param greyLevels the discretised region (gives i)
     * @param maxSize the largest size j
     * @param counts P, grey-level index major ({@code counts[g * maxSize + j - 1]}); kept, not copied
     */
    GreyLevelSizeMatrix(final GreyLevels greyLevels, final int maxSize, final double[] counts) {
        n = greyLevels.levelCount();
        this.maxSize = maxSize;
        this.counts = counts;
        level = new double[n];
        pg = new double[n];
        ps = new double[maxSize];
        double t = 0;
        for (int g = 0; g < n; g++) {
            level[g] = greyLevels.level(g);
            for (int s = 0; s < maxSize; s++) {
                final double x = counts[g * maxSize + s];
                pg[g] += x;
                ps[s] += x;
                t += x;
            }
        }
        total = t;
    }

    /** @return N<sub>z</sub> = Σ P(i,j) */
    double total() {
        return total;
    }

    /** @return Σ<sub>i</sub> p<sub>g</sub>(i) f(i) / N<sub>z</sub>, f given the grey level i */
    double greyMean(final DoubleUnaryOperator f) {
        double s = 0;
        for (int g = 0; g < n; g++) {
            s += pg[g] * f.applyAsDouble(level[g]);
        }
        return s / total;
    }

    /** @return Σ<sub>j</sub> p<sub>s</sub>(j) f(j) / N<sub>z</sub>, f given the size j */
    double sizeMean(final IntToDoubleFunction f) {
        double s = 0;
        for (int j = 1; j <= maxSize; j++) {
            s += ps[j - 1] * f.applyAsDouble(j);
        }
        return s / total;
    }

    /** @return Σ P(i,j) w(i,j) / N<sub>z</sub> */
    double jointMean(final Weight w) {
        double s = 0;
        for (int g = 0; g < n; g++) {
            for (int r = 0; r < maxSize; r++) {
                final double x = counts[g * maxSize + r];
                if (x != 0) {
                    s += x * w.of(level[g], r + 1);
                }
            }
        }
        return s / total;
    }

    /** @return Σ p<sub>g</sub>(i)² / N<sub>z</sub> */
    double greyNonUniformity() {
        double s = 0;
        for (final double x : pg) {
            s += x * x;
        }
        return s / total;
    }

    /** @return Σ p<sub>s</sub>(j)² / N<sub>z</sub> */
    double sizeNonUniformity() {
        double s = 0;
        for (final double x : ps) {
            s += x * x;
        }
        return s / total;
    }

    /** @return Σ p(i,j) (i − μ)², μ = Σ p(i,j) i */
    double greyVariance() {
        final double mean = greyMean(i -> i);
        return greyMean(i -> (i - mean) * (i - mean));
    }

    /** @return Σ p(i,j) (j − μ)², μ = Σ p(i,j) j */
    double sizeVariance() {
        final double mean = sizeMean(j -> j);
        return sizeMean(j -> (j - mean) * (j - mean));
    }

    /** @return −Σ p(i,j) log₂(p(i,j) + ε) */
    double entropy() {
        double s = 0;
        for (final double x : counts) {
            final double q = x / total;
            s -= q * FeatureMath.log2(q + FeatureMath.EPS);
        }
        return s;
    }
}
