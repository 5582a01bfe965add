package org.qmrinodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.cli.QmriRun.qmri;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Nifti;
import org.qmrinodes.core.testing.CsvTable;

/**
 * {@code qmri radiomics} against the expected values PyRadiomics ships for its breast1 test case
 * ({@code baseline_<class>.csv}, read in place from the shared folder; skipped when it is absent), and
 * its refusals of bad input.
 */
class RadiomicsCommandTest {

    private static final String DIR = "data/radiomics/pyradiomics/";
    private static final List<String> CLASSES = List.of("shape", "firstorder", "glcm", "gldm", "glrlm", "glszm", "ngtdm");
    /** The first-order features that voxelArrayShift changes. */
    private static final Set<String> SHIFTED = Set.of("original_firstorder_Energy", "original_firstorder_TotalEnergy",
        "original_firstorder_RootMeanSquared");
    private static final double TOLERANCE = 1e-6;
    private static final double[] IDENTITY = {1, 0, 0, 0, 1, 0, 0, 0, 1};
    private static final Geometry GRID = new Geometry(8, 8, 4, new double[] {0, 0, 0}, new double[] {1, 1, 2}, IDENTITY);

    @TempDir
    Path tmp;

    /** @return the breast1 column of every class's baseline: its original_* features, and its diagnostics */
    private static Map<String, String> baseline() {
        final Map<String, String> values = new LinkedHashMap<>();
        for (final String c : CLASSES) {
            final CsvTable t = CsvTable.read(CsvTable.sharedFile(DIR + "baseline_" + c + ".csv"));
            for (int r = 0; r < t.size(); r++) {
                values.putIfAbsent(t.text(r, "featureName"), t.text(r, "breast1"));
            }
        }
        return values;
    }

    private CsvTable run(final String... args) throws IOException {
        final QmriRun r = qmri(args);
        assertEquals(0, r.status(), r.err());
        return CsvTable.read(Files.writeString(tmp.resolve("out" + System.nanoTime() + ".csv"), r.out()));
    }

    private static String[] breast1(final String... extra) {
        final List<String> args = new ArrayList<>(List.of("radiomics", "--image",
            CsvTable.sharedFile(DIR + "breast1_image.nrrd").toString(), "--mask",
            CsvTable.sharedFile(DIR + "breast1_label.nrrd").toString()));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    /**
     * Asserts the row's features are exactly the baseline's original_* features, each within 1e-6
     * relative except those in {@code skip}.
     */
    private static void assertAgrees(final CsvTable row, final Map<String, String> baseline, final Set<String> skip) {
        final List<String> features = row.header().subList(4, row.header().size());
        final List<String> failures = new ArrayList<>();
        for (final String f : features) {
            final String want = baseline.get(f);
            if (want == null) {
                failures.add(f + ": not in PyRadiomics' baseline");
            } else if (!skip.contains(f)) {
                final double expected = CsvTable.parse(want);
                final double got = row.number(0, f);
                if (!(Math.abs(got - expected) <= TOLERANCE * Math.abs(expected))) {
                    failures.add(f + ": " + got + " vs PyRadiomics " + expected);
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(baseline.keySet().stream().filter(n -> n.startsWith("original_")).sorted().toList(),
            features.stream().sorted().toList(), "PyRadiomics' default features of every class");
    }

    @Test
    void defaultsAgreeWithPyRadiomicsBaseline() throws IOException {
        final Map<String, String> baseline = baseline();
        final String settings = baseline.get("diagnostics_Configuration_Settings");
        // the baseline was made with binWidth 25 (the default), label 1 and voxelArrayShift 2000
        assertTrue(settings.contains("'binWidth': 25") && settings.contains("'label': 1")
            && settings.contains("'voxelArrayShift': 2000") && settings.contains("'resampledPixelSpacing': None"), settings);
        final CsvTable defaults = run(breast1());
        assertEquals(List.of("image", "mask", "label", "voxels"), defaults.header().subList(0, 4));
        assertTrue(defaults.text(0, "image").endsWith("breast1_image.nrrd"));
        assertTrue(defaults.text(0, "mask").endsWith("breast1_label.nrrd"));
        assertEquals(1, defaults.number(0, "label"), 0);
        assertEquals(CsvTable.parse(baseline.get("diagnostics_Mask-original_VoxelNum")), defaults.number(0, "voxels"), 0);
        assertAgrees(defaults, baseline, SHIFTED);

        final Path params = Files.writeString(tmp.resolve("baseline.yaml"), """
            setting:
              binWidth: 25
              label: 1
              voxelArrayShift: 2000
            """);
        assertAgrees(run(breast1("--params", params.toString())), baseline, Set.of());
    }

    /**
     * PyRadiomics' example parameter file: its classes in its order, shape first, the GLCM features in
     * the order it lists them, the classes without a list in
     * the order of PyRadiomics' feature methods (get&lt;Name&gt;FeatureValue, sorted).
     */
    @Test
    void pyRadiomicsParameterFileChoosesClassesFeaturesAndOrder() throws IOException {
        final Map<String, String> baseline = baseline();
        final Path params = CsvTable.sharedFile(DIR + "Params.yaml");
        final CsvTable row = run(breast1("--params", params.toString()));
        final List<String> features = row.header().subList(4, row.header().size());
        final List<String> classes = new ArrayList<>();
        final Map<String, List<String>> byClass = new LinkedHashMap<>();
        for (final String f : features) {
            final String c = f.split("_")[1];
            if (classes.isEmpty() || !classes.get(classes.size() - 1).equals(c)) {
                classes.add(c);
            }
            byClass.computeIfAbsent(c, k -> new ArrayList<>()).add(f.split("_", 3)[2]);
        }
        assertEquals(List.of("shape", "firstorder", "glcm", "glrlm", "glszm", "gldm"), classes);
        final List<String> glcm = new ArrayList<>();
        boolean inGlcm = false;
        for (final String line : Files.readAllLines(params)) {
            if (line.startsWith("  glcm:")) {
                inGlcm = true;
            } else if (inGlcm && line.trim().startsWith("- ")) {
                glcm.add(line.trim().substring(2).replace("'", "").trim());
            } else if (inGlcm && !line.isBlank()) {
                inGlcm = false;
            }
        }
        assertEquals(22, glcm.size(), glcm.toString());
        assertEquals(glcm, byClass.get("glcm"));
        for (final String c : List.of("shape", "firstorder", "glrlm", "glszm", "gldm")) {
            // PyRadiomics lists a class's features by the sorted names of its get<Name>FeatureValue methods
            assertEquals(byClass.get(c).stream().sorted(java.util.Comparator.comparing(n -> n + "FeatureValue")).toList(),
                byClass.get(c), c);
        }
        final List<String> failures = new ArrayList<>();
        for (final String f : features) {
            final double expected = CsvTable.parse(baseline.get(f));
            if (!SHIFTED.contains(f) && !(Math.abs(row.number(0, f) - expected) <= TOLERANCE * Math.abs(expected))) {
                failures.add(f + ": " + row.number(0, f) + " vs PyRadiomics " + expected);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private Path nifti(final String name, final Geometry g, final float... values) throws IOException {
        final Path f = tmp.resolve(name);
        Nifti.write(f, g, List.of(values));
        return f;
    }

    private Path image() throws IOException {
        final float[] v = new float[(int) GRID.voxelCount()];
        for (int i = 0; i < v.length; i++) {
            v[i] = (i * 37) % 101;
        }
        return nifti("image.nii.gz", GRID, v);
    }

    private Path mask(final String name, final Geometry g, final int label) throws IOException {
        final float[] v = new float[(int) g.voxelCount()];
        for (int i = 0; i < v.length; i++) {
            final int x = i % 8;
            final int y = i / 8 % 8;
            v[i] = x >= 2 && x < 6 && y >= 2 && y < 6 ? label : 0;
        }
        return nifti(name, g, v);
    }

    private static QmriRun refused(final int status, final String... args) {
        final QmriRun r = qmri(args);
        assertEquals(status, r.status(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        return r;
    }

    @Test
    void badInputIsRefusedWithItsReason() throws IOException {
        final String image = image().toString();
        final String mask = mask("mask.nii.gz", GRID, 1).toString();
        // a valid run on the synthetic pair: 4 x 4 x 4 voxels of label 1
        assertEquals(64, run("radiomics", "--image", image, "--mask", mask).number(0, "voxels"), 0);

        final QmriRun empty = refused(1, "radiomics", "--image", image, "--mask", mask("empty.nii.gz", GRID, 0).toString());
        assertTrue(empty.err().contains("empty.nii.gz") && empty.err().contains("the mask is empty"), empty.err());

        final QmriRun absent = refused(1, "radiomics", "--image", image, "--mask", mask, "--label", "3");
        assertTrue(absent.err().contains("mask.nii.gz") && absent.err().contains("label 3 is not in the mask"),
            absent.err());

        final Geometry shifted = new Geometry(8, 8, 4, new double[] {5, 0, 0}, new double[] {1, 1, 2}, IDENTITY);
        final QmriRun grid = refused(1, "radiomics", "--image", image, "--mask", mask("moved.nii.gz", shifted, 1).toString());
        assertTrue(grid.err().contains("moved.nii.gz") && grid.err().contains("image.nii.gz")
            && grid.err().contains("origin (5, 0, 0)") && grid.err().contains("origin (0, 0, 0)"), grid.err());

        final Path typo = Files.writeString(tmp.resolve("typo.yaml"), "setting:\n  binWidht: 25\n");
        final QmriRun key = refused(1, "radiomics", "--image", image, "--mask", mask, "--params", typo.toString());
        assertTrue(key.err().contains("typo.yaml") && key.err().contains("binWidht"), key.err());

        final Path lbp = Files.writeString(tmp.resolve("lbp.yaml"), "imageType:\n  LBP3D: {}\n");
        final QmriRun type = refused(1, "radiomics", "--image", image, "--mask", mask, "--params", lbp.toString());
        assertTrue(type.err().contains("lbp.yaml") && type.err().contains("'LBP3D' is not implemented"), type.err());

        // the Fr24 preset resamples to 3 mm: an 8 x 8 x 4 image is then too small for its LoG sigmas, which are
        // left out with a warning, as PyRadiomics does; the other features are written
        final QmriRun preset = qmri("radiomics", "--image", image, "--mask", mask, "--preset", "fr24");
        assertEquals(0, preset.status(), preset.err());
        assertTrue(preset.err().contains("warning: " + mask + ": log-sigma-3-0-mm-3D left out, as PyRadiomics does")
            && preset.err().contains("log-sigma-5-0-mm-3D left out"), preset.err());
        final String header = preset.out().lines().findFirst().orElseThrow();
        assertTrue(header.contains("original_firstorder_Mean") && header.contains("wavelet-HHH_glcm_Idmn")
            && !header.contains("log-sigma"), header);
        final QmriRun unknownPreset = refused(2, "radiomics", "--image", image, "--mask", mask, "--preset", "fr99");
        assertTrue(unknownPreset.err().contains("fr24"), unknownPreset.err());
        refused(2, "radiomics", "--image", image, "--mask", mask, "--preset", "fr24", "--params", typo.toString());

        final QmriRun missing = refused(2, "radiomics", "--image", tmp.resolve("none.nii.gz").toString(), "--mask", mask);
        assertTrue(missing.err().contains("input file not found") && missing.err().contains("none.nii.gz"), missing.err());
        refused(2, "radiomics", "--image", image, "--mask", tmp.resolve("none.nrrd").toString());
        final QmriRun ibsiFilters = refused(1, "radiomics", "--image", image, "--mask", mask, "--ibsi", "--preset", "fr24");
        assertTrue(ibsiFilters.err().contains("IBSI mode") && ibsiFilters.err().contains("not of Wavelet"),
            ibsiFilters.err());
    }

    @Test
    void ibsiModeGivesTheIbsiTagsAndConsensusValuesOnTheDigitalPhantom() throws Exception {
        final Path params = Files.writeString(tmp.resolve("ibsi.yaml"), "setting:\n  binWidth: 1\n"
            + "imageType:\n  Original: {}\nfeatureClass:\n  firstorder:\n  glcm:\n");
        final QmriRun r = qmri("radiomics", "--image",
            CsvTable.sharedFile("data/ibsi/digital_phantom/phantom.nii.gz").toString(), "--mask",
            CsvTable.sharedFile("data/ibsi/digital_phantom/mask.nii.gz").toString(), "--params", params.toString(),
            "--ibsi");
        assertEquals(0, r.status(), r.err());
        final CsvTable row = CsvTable.read(Files.writeString(tmp.resolve("ibsi.csv"), r.out()));
        assertTrue(row.text(0, "ibsi_conventions").contains("excess kurtosis"), row.text(0, "ibsi_conventions"));
        assertTrue(row.header().stream().noneMatch(c -> c.startsWith("original_")), row.header().toString());
        // IBSI 1 consensus on the digital phantom: excess kurtosis -0.355, joint maximum (3D averaged) 0.503.
        assertEquals(-0.355, row.number(0, "stat_kurt"), 0.0005);
        assertEquals(0.503, row.number(0, "cm_joint_max_3D_avg"), 0.0005);
    }
}
