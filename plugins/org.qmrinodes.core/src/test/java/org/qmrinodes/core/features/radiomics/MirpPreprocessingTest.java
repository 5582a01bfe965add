package org.qmrinodes.core.features.radiomics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qmrinodes.core.testing.CsvTable;

/**
 * IBSI mode's resampling and LoG against MIRP. Resampling: the generated lesion (48 × 48 × 16 voxels of 0.7 × 0.7 × 2 mm, the
 * integer formulas of {@code lesion_case.py}) resampled onto IBSI's centred isotropic grid, image and mask by
 * trilinear interpolation (the mask's partial volume ≥ 0.5), 32 bins; MIRP's features of the same
 * ({@code validation/radiomics/golden_mirp_resampled.csv}, made by {@code make_golden_mirp_resampled.py}), matched
 * by IBSI tag: every intensity and texture feature and the voxel-count volume agree to 1e-5 relative for both
 * spacings and both texture aggregations, the mesh features within {@link #MESH_TOLERANCE}. LoG: the same lesion
 * interpolated onto the centred 1 mm grid (IBSI 2 assumes isotropic voxels), then filtered by IBSI 2's Laplacian
 * of Gaussian (σ 1 mm, 4σ); MIRP's statistics and intensity histogram of the response
 * ({@code golden_mirp_log.csv}, {@code make_golden_mirp_log.py}).
 */
class MirpPreprocessingTest {

    /**
     * The mesh-based and principal-axis morphology features: MIRP meshes the mask with scikit-image's marching
     * cubes (Lewiner's variant, which resolves ambiguous cubes otherwise than PyRadiomics' classic table we
     * follow), so on a resampled mask with ambiguous cubes the mesh volume differs by up to 1.1 %, the area by
     * 2.4 % and the features made of both (compactness, asphericity) by up to 6.3 %; the voxel-count volume and
     * every intensity and texture feature agree to 1e-5.
     */
    private static final double MESH_TOLERANCE = 0.07;

    /** IBSI mode's tag prefix of the LoG image of σ 1 mm. */
    private static final String LOG_PREFIX = "log-sigma-1-0-mm-3D_";

    /** MIRP filters in single precision: 1e-5 relative, or 5e-5 absolute for values near 0 (the response's p90). */
    private static final double LOG_TOLERANCE = 1e-5;
    private static final double LOG_ABSOLUTE = 5e-5;

    private static Map<String, Double> mirp(final String spacing) {
        final CsvTable t = CsvTable.read(CsvTable.validationDir().resolve("radiomics/golden_mirp_resampled.csv"));
        final Map<String, Double> out = new HashMap<>();
        for (int r = 0; r < t.size(); r++) {
            if (t.text(r, "spacing").equals(spacing)) {
                out.put(t.text(r, "feature"), t.number(r, "value"));
            }
        }
        return out;
    }

    /** @return MIRP's name of an IBSI tag computed with 32 bins (MIRP names the discretisation) */
    private static String mirpName(final String tag) {
        final String name = MirpPhantomTest.mirpName(tag);
        return tag.startsWith("morph_") || tag.startsWith("stat_") ? name : name + "_fbn_n32";
    }

    @ParameterizedTest(name = "{0} mm")
    @ValueSource(strings = {"1.0", "1.4"})
    void resampledFeaturesAgreeWithMirp(final String spacing) {
        final Map<String, Double> theirs = mirp(spacing);
        final List<String> differing = new ArrayList<>();
        int checked = 0;
        double worst = 0;
        double worstMesh = 0;
        for (final String weighting : new String[] {"", "  weightingNorm: no_weighting\n"}) {
            final RadiomicsSettings settings = PyRadiomicsParameters.parse("setting:\n  binCount: 32\n  label: 1\n"
                + "  resampledPixelSpacing: [" + spacing + ", " + spacing + ", " + spacing + "]\n"
                + "  interpolator: sitkLinear\n" + weighting + "imageType:\n  Original: {}\n"
                + IbsiPhantomRadiomicsTest.CLASSES, "ibsi.yaml");
            for (final IbsiConventions.IbsiFeature f : IbsiConventions.extract(
                PyRadiomicsFilteredImageTypesTest.lesionImage(), PyRadiomicsFilteredImageTypesTest.lesionMask(),
                "lesion", settings)) {
                final Double value = theirs.get(mirpName(f.tag()));
                assertTrue(value != null, f.tag() + " (" + mirpName(f.tag()) + ") in MIRP's table");
                final double relative = Math.abs(f.value() - value) / Math.max(1e-12, Math.abs(value));
                final boolean mesh = f.tag().startsWith("morph_") && !f.tag().equals("morph_vol_approx");
                if (mesh) {
                    worstMesh = Math.max(worstMesh, relative);
                } else {
                    worst = Math.max(worst, relative);
                }
                if (!(relative <= (mesh ? MESH_TOLERANCE : 1e-5))) {
                    differing.add(f.tag() + ": " + f.value() + " vs MIRP " + value);
                }
                checked++;
            }
        }
        System.out.printf("IBSI mode resampled to %s mm vs MIRP: %d features, largest relative difference %.2g "
            + "(mesh and axis features %.2g)%n", spacing, checked, worst, worstMesh);
        assertTrue(differing.isEmpty(), differing.size() + " of " + checked + " differ:\n" + String.join("\n", differing));
    }

    @Test
    void logFeaturesAgreeWithMirp() {
        final CsvTable t = CsvTable.read(CsvTable.validationDir().resolve("radiomics/golden_mirp_log.csv"));
        final Map<String, Double> theirs = new HashMap<>();
        for (int r = 0; r < t.size(); r++) {
            if (!t.text(r, "feature").equals("versions")) {
                theirs.put(t.text(r, "feature"), t.number(r, "value"));
            }
        }
        final RadiomicsSettings settings = PyRadiomicsParameters.parse("setting:\n  binCount: 32\n  label: 1\n"
            + "  resampledPixelSpacing: [1.0, 1.0, 1.0]\n  interpolator: sitkLinear\n"
            + "imageType:\n  LoG: {sigma: [1.0]}\nfeatureClass:\n  firstorder:\n", "log.yaml");
        final List<String> differing = new ArrayList<>();
        double worst = 0;
        int checked = 0;
        for (final IbsiConventions.IbsiFeature f : IbsiConventions.extract(PyRadiomicsFilteredImageTypesTest.lesionImage(),
            PyRadiomicsFilteredImageTypesTest.lesionMask(), "lesion", settings)) {
            assertTrue(f.tag().startsWith(LOG_PREFIX), f.tag());
            final String tag = f.tag().substring(LOG_PREFIX.length());
            final String name = "log_s_1.0_" + tag + (tag.startsWith("ih_") ? "_fbn_n32" : "");
            final Double value = theirs.get(name);
            assertTrue(value != null, f.tag() + " (" + name + ") in MIRP's table");
            final double relative = Math.abs(f.value() - value) / Math.max(1e-9, Math.abs(value));
            worst = Math.max(worst, relative);
            if (!(relative <= LOG_TOLERANCE || Math.abs(f.value() - value) <= LOG_ABSOLUTE)) {
                differing.add(f.tag() + ": " + f.value() + " vs MIRP " + value);
            }
            checked++;
        }
        System.out.printf("IBSI mode LoG vs MIRP: %d features, largest relative difference %.2g%n", checked, worst);
        assertTrue(checked >= 17, "checked " + checked);
        assertTrue(differing.isEmpty(), differing.size() + " of " + checked + " differ:\n" + String.join("\n", differing));
    }
}
