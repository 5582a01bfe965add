package org.qmrinodes.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Infinite voxels inside the VOI are missing values: excluded, counted, and the rest is summarised. */
class NonFiniteVoxelTest {

    @Test
    void infiniteVoxelsAreExcludedAndCounted() {
        final float[] map = {1, 2, Float.POSITIVE_INFINITY, 3, Float.NEGATIVE_INFINITY, Float.NaN, 4, 100};
        final boolean[] voi = {true, true, true, true, true, true, true, false};
        final HistogramFeatureSet f = HistogramFeatures.compute(map, voi, Discretisation.fixedBinCount(4), "ADC of P1");
        assertEquals(4, f.voxels());
        assertEquals(3, f.excludedVoxels());
        assertEquals(2.5, f.statistics().mean(), 1e-12);
        assertEquals(4.0, f.statistics().maximum(), 0);
    }

    @Test
    void theValueArrayFormFollowsTheSameRule() {
        final double[] values = {1, Double.POSITIVE_INFINITY, 3};
        final HistogramFeatureSet f = HistogramFeatures.compute(values, Discretisation.fixedBinCount(4), "ADC of P1");
        assertEquals(2, f.voxels());
        assertEquals(1, f.excludedVoxels());
        assertEquals(2.0, f.statistics().mean(), 1e-12);
    }
}
