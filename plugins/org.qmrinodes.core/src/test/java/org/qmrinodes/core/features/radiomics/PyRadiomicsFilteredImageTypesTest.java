package org.qmrinodes.core.features.radiomics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.testing.CsvTable;

/**
 * The LoG and Wavelet image types against PyRadiomics itself ({@code validation/radiomics/golden_filters.csv},
 * made by {@code make_golden_filters.py}, preCrop on, padDistance 5, as given here too: LoG and
 * Wavelet always filter the padded box, the intensity filters then take M from it): every feature of every case, names
 * and order, within 1e-6 relative. The cases and their image types mirror the script's CASES.
 */
class PyRadiomicsFilteredImageTypesTest {

    private static final Map<String, Object> DEFAULT_LOG = Map.of("sigma", List.of(1.0, 3.0, 5.0));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"breast1", "brain2", "lesion", "breast1_sym3_level2", "brain2_haar", "lesion_db2",
        "breast1_sigma_as_given", "brain2_intensity", "breast1_force2D"})
    void filteredImageTypesAgreeWithPyRadiomics(final String testCase) {
        final Map<String, Map<String, Object>> types = new LinkedHashMap<>();
        switch (testCase) {
            case "breast1", "brain2" -> {
                types.put("Original", Map.of());
                types.put("Wavelet", Map.of());
                types.put("LoG", DEFAULT_LOG);
            }
            case "lesion" -> {
                types.put("Original", Map.of());
                types.put("Wavelet", Map.of());
                types.put("LoG", Map.of("sigma", List.of(3.0, 5.0)));
            }
            case "breast1_sym3_level2" -> types.put("Wavelet", Map.of("wavelet", "sym3", "level", 2, "start_level", 1));
            case "brain2_haar" -> types.put("Wavelet", Map.of("wavelet", "haar"));
            case "lesion_db2" -> types.put("Wavelet", Map.of("wavelet", "db2"));
            case "breast1_sigma_as_given" -> types.put("LoG", Map.of("sigma", List.<Number>of(3, 2.5)));
            case "breast1_force2D" -> types.put("Wavelet", Map.of());
            case "brain2_intensity" -> List.of("Square", "SquareRoot", "Logarithm", "Exponential")
                .forEach(t -> types.put(t, Map.of()));
            default -> throw new IllegalArgumentException(testCase);
        }
        final String source = testCase.contains("_") ? testCase.substring(0, testCase.indexOf('_')) : testCase;
        final Volume image = source.equals("lesion") ? lesionImage() : PyRadiomicsBaseline.image(source);
        final Mask mask = source.equals("lesion") ? lesionMask() : PyRadiomicsBaseline.label(source);
        final boolean force2D = testCase.endsWith("force2D");
        final RadiomicsSettings settings = new RadiomicsSettings(25, 2000, 1,
            new RadiomicsSettings(25, 2000, 1, force2D ? EnumSet.of(FeatureClass.SHAPE, FeatureClass.FIRSTORDER)
                : EnumSet.complementOf(EnumSet.of(FeatureClass.SHAPE2D))).enabledFeatures(),
            0, force2D, 0, types, Map.of("preCrop", true, "padDistance", 5));

        final List<RadiomicsFeature> features = RadiomicsExtractor.extract(image, mask, source, settings);

        final Map<String, Double> expected = golden(testCase);
        PyRadiomicsBaseline.assertAgreesInOrder(testCase, expected, features, f -> f.imageType().replaceAll("-[LH]+$", "")
            .replaceAll("sigma-.*", "sigma") + " " + f.featureClass().pyradiomicsName());
    }

    private static Map<String, Double> golden(final String testCase) {
        final CsvTable golden = CsvTable.read(CsvTable.validationDir().resolve("radiomics/golden_filters.csv"));
        final Map<String, Double> out = new LinkedHashMap<>();
        for (int r = 0; r < golden.size(); r++) {
            if (golden.text(r, "case").equals(testCase)) {
                out.put(golden.text(r, "featureName"), CsvTable.parse(golden.text(r, "value")));
            }
        }
        assertTrue(out.size() >= 80, testCase + " in the golden table");
        return out;
    }

    private static final int NX = 48;
    private static final int NY = 48;
    private static final int NZ = 16;

    /** The generated breast-lesion-like case, the integer formulas of make_golden_filters.py's lesion(). */
    private static boolean inLesion(final int i, final int j, final int k) {
        return 4 * (i - 24) * (i - 24) + 5 * (j - 22) * (j - 22) + 30 * (k - 8) * (k - 8) + ((i * j + k) % 7) * 40 <= 760;
    }

    private static Geometry lesionGeometry() {
        return new Geometry(NX, NY, NZ, new double[3], new double[] {0.7, 0.7, 2.0},
            new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
    }

    static Volume lesionImage() {
        final float[] values = new float[NX * NY * NZ];
        for (int k = 0; k < NZ; k++) {
            for (int j = 0; j < NY; j++) {
                for (int i = 0; i < NX; i++) {
                    int value = 200 + ((i * 37 + j * 91 + k * 53) % 61) * 3;
                    if (inLesion(i, j, k)) {
                        value += 600 + ((i * i + 3 * j + 7 * k) % 23) * 10;
                    }
                    values[(k * NY + j) * NX + i] = value;
                }
            }
        }
        return Volume.map(lesionGeometry(), values);
    }

    static Mask lesionMask() {
        final int[] labels = new int[NX * NY * NZ];
        for (int k = 0; k < NZ; k++) {
            for (int j = 0; j < NY; j++) {
                for (int i = 0; i < NX; i++) {
                    labels[(k * NY + j) * NX + i] = inLesion(i, j, k) ? 1 : 0;
                }
            }
        }
        return new Mask(lesionGeometry(), labels);
    }
}
