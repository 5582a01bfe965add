package org.qmrinodes.core.features.radiomics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qmrinodes.core.testing.CsvTable;

/**
 * Settings no shipped baseline column varies, against PyRadiomics itself:
 * {@code validation/radiomics/golden_settings.csv}, made by {@code validation/radiomics/make_golden_settings.py}
 * on PyRadiomics' test cases, one column per case and variant with its settings in the
 * {@code diagnostics_Configuration_Settings} row (read by the parameter-file reader); every feature of
 * every class but shape2D within 1e-6 relative and in PyRadiomics' order.
 */
class PyRadiomicsSettingsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"breast1_asymmetricGLCM", "brain2_asymmetricGLCM", "breast1_distances12", "brain2_distances12",
        "breast1_distance2", "brain2_distance2", "breast1_euclidean", "brain2_euclidean", "breast1_manhattan",
        "brain2_manhattan", "breast1_infinity", "brain2_infinity", "breast1_asymmetricDistances13Manhattan",
        "brain2_asymmetricDistances13Manhattan", "breast1_removeOutliers", "brain2_removeOutliers",
        "breast1_resegmentRelative", "brain2_resegmentRelative", "breast1_resegmentAbsoluteShape",
        "brain2_resegmentAbsoluteShape", "breast1_resegmentAbsolute", "brain2_resegmentAbsolute"})
    void variantsAgreeWithPyRadiomics(final String column) {
        final CsvTable golden = CsvTable.read(CsvTable.validationDir().resolve("radiomics/golden_settings.csv"));
        final List<String> names = golden.texts("featureName");
        final Map<String, Double> expected = new LinkedHashMap<>();
        String settingsText = null;
        for (int r = 0; r < golden.size(); r++) {
            if (names.get(r).equals("diagnostics_Configuration_Settings")) {
                settingsText = golden.text(r, column);
            } else if (!names.get(r).startsWith("diagnostics_")) {
                expected.put(names.get(r), CsvTable.parse(golden.text(r, column)));
            }
        }
        final RadiomicsSettings settings = PyRadiomicsBaseline.settings(settingsText, "shape", "firstorder", "glcm",
            "gldm", "glrlm", "glszm", "ngtdm");
        final String testCase = column.substring(0, column.indexOf('_'));

        final List<RadiomicsFeature> features = RadiomicsExtractor.extract(PyRadiomicsBaseline.image(testCase),
            PyRadiomicsBaseline.label(testCase), testCase + "_label.nrrd", settings);

        PyRadiomicsBaseline.assertAgreesInOrder(column, expected, features, f -> f.featureClass().pyradiomicsName());
    }
}
