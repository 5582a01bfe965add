package org.qmrinodes.core.features.radiomics;

import java.util.function.IntToDoubleFunction;

/** The numerical conventions PyRadiomics' features share. */
final class FeatureMath {

    /** ε in PyRadiomics' logarithms and guarded divisions: numpy's {@code spacing(1)}, 2.2·10<sup>−16</sup>. */
    static final double EPS = Math.ulp(1.0);

    private static final double LN2 = Math.log(2);

    private FeatureMath() {
    }

    /** @return log₂ x */
    static double log2(final double x) {
        return Math.log(x) / LN2;
    }

    /**
     * The mean of a per-direction feature over the directions, NaN values left out (numpy's
     * {@code nanmean}, as PyRadiomics averages texture features).
     *
     * @param directions how many directions
     * @param perDirection the feature of direction 0 … directions − 1
     * @return the mean, NaN when no direction has a value
     */
    static double meanOverDirections(final int directions, final IntToDoubleFunction perDirection) {
        double s = 0;
        int count = 0;
        for (int a = 0; a < directions; a++) {
            final double x = perDirection.applyAsDouble(a);
            if (!Double.isNaN(x)) {
                s += x;
                count++;
            }
        }
        return count == 0 ? Double.NaN : s / count;
    }
}
