package org.qmrinodes.core.features.radiomics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Volume;

/** Names, order and counts of the extracted features; settings checks; the eigenvalue solver of MCC. */
class RadiomicsExtractorTest {

    private static List<RadiomicsFeature> lesion(final RadiomicsSettings settings) {
        return lesion(settings, note -> { });
    }

    private static List<RadiomicsFeature> lesion(final RadiomicsSettings settings,
        final java.util.function.Consumer<String> notes) {
        final Geometry g = new Geometry(12, 10, 6, new double[3], new double[] {0.7, 0.7, 2},
            new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        final Random random = new Random(7);
        final float[] values = new float[(int) g.voxelCount()];
        final int[] labels = new int[values.length];
        for (int v = 0; v < values.length; v++) {
            values[v] = 300 + 40 * (float) random.nextGaussian();
            final int i = v % 12;
            final int j = (v / 12) % 10;
            final int k = v / 120;
            labels[v] = (i - 6) * (i - 6) + (j - 5) * (j - 5) + 4 * (k - 3) * (k - 3) <= 12 ? 1 : 0;
        }
        return RadiomicsExtractor.extract(Volume.map(g, values), new Mask(g, labels), "lesion", settings, notes);
    }

    @Test
    void featuresComeInPyRadiomicsOrderWithItsNames() {
        final List<String> all = lesion(RadiomicsSettings.defaults()).stream().map(RadiomicsFeature::name).toList();
        assertEquals(14 + 18 + 24 + 14 + 16 + 16 + 5, all.size());
        assertEquals(List.of("original_shape_Elongation", "original_shape_Flatness", "original_shape_LeastAxisLength",
            "original_shape_MajorAxisLength", "original_shape_Maximum2DDiameterColumn",
            "original_shape_Maximum2DDiameterRow", "original_shape_Maximum2DDiameterSlice",
            "original_shape_Maximum3DDiameter", "original_shape_MeshVolume", "original_shape_MinorAxisLength",
            "original_shape_Sphericity", "original_shape_SurfaceArea", "original_shape_SurfaceVolumeRatio",
            "original_shape_VoxelVolume"), all.subList(0, 14));
        final List<String> names = all.subList(14, all.size());
        assertEquals(List.of("original_firstorder_10Percentile", "original_firstorder_90Percentile",
            "original_firstorder_Energy", "original_firstorder_Entropy", "original_firstorder_InterquartileRange",
            "original_firstorder_Kurtosis", "original_firstorder_Maximum", "original_firstorder_MeanAbsoluteDeviation",
            "original_firstorder_Mean", "original_firstorder_Median", "original_firstorder_Minimum",
            "original_firstorder_Range", "original_firstorder_RobustMeanAbsoluteDeviation",
            "original_firstorder_RootMeanSquared", "original_firstorder_Skewness", "original_firstorder_TotalEnergy",
            "original_firstorder_Uniformity", "original_firstorder_Variance"), names.subList(0, 18));
        assertEquals(List.of("original_glcm_Autocorrelation", "original_glcm_ClusterProminence"), names.subList(18, 20));
        assertEquals(List.of("original_glcm_JointEntropy", "original_glcm_MCC", "original_glcm_MaximumProbability",
            "original_glcm_SumAverage", "original_glcm_SumEntropy", "original_glcm_SumSquares",
            "original_gldm_DependenceEntropy"), names.subList(36, 43));
        assertEquals(List.of("original_gldm_SmallDependenceLowGrayLevelEmphasis", "original_glrlm_GrayLevelNonUniformity"),
            names.subList(55, 57));
        assertEquals(List.of("original_glrlm_ShortRunLowGrayLevelEmphasis", "original_glszm_GrayLevelNonUniformity",
            "original_glszm_GrayLevelNonUniformityNormalized"), names.subList(71, 74));
        assertEquals(List.of("original_glszm_ZoneVariance", "original_ngtdm_Busyness", "original_ngtdm_Coarseness",
            "original_ngtdm_Complexity", "original_ngtdm_Contrast", "original_ngtdm_Strength"), names.subList(87, 93));
    }

    @Test
    void shapeComesFirstAndNamedFeaturesComeInTheOrderGiven() {
        final Map<FeatureClass, List<String>> enabled = new LinkedHashMap<>();
        enabled.put(FeatureClass.GLCM, List.of("Idmn", "Autocorrelation"));
        enabled.put(FeatureClass.FIRSTORDER, List.of("Mean"));
        enabled.put(FeatureClass.SHAPE, List.of("VoxelVolume", "Compactness2"));
        final List<String> names = lesion(RadiomicsSettings.defaults().withEnabledFeatures(enabled)).stream()
            .map(RadiomicsFeature::name).toList();
        assertEquals(List.of("original_shape_VoxelVolume", "original_shape_Compactness2", "original_glcm_Idmn",
            "original_glcm_Autocorrelation", "original_firstorder_Mean"), names);
        final String message = assertThrows(IllegalArgumentException.class,
            () -> lesion(RadiomicsSettings.defaults().withEnabledFeatures(Map.of(FeatureClass.GLCM, List.of("Foo")))))
            .getMessage();
        assertTrue(message.contains("'Foo'") && message.contains("Idmn"), message);
    }

    @Test
    void imageTypesAndSettingsNotImplementedAreRefusedByName() {
        final RadiomicsSettings gradient = RadiomicsSettings.defaults()
            .withImageTypes(Map.of("Original", Map.of(), "Gradient", Map.of()));
        final String notImplemented = assertThrows(IllegalArgumentException.class, () -> lesion(gradient)).getMessage();
        assertTrue(notImplemented.contains("'Gradient'") && notImplemented.contains("Wavelet"), notImplemented);
        final RadiomicsSettings ownBinWidth = RadiomicsSettings.defaults()
            .withImageTypes(Map.of("LoG", Map.of("sigma", List.of(3.0), "binWidth", 10)));
        final String own = assertThrows(IllegalArgumentException.class, () -> lesion(ownBinWidth)).getMessage();
        assertTrue(own.contains("(binWidth)") && own.contains("takes sigma"), own);
        final RadiomicsSettings noSigma = RadiomicsSettings.defaults().withImageTypes(Map.of("LoG", Map.of()));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> lesion(noSigma)).getMessage().contains("sigma"));
        final RadiomicsSettings badWavelet = RadiomicsSettings.defaults()
            .withImageTypes(Map.of("Wavelet", Map.of("wavelet", "coif99")));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> lesion(badWavelet)).getMessage()
            .contains("'coif99'"));
        final RadiomicsSettings shape2D = RadiomicsSettings.defaults()
            .withFeatureClasses(EnumSet.of(FeatureClass.SHAPE2D));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> lesion(shape2D)).getMessage().contains("force2D"));
    }

    /**
     * PyRadiomics skips a σ the cropped image is too small for, with a warning, and computes the
     * others: ⌈20 / 0.7⌉ + 1 = 30 voxels are needed along x, the surroundings have 12.
     */
    @Test
    void aSigmaTooLargeForTheCroppedImageIsLeftOutAndNamed() {
        final RadiomicsSettings both = RadiomicsSettings.defaults().withFeatureClasses(EnumSet.of(FeatureClass.FIRSTORDER))
            .withImageTypes(Map.of("LoG", Map.of("sigma", List.of(1.0, 20.0))));
        final RadiomicsSettings small = RadiomicsSettings.defaults().withFeatureClasses(EnumSet.of(FeatureClass.FIRSTORDER))
            .withImageTypes(Map.of("LoG", Map.of("sigma", List.of(1.0))));
        final List<String> notes = new java.util.ArrayList<>();
        final List<RadiomicsFeature> features = lesion(both, notes::add);
        assertEquals(List.of("lesion: log-sigma-20-0-mm-3D left out, as PyRadiomics does: sigma 20.0 mm needs at least 30"
            + " voxels along axis 0 of the cropped image (12x10x6 at 0.7 mm)"), notes);
        assertEquals(lesion(small), features, "the σ that fits is computed as alone");
        assertTrue(features.stream().allMatch(f -> f.name().startsWith("log-sigma-1-0-mm-3D_")), features.toString());
        assertEquals(18, features.size());
    }

    /** The feature lists the extractor orders by are the ones the classes compute. */
    @Test
    void eachClassComputesItsDeclaredFeatures() {
        final Geometry g = new Geometry(6, 5, 4, new double[3], new double[] {0.7, 0.7, 2},
            new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        final Random random = new Random(3);
        final float[] values = new float[(int) g.voxelCount()];
        final int[] labels = new int[values.length];
        for (int v = 0; v < values.length; v++) {
            values[v] = 100 * random.nextFloat();
            labels[v] = random.nextInt(3) > 0 ? 1 : 0;
        }
        final RegionOfInterest region = RegionOfInterest.crop(Volume.map(g, values), new Mask(g, labels), 1, "m");
        final GreyLevels levels = GreyLevels.fixedBinWidth(region, 25);
        assertEquals(FeatureClass.SHAPE.defaultFeatures(), List.copyOf(new ShapeFeatures(region).values().keySet()));
        assertEquals(FeatureClass.SHAPE.deprecatedFeatures(),
            List.copyOf(new ShapeFeatures(region).deprecatedValues().keySet()));
        assertEquals(FeatureClass.FIRSTORDER.defaultFeatures(),
            List.copyOf(new FirstOrderFeatures(levels, 0).values().keySet()));
        assertEquals(FeatureClass.GLCM.defaultFeatures(), List.copyOf(new GlcmFeatures(levels).values().keySet()));
        assertEquals(FeatureClass.GLDM.defaultFeatures(), List.copyOf(new GldmFeatures(levels, 0).values().keySet()));
        assertEquals(FeatureClass.GLRLM.defaultFeatures(), List.copyOf(new GlrlmFeatures(levels).values().keySet()));
        assertEquals(FeatureClass.GLSZM.defaultFeatures(), List.copyOf(new GlszmFeatures(levels).values().keySet()));
        assertEquals(FeatureClass.NGTDM.defaultFeatures(), List.copyOf(new NgtdmFeatures(levels).values().keySet()));
        final int[] oneSlice = new int[labels.length];
        System.arraycopy(labels, 0, oneSlice, 30, 30);
        final RegionOfInterest flat = RegionOfInterest.crop(Volume.map(g, values), new Mask(g, oneSlice), 1, "m");
        assertEquals(FeatureClass.SHAPE2D.defaultFeatures(),
            List.copyOf(new Shape2DFeatures(flat, 0).values().keySet()));
        assertEquals(FeatureClass.SHAPE2D.deprecatedFeatures(),
            List.copyOf(new Shape2DFeatures(flat, 0).deprecatedValues().keySet()));
    }

    @Test
    void onlyTheEnabledClassesAreComputedAndTheShiftOnlyMovesTheEnergyFeatures() {
        final RadiomicsSettings plain = RadiomicsSettings.defaults().withFeatureClasses(EnumSet.of(FeatureClass.FIRSTORDER));
        final RadiomicsSettings shifted = new RadiomicsSettings(25, 1000, 1, EnumSet.of(FeatureClass.FIRSTORDER));
        final List<RadiomicsFeature> a = lesion(plain);
        final List<RadiomicsFeature> b = lesion(shifted);
        assertEquals(18, a.size());
        for (int f = 0; f < a.size(); f++) {
            final String feature = a.get(f).feature();
            final boolean energy = List.of("Energy", "TotalEnergy", "RootMeanSquared").contains(feature);
            assertEquals(energy, a.get(f).value() != b.get(f).value(), feature);
        }
        assertThrows(UnsupportedOperationException.class, () -> a.add(a.get(0)));
    }

    @Test
    void badSettingsAreRefusedNamingTheSetting() {
        assertTrue(assertThrows(IllegalArgumentException.class,
            () -> new RadiomicsSettings(0, 0, 1, EnumSet.allOf(FeatureClass.class))).getMessage().contains("binWidth"));
        assertTrue(assertThrows(IllegalArgumentException.class,
            () -> new RadiomicsSettings(25, 0, 1, EnumSet.noneOf(FeatureClass.class))).getMessage().contains("class"));
        assertTrue(assertThrows(IllegalArgumentException.class,
            () -> new RadiomicsSettings(25, 0, 1, EnumSet.allOf(FeatureClass.class), -1)).getMessage().contains("gldm_a"));
        final Map<String, Object> bads = Map.of("binCount", 0, "distances", List.of(0), "weightingNorm", "cosine",
            "normalizeScale", -1.0, "removeOutliers", 0.0, "resegmentRange", List.of(1.0, 2.0, 3.0));
        for (final Map.Entry<String, Object> bad : bads.entrySet()) {
            final String message = assertThrows(IllegalArgumentException.class,
                () -> new RadiomicsSettings(25, 0, 1, Map.of(FeatureClass.GLCM, List.of()), 0, false, 0,
                    Map.of(RadiomicsExtractor.ORIGINAL_TYPE, Map.of()), Map.of(bad.getKey(), bad.getValue())))
                .getMessage();
            assertTrue(message.contains(bad.getKey()), message);
        }
        assertEquals("unknown radiomics feature class 'GLSZMx' (known: shape, shape2D, firstorder, glcm, gldm, glrlm,"
            + " glszm, ngtdm)",
            assertThrows(IllegalArgumentException.class, () -> FeatureClass.of("GLSZMx")).getMessage());
    }

    @Test
    void ngtdmCountsAVoxelWithoutRegionNeighboursWithDifferenceZero() {
        final Geometry g = new Geometry(5, 1, 1, new double[3], new double[] {1, 1, 1},
            new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        final float[] values = {10, 60, 0, 0, 110};
        final int[] labels = {1, 1, 0, 0, 1};
        final RegionOfInterest region = RegionOfInterest.crop(Volume.map(g, values), new Mask(g, labels), 1, "pair");
        final NgtdmFeatures ngtdm = new NgtdmFeatures(GreyLevels.fixedBinWidth(region, 25));
        // levels 1, 3 and the isolated 5: s = 2, 2, 0, p = 1/3 each (PyRadiomics' matrix counts the isolated voxel)
        assertEquals(3, ngtdm.validVoxelCount());
        assertEquals(0.75, ngtdm.coarseness(), 1e-15);
        assertEquals(2.0 * (4 + 16 + 4) / 9 / 6 * (4.0 / 3), ngtdm.contrast(), 1e-15);
        assertEquals(2.0 / 3 * 2 * (4 + 16 + 4) / 4, ngtdm.strength(), 1e-14);
    }

    /** A = H Λ H with H a Householder reflection: eigenvalues Λ, here 120 of them with a repeated pair. */
    @Test
    void eigenvaluesOfALargeMatrixWithKnownSpectrum() {
        final int m = 120;
        final java.util.Random random = new java.util.Random(3);
        final double[] lambda = new double[m];
        final double[] u = new double[m];
        double uu = 0;
        for (int i = 0; i < m; i++) {
            lambda[i] = i == 1 ? -2 : i == 0 ? -2 : random.nextDouble() * 10 - 5;
            u[i] = random.nextGaussian();
            uu += u[i] * u[i];
        }
        final double[] a = new double[m * m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double sum = 0;
                for (int k = 0; k < m; k++) {
                    final double hik = (i == k ? 1 : 0) - 2 * u[i] * u[k] / uu;
                    final double hjk = (j == k ? 1 : 0) - 2 * u[j] * u[k] / uu;
                    sum += hik * lambda[k] * hjk;
                }
                a[i * m + j] = sum;
            }
        }
        final double[] want = lambda.clone();
        java.util.Arrays.sort(want);
        assertArrayEquals(want, SymmetricEigenvalues.symmetric(a, m), 1e-12);
    }

    @Test
    void eigenvaluesOfAKnownMatrix() {
        final double[] a = {2, 1, 0, 1, 2, 1, 0, 1, 2};
        assertArrayEquals(new double[] {2 - Math.sqrt(2), 2, 2 + Math.sqrt(2)}, SymmetricEigenvalues.symmetric(a, 3),
            1e-14);
    }

    @Test
    void eigenvaluesOfAMatrixSimilarToASymmetricOneIncludeZeroForAnEmptyRow() {
        // Q = D^-1 S with S = [[2,1],[1,2]], D = diag(1, 4), and a third, empty grey level
        final double[] q = {2, 1, 0, 0.25, 0.5, 0, 0, 0, 0};
        final double[] w = {1, 4, 0};
        final double trace = 2.5;
        final double determinant = 2 * 0.5 - 1 * 0.25;
        final double root = Math.sqrt(trace * trace - 4 * determinant);
        final double[] expected = {0, (trace - root) / 2, (trace + root) / 2};
        assertArrayEquals(expected, SymmetricEigenvalues.ofSimilarSymmetric(q, w, 3, new double[9]), 1e-14);
    }
}
