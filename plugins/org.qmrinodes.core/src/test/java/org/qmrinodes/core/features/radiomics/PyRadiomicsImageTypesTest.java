package org.qmrinodes.core.features.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.testing.CsvTable;

/**
 * The derived image types against PyRadiomics itself: {@code validation/radiomics/golden_imagetypes.csv},
 * made by {@code validation/radiomics/make_golden.sh} on PyRadiomics' test cases, every feature of every
 * image type within 1e-6 relative and in PyRadiomics' order.
 */
class PyRadiomicsImageTypesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"breast1", "brain2"})
    void derivedImageTypesAgreeWithPyRadiomics(final String testCase) {
        final CsvTable golden = CsvTable.read(CsvTable.validationDir().resolve("radiomics/golden_imagetypes.csv"));
        final List<String> names = golden.texts("featureName");
        final Map<String, Double> expected = new LinkedHashMap<>();
        for (int r = 0; r < golden.size(); r++) {
            if (!names.get(r).startsWith("diagnostics_")) {
                expected.put(names.get(r), CsvTable.parse(golden.text(r, testCase)));
            }
        }
        final Map<String, Map<String, Object>> types = new LinkedHashMap<>();
        for (final String type : List.of("Original", "Square", "SquareRoot", "Logarithm", "Exponential")) {
            types.put(type, Map.of());
        }
        final RadiomicsSettings settings = new RadiomicsSettings(25, 2000, 1,
            EnumSet.complementOf(EnumSet.of(FeatureClass.SHAPE2D))).withImageTypes(types);

        final List<RadiomicsFeature> features = RadiomicsExtractor.extract(PyRadiomicsBaseline.image(testCase),
            PyRadiomicsBaseline.label(testCase), testCase + "_label.nrrd", settings);

        PyRadiomicsBaseline.assertAgreesInOrder(testCase, expected, features, RadiomicsFeature::imageType);
    }

    /** The filters of a known image: M = 4 (the −4 outside the region counts, as the whole image does). */
    @Test
    void filtersScaleByTheLargestAbsoluteIntensityOfTheWholeImage() {
        final Geometry g = new Geometry(4, 1, 1, new double[3], new double[] {1, 1, 1},
            new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        final Volume image = Volume.map(g, new float[] {-4, 1, -1, 0});
        final double[] x = {1, -1, 0};
        final double[][] want = {
            {0.25, 0.25, 0},
            {2, -2, 0},
            {Math.log(2) * 4 / Math.log(5), -Math.log(2) * 4 / Math.log(5), 0},
            {Math.exp(Math.log(4) / 4), Math.exp(-Math.log(4) / 4), 1}};
        for (final IntensityFilter f : IntensityFilter.values()) {
            for (int v = 0; v < x.length; v++) {
                assertEquals(want[f.ordinal()][v], f.forImage(image, "i").applyAsDouble(x[v]), 1e-15, f + " " + x[v]);
            }
        }
        final Volume zero = Volume.map(g, new float[4]);
        final String message = assertThrows(InvalidDataException.class,
            () -> IntensityFilter.SQUARE.forImage(zero, "zero.nrrd")).getMessage();
        assertTrue(message.contains("zero.nrrd") && message.contains("Square"), message);
        final RadiomicsSettings square = RadiomicsSettings.defaults()
            .withFeatureClasses(EnumSet.of(FeatureClass.SHAPE, FeatureClass.FIRSTORDER))
            .withImageTypes(Map.of("Square", Map.of()));
        final List<RadiomicsFeature> features = RadiomicsExtractor.extract(image, new Mask(g, new int[] {0, 1, 1, 0}),
            "m", square);
        assertEquals("original_shape_Elongation", features.get(0).name());
        assertEquals("square_firstorder_10Percentile", features.get(14).name());
        assertEquals(14 + 18, features.size());
    }
}
