package org.qmrinodes.core.features.radiomics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.testing.CsvTable;

/**
 * The Fr24 preset end to end (normalisation, 3 mm B-spline resampling, Original, LoG and Wavelet) against
 * PyRadiomics itself with the shared exampleMR_5mm.yaml ({@code validation/radiomics/golden_fr24.csv},
 * made by {@code make_golden_fr24.py}): the resampled grid, then all 960 features, names and order,
 * the largest relative difference printed per image type and class. PyRadiomics keeps the normalised
 * image in double precision, our volumes in single precision, so the first-order features of the LoG
 * and wavelet responses agree to about 3e-6 relative, a near-zero median (wavelet-HHH) to 5e-7 on the
 * normalised scale of 100: each feature within 1e-5 relative plus 1e-6 absolute; the texture classes,
 * on grey levels binned by 5, agree to 3e-15.
 */
class PyRadiomicsFr24Test {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"breast1", "brain2"})
    void fr24AgreesWithPyRadiomics(final String testCase) {
        final Map<String, String> golden = golden(testCase);
        final RadiomicsSettings settings = RadiomicsPresets.named(RadiomicsPresets.FR24);
        final Mask mask = PyRadiomicsBaseline.label(testCase);

        final ImageNormalization normalization = ImageNormalization.of(PyRadiomicsBaseline.image(testCase), testCase,
            settings.normalizeScale(), settings.removeOutliers());
        final RadiomicsResampling.Resampled grid = RadiomicsResampling.resample(
            normalization.apply(PyRadiomicsBaseline.image(testCase)), mask, testCase, settings, false);
        final Geometry g = grid.image().geometry();
        assertArrayEquals(CsvTable.parseList(golden.get("diagnostics_Image-interpolated_Size")),
            new double[] {g.columns(), g.rows(), g.slices()}, 0, "grid size");
        assertArrayEquals(CsvTable.parseList(golden.get("diagnostics_Image-interpolated_Spacing")), g.spacing(), 0,
            "spacing");
        assertEquals(Double.parseDouble(golden.get("diagnostics_Mask-interpolated_VoxelNum")),
            grid.mask().labelCounts().getOrDefault(1, 0L), 0, "resampled mask voxels");
        final RegionOfInterest box = RegionOfInterest.crop(grid.image(), grid.mask(), 1, testCase);
        final int[] low = box.low();
        assertArrayEquals(CsvTable.parseList(golden.get("diagnostics_Mask-interpolated_BoundingBox")),
            new double[] {low[0], low[1], low[2], box.columns(), box.rows(), box.slices()}, 0, "bounding box");

        final List<RadiomicsFeature> features = RadiomicsExtractor.extract(PyRadiomicsBaseline.image(testCase), mask,
            testCase + "_label.nrrd", settings);

        final Map<String, Double> expected = new LinkedHashMap<>();
        golden.forEach((name, value) -> {
            if (!name.startsWith("diagnostics_")) {
                expected.put(name, CsvTable.parse(value));
            }
        });
        assertEquals(960, expected.size());
        PyRadiomicsBaseline.assertAgreesInOrder(testCase, expected, features,
            f -> f.imageType().replaceAll("-[LH]+$", "").replaceAll("-3-mm-3D|-5-mm-3D", "") + " "
                + f.featureClass().pyradiomicsName(), 1e-5, 1e-6);
    }

    private static Map<String, String> golden(final String testCase) {
        final CsvTable golden = CsvTable.read(CsvTable.validationDir().resolve("radiomics/golden_fr24.csv"));
        final Map<String, String> out = new LinkedHashMap<>();
        for (int r = 0; r < golden.size(); r++) {
            if (golden.text(r, "case").equals(testCase)) {
                out.put(golden.text(r, "featureName"), golden.text(r, "value"));
            }
        }
        return out;
    }
}
