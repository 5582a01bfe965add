package org.qmrinodes.core.features.radiomics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.image.AcquisitionParameters;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Volume;

/** Cropping to the label's bounding box, PyRadiomics' fixed-bin-width rule, and the bad-input messages. */
class RadiomicsPreprocessingTest {

    private static final Geometry GRID = new Geometry(4, 3, 2, new double[3], new double[] {0.5, 0.5, 2},
        new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});

    private static Volume image(final float... values) {
        return Volume.map(GRID, values);
    }

    private static Mask mask(final int... labels) {
        return new Mask(GRID, labels);
    }

    private static final int[] TWO_LABELS = {
        0, 0, 0, 0, //
        0, 1, 1, 0, //
        0, 0, 2, 0, //
        0, 0, 0, 0, //
        0, 1, 0, 0, //
        0, 0, 0, 0};

    @Test
    void cropKeepsTheLabelsBoundingBoxAndItsVoxelsOnly() {
        final float[] values = new float[24];
        for (int v = 0; v < 24; v++) {
            values[v] = v;
        }
        final RegionOfInterest roi = RegionOfInterest.crop(image(values), mask(TWO_LABELS), 1, "m");
        assertEquals(2, roi.columns());
        assertEquals(1, roi.rows());
        assertEquals(2, roi.slices());
        assertEquals(3, roi.voxelCount());
        assertEquals(0.5, roi.voxelVolume(), 1e-15);
        assertEquals(List.of(5.0, 6.0, 17.0), Arrays.stream(roi.regionIntensities()).boxed().toList());
    }

    private static GreyLevels binned(final double binWidth, final float... regionValues) {
        final float[] values = new float[24];
        final int[] labels = new int[24];
        for (int v = 0; v < regionValues.length; v++) {
            values[v] = regionValues[v];
            labels[v] = 1;
        }
        return GreyLevels.fixedBinWidth(RegionOfInterest.crop(image(values), mask(labels), 1, "m"), binWidth);
    }

    @Test
    void binsStartAtTheMultipleOfTheWidthBelowTheMinimumAsPyRadiomicsDocumentsIt() {
        // PyRadiomics' example: intensities 54 to 166 with bin width 25 have edges 50, 75, ..., 175
        final GreyLevels g = binned(25, 54, 74, 75, 100, 166);
        assertEquals(50, g.lowestEdge());
        assertEquals(List.of(1, 1, 2, 3, 5), levelsOfFirst(g, 5));
        assertEquals(4, g.levelCount());
        assertEquals(5, g.highestLevel());
    }

    @Test
    void negativeMinimaUseTheFloorNotTheTruncation() {
        final GreyLevels g = binned(5, -7, -5, -0.5f, 0, 4.9f);
        assertEquals(-10, g.lowestEdge());
        assertEquals(List.of(1, 2, 2, 3, 3), levelsOfFirst(g, 5));
    }

    private static GreyLevels binnedInto(final int binCount, final float... regionValues) {
        final float[] values = new float[24];
        final int[] labels = new int[24];
        for (int v = 0; v < regionValues.length; v++) {
            values[v] = regionValues[v];
            labels[v] = 1;
        }
        return GreyLevels.fixedBinCount(RegionOfInterest.crop(image(values), mask(labels), 1, "m"), binCount);
    }

    @Test
    void aFixedBinNumberSplitsMinimumToMaximumAndPutsTheMaximumInTheLastBin() {
        // 4 bins over 2 .. 12: edges 2, 4.5, 7, 9.5 and 13 (the last edge moved to max + 1)
        final GreyLevels g = binnedInto(4, 2, 4.4f, 4.5f, 9.5f, 11.9f, 12);
        assertEquals(2, g.lowestEdge());
        assertEquals(List.of(1, 1, 2, 4, 4, 4), levelsOfFirst(g, 6));
        assertEquals(3, g.levelCount());
        assertEquals(4, g.highestLevel());
    }

    @Test
    void aFixedBinNumberOfAFlatRegionUsesNumpysUnitRangeAroundTheValue() {
        // numpy's histogram of a constant 10 into 4 bins: edges 9.5, 9.75, 10, 10.25 and 10.5 (then 11.5)
        final GreyLevels g = binnedInto(4, 10, 10, 10);
        assertEquals(9.5, g.lowestEdge());
        assertEquals(List.of(3, 3, 3), levelsOfFirst(g, 3));
        assertEquals(1, g.levelCount());
    }

    @Test
    void aBinCountOutsideOneToTheLimitIsRefusedNamingIt() {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> binnedInto(0, 1, 2));
        assertTrue(e.getMessage().startsWith("binCount is 0"), e.getMessage());
    }

    private static List<Integer> levelsOfFirst(final GreyLevels g, final int count) {
        final Integer[] out = new Integer[count];
        for (int v = 0; v < count; v++) {
            out[v] = g.level(g.levelIndex(v));
        }
        return List.of(out);
    }

    /** A region of the first values of the 4×3×2 grid (column fastest). */
    private static RegionOfInterest region(final float... regionValues) {
        final float[] values = new float[24];
        final int[] labels = new int[24];
        for (int v = 0; v < regionValues.length; v++) {
            values[v] = regionValues[v];
            labels[v] = 1;
        }
        return RegionOfInterest.crop(image(values), mask(labels), 1, "m");
    }

    private static List<Double> keptValues(final RegionOfInterest region, final Resegmentation resegmentation) {
        return Arrays.stream(region.restricted(resegmentation.kept(region, "m")).regionIntensities()).boxed().toList();
    }

    @Test
    void absoluteResegmentationKeepsTheClosedRangeInEitherOrder() {
        final RegionOfInterest r = region(1, 2, 3, 4, 5);
        assertEquals(List.of(2.0, 3.0, 4.0), keptValues(r, new Resegmentation(List.of(4.0, 2.0), "absolute")));
        assertEquals(List.of(4.0, 5.0), keptValues(r, new Resegmentation(List.of(4.0), "absolute")));
    }

    @Test
    void relativeResegmentationScalesByTheRegionsMaximum() {
        // maximum 5: a threshold of 0.5 is 2.5
        assertEquals(List.of(3.0, 4.0, 5.0), keptValues(region(1, 2, 3, 4, 5),
            new Resegmentation(List.of(0.5), "relative")));
    }

    @Test
    void sigmaResegmentationUsesThePopulationStandardDeviation() {
        // mean 4, population sd √10 = 3.162: lower threshold 4 − 0.9·3.162 = 1.15 drops the 1
        // (the sample sd √12.5 would give 0.82 and keep it); upper 4 + 2·3.162 = 10.3 keeps the 10
        final RegionOfInterest r = region(1, 2, 3, 4, 10);
        final Resegmentation sigma = new Resegmentation(List.of(2.0, -0.9), "sigma");
        assertArrayEquals(new double[] {4 - 0.9 * Math.sqrt(10), 4 + 2 * Math.sqrt(10)}, sigma.thresholds(r), 1e-12);
        assertEquals(List.of(2.0, 3.0, 4.0, 10.0), keptValues(r, sigma));
    }

    @Test
    void theResegmentedRegionIsCroppedToItsOwnBoundingBox() {
        // row 0 holds 1 2 3 4, row 1 holds 5 6: keeping 2 .. 5 gives columns 0 .. 3 of rows 0 .. 1
        final RegionOfInterest r = region(1, 2, 3, 4, 5, 6).restricted(
            new Resegmentation(List.of(2.0, 5.0), "absolute").kept(region(1, 2, 3, 4, 5, 6), "m"));
        assertEquals(4, r.columns());
        assertEquals(2, r.rows());
        assertEquals(1, r.slices());
        assertEquals(4, r.voxelCount());
        final RegionOfInterest narrow = region(1, 2, 3, 4, 5, 6).restricted(
            new Resegmentation(List.of(2.0, 3.0), "absolute").kept(region(1, 2, 3, 4, 5, 6), "m"));
        assertEquals(2, narrow.columns());
        assertEquals(1, narrow.rows());
        assertEquals(List.of(2.0, 3.0), Arrays.stream(narrow.regionIntensities()).boxed().toList());
    }

    @Test
    void aResegmentationKeepingFewerThanTwoVoxelsIsRefusedNamingTheMask() {
        final InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> new Resegmentation(List.of(5.0), "absolute").kept(region(1, 2, 3, 4, 5), "lesion.nrrd"));
        final String message = e.getMessage();
        assertTrue(message.startsWith("lesion.nrrd: resegmentation") && message.contains("keeps 1 of the 5"), message);
    }

    @Test
    void aBadResegmentationSettingIsRefusedNamingIt() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Resegmentation(List.of(), "absolute"))
            .getMessage().contains("resegmentRange"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Resegmentation(List.of(1.0), "percent"))
            .getMessage().contains("resegmentMode"));
    }

    /**
     * Shape with resegmentation: PyRadiomics crops the original mask to the resegmented mask's bounding box
     * unless {@code resegmentShape}, when the resegmented mask is used. Voxel volume 0.5 mm³.
     */
    @Test
    void shapeUsesTheOriginalMaskInTheResegmentedBoxOrTheResegmentedMask() {
        // slice 0, row 0: 1, 100, 7, 100; slice 1, row 0, columns 1 and 2: 100, 100. Keeping 50 and above
        // drops the 1 and the 7: the resegmented box is columns 1 .. 3 of both slices, which holds five
        // voxels of the original mask (the 7 among them) and four of the resegmented one.
        final float[] values = new float[24];
        final int[] labels = new int[24];
        final int[] voxels = {0, 1, 2, 3, 13, 14};
        final float[] intensities = {1, 100, 7, 100, 100, 100};
        for (int n = 0; n < voxels.length; n++) {
            labels[voxels[n]] = 1;
            values[voxels[n]] = intensities[n];
        }
        final Function<Map<String, Object>, Double> voxelVolume = others -> RadiomicsExtractor.extract(image(values),
            mask(labels), "m", new RadiomicsSettings(25, 0, 1, Map.of(FeatureClass.SHAPE, List.of("VoxelVolume")), 0,
                false, 0, Map.of(RadiomicsExtractor.ORIGINAL_TYPE, Map.of()), others)).get(0).value();
        assertEquals(6 * 0.5, voxelVolume.apply(Map.of()), 1e-12);
        assertEquals(5 * 0.5, voxelVolume.apply(Map.of("resegmentRange", List.of(50.0))), 1e-12);
        assertEquals(4 * 0.5, voxelVolume.apply(Map.of("resegmentRange", List.of(50.0), "resegmentShape", true)),
            1e-12);
    }

    private static Volume ramp() {
        final float[] values = new float[24];
        for (int v = 0; v < 24; v++) {
            values[v] = v;
        }
        return image(values);
    }

    @Test
    void normalisationIsAWholeImageZScoreWithTheSampleStandardDeviationTimesTheScale() {
        // 0 .. 23: mean 11.5, sample variance 24·25/12 = 50
        final ImageNormalization n = ImageNormalization.of(ramp(), "m", 100, Double.NaN);
        assertEquals(11.5, n.mean(), 1e-12);
        assertEquals(Math.sqrt(50), n.standardDeviation(), 1e-12);
        assertEquals(100 * 11.5 / Math.sqrt(50), n.applyAsDouble(23), 1e-10);
        assertEquals(100 * 0.5 / Math.sqrt(50), n.applyAsDouble(12), 1e-10);
        assertEquals((float) (100 * -11.5 / Math.sqrt(50)), n.apply(ramp()).get(0, 0, 0, 0));
    }

    @Test
    void outliersAreClippedAtTheZScoreBeforeTheScale() {
        // z(23) = 1.63 and z(0) = −1.63 are clipped to ±1.5, then scaled: ±150; z(12) = 0.07 stays
        final ImageNormalization n = ImageNormalization.of(ramp(), "m", 100, 1.5);
        assertEquals(150, n.applyAsDouble(23), 1e-12);
        assertEquals(-150, n.applyAsDouble(0), 1e-12);
        assertEquals(100 * 0.5 / Math.sqrt(50), n.applyAsDouble(12), 1e-10);
    }

    @Test
    void theExtractorNormalisesTheWholeImageNotTheRegion() {
        // region: voxels 5 and 6 of the ramp; the z-scores use the whole image's mean 11.5 and sd √50
        final int[] labels = new int[24];
        labels[5] = 1;
        labels[6] = 1;
        final RadiomicsSettings settings = new RadiomicsSettings(5, 0, 1,
            Map.of(FeatureClass.FIRSTORDER, List.of("Minimum", "Maximum")), 0, false, 0,
            Map.of(RadiomicsExtractor.ORIGINAL_TYPE, Map.of()), Map.of("normalize", true, "normalizeScale", 100));
        final List<RadiomicsFeature> f = RadiomicsExtractor.extract(ramp(), mask(labels), "m", settings);
        assertEquals(100 * (5 - 11.5) / Math.sqrt(50), f.get(0).value(), 1e-10);
        assertEquals(100 * (6 - 11.5) / Math.sqrt(50), f.get(1).value(), 1e-10);
    }

    @Test
    void normalisingAConstantOrIncompleteImageIsRefusedNamingIt() {
        final InvalidDataException constant = assertThrows(InvalidDataException.class,
            () -> ImageNormalization.of(image(new float[24]), "flat.nrrd", 1, Double.NaN));
        assertTrue(constant.getMessage().startsWith("flat.nrrd: the image is constant"), constant.getMessage());
        final float[] values = new float[24];
        values[3] = Float.NaN;
        values[4] = 1;
        final InvalidDataException missing = assertThrows(InvalidDataException.class,
            () -> ImageNormalization.of(image(values), "gaps.nrrd", 1, Double.NaN));
        assertTrue(missing.getMessage().startsWith("gaps.nrrd: 1 voxels"), missing.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ImageNormalization.of(ramp(), "m", 0, Double.NaN))
            .getMessage().contains("normalizeScale"));
    }

    @Test
    void aBinWidthGivingTooManyBinsIsRefusedNamingIt() {
        final InvalidDataException e = assertThrows(InvalidDataException.class, () -> binned(1e-4, 0, 100));
        assertTrue(e.getMessage().contains("binWidth 1.0E-4"), e.getMessage());
    }

    @Test
    void anEmptyMaskIsRefusedNamingTheMask() {
        final InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> RegionOfInterest.crop(image(new float[24]), mask(new int[24]), 1, "reader1.nrrd"));
        assertTrue(e.getMessage().startsWith("reader1.nrrd: the mask is empty"), e.getMessage());
    }

    @Test
    void aMissingLabelIsRefusedListingThePresentOnes() {
        final InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> RegionOfInterest.crop(image(new float[24]), mask(TWO_LABELS), 3, "lesions.nrrd"));
        assertEquals("lesions.nrrd: label 3 is not in the mask (labels [1, 2])", e.getMessage());
    }

    @Test
    void aMaskOnAnotherGridIsRefusedNamingBothGrids() {
        final Geometry other = new Geometry(4, 3, 1, new double[3], new double[] {0.5, 0.5, 2},
            new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        final InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> RegionOfInterest.crop(image(new float[24]), new Mask(other, new int[12]), 1, "m"));
        assertTrue(e.getMessage().contains("4x3x1") && e.getMessage().contains("4x3x2"), e.getMessage());
    }

    @Test
    void aNotANumberIntensityInsideTheRegionIsRefusedAndCounted() {
        final float[] values = new float[24];
        values[5] = Float.NaN;
        values[0] = Float.NaN;
        final InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> RegionOfInterest.crop(image(values), mask(TWO_LABELS), 1, "m"));
        assertTrue(e.getMessage().contains("1 of the 3 voxels of label 1"), e.getMessage());
    }

    @Test
    void aMultiVolumeImageIsRefused() {
        final Volume stack = Volume.builder(GRID, List.of(AcquisitionParameters.UNKNOWN, AcquisitionParameters.UNKNOWN))
            .build();
        final InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> RegionOfInterest.crop(stack, mask(TWO_LABELS), 1, "m"));
        assertTrue(e.getMessage().contains("2 volumes"), e.getMessage());
    }
}
