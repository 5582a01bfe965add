package org.qmrinodes.core.features.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * force2D along columns (force2Ddimension 2) of a volume equals force2D along slices (dimension 0) of the
     * same volume with columns and slices swapped: the in-plane directions are the same pairs of voxels.
     */
    @Test
    void force2DAlongColumnsIsForce2DAlongSlicesOfTheTransposedVolume() {
        final int nx = 6;
        final int ny = 5;
        final int nz = 4;
        final java.util.Random random = new java.util.Random(7);
        final float[] values = new float[nx * ny * nz];
        final float[] swapped = new float[values.length];
        final int[] labels = new int[values.length];
        final int[] swappedLabels = new int[values.length];
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    final float value = random.nextInt(5) * 10;
                    final int label = (i + j + k) % 7 == 0 ? 0 : 1;
                    values[(k * ny + j) * nx + i] = value;
                    labels[(k * ny + j) * nx + i] = label;
                    swapped[(i * ny + j) * nz + k] = value;
                    swappedLabels[(i * ny + j) * nz + k] = label;
                }
            }
        }
        final Geometry g = new Geometry(nx, ny, nz, new double[3], new double[] {1, 1, 1},
            new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        final Geometry t = new Geometry(nz, ny, nx, new double[3], new double[] {1, 1, 1},
            new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        final String classes = "featureClass:\n  glcm:\n  glrlm:\n  glszm:\n  ngtdm:\n  gldm:\n";
        final List<RadiomicsFeature> columns = RadiomicsExtractor.extract(Volume.map(g, values), new Mask(g, labels), "a",
            PyRadiomicsParameters.parse("setting:\n  binWidth: 10\n  force2D: true\n  force2Ddimension: 2\n" + classes,
                "a.yaml"));
        final List<RadiomicsFeature> slices = RadiomicsExtractor.extract(Volume.map(t, swapped),
            new Mask(t, swappedLabels), "b", PyRadiomicsParameters.parse("setting:\n  binWidth: 10\n  force2D: true\n"
                + classes, "b.yaml"));
        final List<RadiomicsFeature> volume = RadiomicsExtractor.extract(Volume.map(g, values), new Mask(g, labels), "c",
            PyRadiomicsParameters.parse("setting:\n  binWidth: 10\n" + classes, "c.yaml"));
        assertEquals(slices.size(), columns.size());
        int differsFrom3D = 0;
        for (int f = 0; f < slices.size(); f++) {
            assertEquals(slices.get(f).name(), columns.get(f).name());
            assertEquals(slices.get(f).value(), columns.get(f).value(),
                1e-12 * Math.max(1, Math.abs(slices.get(f).value())), slices.get(f).name());
            differsFrom3D += Math.abs(volume.get(f).value() - columns.get(f).value()) > 1e-9 ? 1 : 0;
        }
        assertTrue(differsFrom3D > slices.size() / 2, differsFrom3D + " of " + slices.size() + " differ from 3D");
    }
}
