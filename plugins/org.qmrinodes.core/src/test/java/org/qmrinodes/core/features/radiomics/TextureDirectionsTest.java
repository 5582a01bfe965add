package org.qmrinodes.core.features.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Volume;

/** Which directions the texture features average over, as PyRadiomics decides it. */
class TextureDirectionsTest {

    private static GreyLevels region(final int columns, final int rows, final int slices, final int[] labels) {
        final Geometry g = new Geometry(columns, rows, slices, new double[3], new double[] {1, 1, 1},
            new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        final float[] values = new float[labels.length];
        for (int v = 0; v < values.length; v++) {
            values[v] = 10 * (v % 3);
        }
        return GreyLevels.fixedBinWidth(RegionOfInterest.crop(Volume.map(g, values), new Mask(g, labels), 1, "m"), 10);
    }

    @Test
    void aSingleSliceRegionUsesTheFourInPlaneDirections() {
        final GreyLevels slice = region(3, 3, 1, new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1});
        assertEquals(4, new GlcmFeatures(slice).directionCount());
        assertEquals(4, new GlrlmFeatures(slice).directionCount());
    }

    @Test
    void aDirectionWhoseLinesHoldTwoSeparatedRegionVoxelsKeepsItsSingleVoxelRuns() {
        // region voxels at slices 0 and 2 of a 1x1x3 box: along the slice direction two runs of length 1
        final GreyLevels gap = region(1, 1, 3, new int[] {1, 0, 1});
        final GlrlmFeatures runs = new GlrlmFeatures(gap);
        assertEquals(1, runs.directionCount());
        assertEquals(1.0, runs.runPercentage());
        assertEquals(1.0, runs.shortRunEmphasis());
        assertEquals(0, new GlcmFeatures(gap).directionCount());
    }

    @Test
    void weightsFollowPyRadiomicsNormsOfTheOffsetInMillimetres() {
        // offset (0.5, 0.5, 2) mm: Euclidean √4.5, Manhattan 3, infinity 2
        final double[] d = {0.5, 0.5, 2};
        assertEquals(Math.exp(-4.5), WeightingNorm.EUCLIDEAN.glcmWeight(d), 1e-15);
        assertEquals(Math.exp(-9), WeightingNorm.MANHATTAN.glcmWeight(d), 1e-15);
        assertEquals(Math.exp(-4), WeightingNorm.INFINITY.glcmWeight(d), 1e-15);
        assertEquals(1, WeightingNorm.NO_WEIGHTING.glcmWeight(d));
        assertEquals(Math.sqrt(4.5), WeightingNorm.EUCLIDEAN.glrlmWeight(d), 1e-15);
        assertEquals(3, WeightingNorm.MANHATTAN.glrlmWeight(d), 1e-15);
        assertEquals(2, WeightingNorm.INFINITY.glrlmWeight(d), 1e-15);
        assertEquals(1, WeightingNorm.NO_WEIGHTING.glrlmWeight(d));
        assertEquals(WeightingNorm.NO_WEIGHTING, WeightingNorm.of("no_weighting"));
        assertEquals(null, WeightingNorm.of(null));
    }

    @Test
    void aWeightingNormMergesTheDirectionsIntoOneMatrix() {
        // a 3x3x1 slice with grey levels 1 2 3 along every row: merged with no weighting, the GLCM is the
        // sum of the four in-plane matrices, so the joint average is that of all their pairs together
        final GreyLevels slice = region(3, 3, 1, new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1});
        final GlcmFeatures merged = new GlcmFeatures(slice, WeightingNorm.NO_WEIGHTING);
        assertEquals(1, merged.directionCount());
        // ordered pairs: along rows 12 differing by 1, along columns 12 equal, along each diagonal 8 differing by 1
        assertEquals(2, merged.jointAverage(), 1e-12);
        assertEquals((12 + 8 + 8) / 40.0, merged.contrast(), 1e-12);
        assertEquals(1, new GlrlmFeatures(slice, WeightingNorm.NO_WEIGHTING).directionCount());
    }
}
