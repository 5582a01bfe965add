package org.qmrinodes.core.features.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

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
        final GlcmFeatures merged = new GlcmFeatures(slice, List.of(1), true, WeightingNorm.NO_WEIGHTING);
        assertEquals(1, merged.directionCount());
        // ordered pairs: along rows 12 differing by 1, along columns 12 equal, along each diagonal 8 differing by 1
        assertEquals(2, merged.jointAverage(), 1e-12);
        assertEquals((12 + 8 + 8) / 40.0, merged.contrast(), 1e-12);
        assertEquals(1, new GlrlmFeatures(slice, WeightingNorm.NO_WEIGHTING).directionCount());
    }

    @Test
    void pyRadiomicsAnglesForDistancesAreOnePerOppositePairSignedByTheirSliceRowColumnSteps() {
        final List<int[]> one = Directions.offsets(List.of(1));
        assertEquals(13, one.size());
        // PyRadiomics' first angle is (slice, row, column) = (1, 1, 1), its last (0, 0, 1)
        assertEquals(List.of(1, 1, 1), List.of(one.get(0)[2], one.get(0)[1], one.get(0)[0]));
        assertEquals(List.of(0, 0, 1), List.of(one.get(12)[2], one.get(12)[1], one.get(12)[0]));
        // (0, 1, -1) in slice, row, column order is kept as is; (0, -1, 1) is its opposite and not generated
        assertEquals(1, one.stream().filter(o -> o[2] == 0 && o[1] == 1 && o[0] == -1).count());
        assertEquals(0, one.stream().filter(o -> o[2] == 0 && o[1] == -1 && o[0] == 1).count());
        // distance 2 alone: the 5³ − 3³ = 98 voxels of the shell, 49 angles; with distance 1, 62
        assertEquals(49, Directions.offsets(List.of(2)).size());
        assertEquals(62, Directions.offsets(List.of(1, 2)).size());
        assertEquals(26, Directions.neighbours(List.of(1)).size());
    }

    @Test
    void anAsymmetricGlcmCountsEachPairFromTheVoxelToItsNeighbourOnly() {
        // a 3x1x1 row with grey levels 1 2 3: along the column direction (0, 0, 1) the pairs are (1,2) and
        // (2,3), so μx = 1.5 and μy = 2.5; the joint average is μx
        final GreyLevels row = region(3, 1, 1, new int[] {1, 1, 1});
        final GlcmFeatures asymmetric = new GlcmFeatures(row, List.of(1), false, null);
        assertEquals(1, asymmetric.directionCount());
        assertEquals(1.5, asymmetric.jointAverage(), 1e-12);
        assertEquals(2, new GlcmFeatures(row).jointAverage(), 1e-12);
    }
}
