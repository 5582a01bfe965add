package org.qmrinodes.core.features.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qmrinodes.core.mask.LargestCrossSection;

/**
 * PyRadiomics' expected shape and shape2D values for its test cases (the baselines it ships), every
 * feature within 1e-6 relative. Every column of both baselines is listed; the columns whose settings
 * are not implemented are skipped with the reason.
 */
class PyRadiomicsShapeBaselineTest {

    /**
     * {@code shape}: the base columns (no resampling) and the {@code _resampling} columns (2×2×2 mm
     * with PyRadiomics' resampleImage, image by B-spline, mask by nearest neighbour), each column's
     * settings read by the parameter-file reader.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"breast1", "brain2", "breast1_resampling", "brain2_resampling"})
    void shapeAgreesWithPyRadiomics(final String column) {
        final Map<String, String> values = PyRadiomicsBaseline.column("shape", column);
        final String settings = values.get("diagnostics_Configuration_Settings");
        final String testCase = values.get("diagnostics_Configuration_TestCase");
        final RadiomicsSettings radiomics = PyRadiomicsBaseline.settings(settings, "shape");
        PyRadiomicsBaseline.assertAgrees(column, "shape", values, RadiomicsExtractor.extract(
            PyRadiomicsBaseline.image(testCase), PyRadiomicsBaseline.label(testCase), testCase + "_label.nrrd",
            radiomics));
    }

    /**
     * {@code shape2D} with force2D: PyRadiomics' test cases {@code <case>_2D} are the image with a one-slice
     * label, its 3D label's largest slice (the baseline's voxel count and bounding box say which; checked).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"breast1_shape2D", "brain2_shape2D"})
    void shape2DAgreesWithPyRadiomics(final String column) {
        final Map<String, String> values = PyRadiomicsBaseline.column("shape2D", column);
        final String settings = values.get("diagnostics_Configuration_Settings");
        final String testCase = values.get("diagnostics_Configuration_TestCase").replace("_2D", "");
        final LargestCrossSection.Result slice = LargestCrossSection.of(PyRadiomicsBaseline.label(testCase), testCase);
        assertEquals(Long.parseLong(values.get("diagnostics_Mask-corrected_VoxelNum")), slice.voxels(), "voxels");
        assertEquals(slice.slice(), Integer.parseInt(values.get("diagnostics_Mask-corrected_BoundingBox")
            .replaceAll("[() ]", "").split(",")[2]), "slice");
        assertTrue(settings.contains("'force2D': True"), settings);
        final RadiomicsSettings radiomics = new RadiomicsSettings(25, 0, (int) setting(settings, "label"),
            EnumSet.of(FeatureClass.SHAPE2D)).withForce2D(true, (int) setting(settings, "force2Ddimension"));
        PyRadiomicsBaseline.assertAgrees(column, "shape2D", values, RadiomicsExtractor.extract(
            PyRadiomicsBaseline.image(testCase), slice.mask(), testCase + "_label.nrrd", radiomics));
    }

    private static double setting(final String settings, final String key) {
        final double value = PyRadiomicsBaseline.setting(settings, key, Double.NaN);
        assertTrue(!Double.isNaN(value), key + " in " + settings);
        return value;
    }
}
