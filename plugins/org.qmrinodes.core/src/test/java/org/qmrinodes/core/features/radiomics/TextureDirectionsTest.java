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
}
