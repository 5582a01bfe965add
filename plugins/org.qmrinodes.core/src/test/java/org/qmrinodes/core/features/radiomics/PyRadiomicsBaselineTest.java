package org.qmrinodes.core.features.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qmrinodes.core.testing.CsvTable;

/**
 * PyRadiomics' own test cases (its test images and the expected values it ships, one column per case
 * and variant, each column's settings read from its {@code diagnostics_Configuration_Settings} row):
 * every feature of each implemented class within 1e-6 relative.
 */
class PyRadiomicsBaselineTest {

    private static final double TOLERANCE = PyRadiomicsBaseline.TOLERANCE;

    /** Columns {@code <case>} (base: binWidth 25, voxelArrayShift 2000). */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"breast1, firstorder", "brain2, firstorder", "breast1, glcm", "brain2, glcm", "breast1, glrlm",
        "brain2, glrlm", "breast1, glszm", "brain2, glszm", "breast1, gldm", "brain2, gldm", "breast1, ngtdm",
        "brain2, ngtdm"})
    void agreesWithPyRadiomics(final String column, final String className) {
        final Map<String, String> values = PyRadiomicsBaseline.column(className, column);
        final String settingsText = values.get("diagnostics_Configuration_Settings");
        final RadiomicsSettings settings = new RadiomicsSettings(setting(settingsText, "binWidth", 25),
            setting(settingsText, "voxelArrayShift", 0), (int) setting(settingsText, "label", 1),
            EnumSet.of(FeatureClass.of(className)), setting(settingsText, "gldm_a", 0));
        final List<RadiomicsFeature> features = RadiomicsExtractor.extract(PyRadiomicsBaseline.image(column),
            PyRadiomicsBaseline.label(column), column + "_label.nrrd", settings);
        PyRadiomicsBaseline.assertAgrees(column, className, values, features);
    }

    /**
     * Columns whose preprocessing differs from the base columns', every setting of the column read by the
     * parameter-file reader: {@code <case>_flatRegion} (binWidth 5000: one grey level; its
     * {@code resegmentRange [0]} keeps every voxel, as both images have no negative intensities),
     * {@code <case>_FBN} (binCount 64), {@code <case>_resegmentation} (resegmentRange [−3, 3] in sigma mode:
     * mean ± 3 population standard deviations of the region), {@code <case>_normalization} (normalize with
     * normalizeScale 100, binWidth 5), {@code <case>_combined} (weightingNorm no_weighting: the directions'
     * GLCMs and GLRLMs summed into one), {@code <case>_resampling} (resampledPixelSpacing [2, 2, 2] with the
     * B-spline interpolator, PyRadiomics' resampleImage), {@code <case>_2d} (force2D along the slices: texture
     * matrices of in-plane neighbours over every slice).
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"breast1_flatRegion, glcm", "brain2_flatRegion, glcm", "breast1_flatRegion, glrlm",
        "brain2_flatRegion, glrlm", "breast1_flatRegion, glszm", "brain2_flatRegion, glszm", "breast1_flatRegion, gldm",
        "brain2_flatRegion, gldm", "breast1_flatRegion, ngtdm", "brain2_flatRegion, ngtdm",
        "breast1_FBN, glcm", "brain2_FBN, glcm", "breast1_FBN, gldm", "brain2_FBN, gldm", "breast1_FBN, glrlm",
        "brain2_FBN, glrlm", "breast1_FBN, glszm", "brain2_FBN, glszm", "breast1_FBN, ngtdm", "brain2_FBN, ngtdm",
        "breast1_resegmentation, firstorder", "brain2_resegmentation, firstorder", "breast1_resegmentation, glcm",
        "brain2_resegmentation, glcm", "breast1_resegmentation, gldm", "brain2_resegmentation, gldm",
        "breast1_resegmentation, glrlm", "brain2_resegmentation, glrlm", "breast1_resegmentation, glszm",
        "brain2_resegmentation, glszm", "breast1_resegmentation, ngtdm", "brain2_resegmentation, ngtdm",
        "breast1_normalization, firstorder", "brain2_normalization, firstorder", "breast1_normalization, glcm",
        "brain2_normalization, glcm", "breast1_normalization, gldm", "brain2_normalization, gldm",
        "breast1_normalization, glrlm", "brain2_normalization, glrlm", "breast1_normalization, glszm",
        "brain2_normalization, glszm", "breast1_normalization, ngtdm", "brain2_normalization, ngtdm",
        "breast1_combined, glcm", "brain2_combined, glcm", "breast1_combined, glrlm", "brain2_combined, glrlm",
        "breast1_resampling, firstorder", "brain2_resampling, firstorder", "breast1_resampling, glcm",
        "brain2_resampling, glcm", "breast1_resampling, gldm", "brain2_resampling, gldm",
        "breast1_resampling, glrlm", "brain2_resampling, glrlm", "breast1_resampling, glszm",
        "brain2_resampling, glszm", "breast1_resampling, ngtdm", "brain2_resampling, ngtdm",
        "breast1_2d, glcm", "brain2_2d, glcm", "breast1_2d, glrlm",
        "brain2_2d, glrlm", "breast1_2d, glszm", "brain2_2d, glszm", "breast1_2d, gldm", "brain2_2d, gldm",
        "breast1_2d, ngtdm", "brain2_2d, ngtdm"})
    void preprocessingVariantsAgreeWithPyRadiomics(final String column, final String className) {
        final String testCase = column.substring(0, column.indexOf('_'));
        final Map<String, String> values = PyRadiomicsBaseline.column(className, column);
        final String settingsText = values.get("diagnostics_Configuration_Settings");
        final RadiomicsSettings settings = PyRadiomicsBaseline.settings(settingsText, className);
        final List<RadiomicsFeature> features = RadiomicsExtractor.extract(PyRadiomicsBaseline.image(testCase),
            PyRadiomicsBaseline.label(testCase), testCase + "_label.nrrd", settings);
        PyRadiomicsBaseline.assertAgrees(column, className, values, features);
    }

    /**
     * With α ({@code gldm_a}) above the grey-level range every region neighbour is dependent, so the
     * dependence-only GLDM features of the base discretisation equal PyRadiomics' values for the
     * single-grey-level {@code flatRegion} column.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"breast1", "brain2"})
    void gldmAlphaAboveTheGreyLevelRangeMakesEveryNeighbourDependent(final String testCase) {
        final Map<String, String> flat = PyRadiomicsBaseline.column("gldm", testCase + "_flatRegion");
        final List<RadiomicsFeature> features = RadiomicsExtractor.extract(PyRadiomicsBaseline.image(testCase),
            PyRadiomicsBaseline.label(testCase), testCase + "_label.nrrd",
            new RadiomicsSettings(25, 0, 1, EnumSet.of(FeatureClass.GLDM), 1e6));
        int compared = 0;
        for (final RadiomicsFeature f : features) {
            if (f.feature().startsWith("Dependence") && !f.feature().equals("DependenceEntropy")
                || f.feature().equals("SmallDependenceEmphasis") || f.feature().equals("LargeDependenceEmphasis")) {
                final double want = CsvTable.parse(flat.get(f.name()));
                assertEquals(want, f.value(), TOLERANCE * Math.abs(want), f.name());
                compared++;
            }
        }
        assertEquals(5, compared);
    }

    private static double setting(final String settings, final String key, final double absent) {
        return PyRadiomicsBaseline.setting(settings, key, absent);
    }
}
