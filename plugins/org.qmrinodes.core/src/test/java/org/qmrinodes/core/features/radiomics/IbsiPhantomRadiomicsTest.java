package org.qmrinodes.core.features.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Nifti;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.testing.CsvTable;

/**
 * IBSI mode on the IBSI 1 digital phantom (5×4×4 voxels of 2 mm, grey levels 1, 3, 4, 6, 74 ROI voxels)
 * against the consensus values in {@code ../shared/data/ibsi/reference_values_digital_phantom.csv}, read in
 * place: every feature IBSI mode names, for the aggregations PyRadiomics has (3D averaged; 3D merged with a
 * weightingNorm; with force2D, 2.5D direction-merged and 2.5D merged), within the listed tolerance or, where it is 0, half a unit in the third significant digit
 * (IBSI prints three; e.g. 1490 → ±5, 0.0296 → ±0.00005).
 */
class IbsiPhantomRadiomicsTest {

    private static Volume phantom;
    private static Mask mask;
    private static Map<String, String[]> reference;

    /** The feature classes of IBSI mode, every shape feature IBSI names included (some PyRadiomics deprecates). */
    static final String CLASSES = "featureClass:\n  shape: [MeshVolume, VoxelVolume, SurfaceArea, "
        + "SurfaceVolumeRatio, Compactness1, Compactness2, SphericalDisproportion, Sphericity, Maximum3DDiameter, "
        + "MajorAxisLength, MinorAxisLength, LeastAxisLength, Elongation, Flatness]\n  firstorder:\n  glcm:\n"
        + "  glrlm:\n  glszm:\n  ngtdm:\n  gldm:\n";

    @BeforeAll
    static void read() {
        final CsvTable t = CsvTable.read(CsvTable.sharedFile("data/ibsi/reference_values_digital_phantom.csv"));
        phantom = Nifti.readVolume(CsvTable.sharedFile("data/ibsi/digital_phantom/phantom.nii.gz"));
        mask = Nifti.readMask(CsvTable.sharedFile("data/ibsi/digital_phantom/mask.nii.gz"));
        reference = new LinkedHashMap<>();
        for (int r = 0; r < t.size(); r++) {
            reference.put(t.text(r, "tag"), new String[] {t.text(r, "reference value"), t.text(r, "tolerance")});
        }
    }

    private static List<IbsiConventions.IbsiFeature> ibsi(final String weighting) {
        final RadiomicsSettings settings = PyRadiomicsParameters.parse("setting:\n  binWidth: 1\n  label: 1\n"
            + weighting + "imageType:\n  Original: {}\n" + CLASSES, "ibsi.yaml").withIbsiConventions();
        return IbsiConventions.extract(phantom, mask, "mask.nii.gz", settings);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"3D averaged", "3D merged", "2.5D averaged", "2.5D merged"})
    void everyNamedFeatureMatchesTheConsensus(final String aggregation) {
        final List<IbsiConventions.IbsiFeature> features = ibsi((aggregation.endsWith("merged")
            ? "  weightingNorm: no_weighting\n" : "") + (aggregation.startsWith("2.5D") ? "  force2D: true\n" : ""));
        final List<String> failures = new ArrayList<>();
        int checked = 0;
        for (final IbsiConventions.IbsiFeature f : features) {
            final String[] ref = reference.get(f.tag());
            assertTrue(ref != null, f.tag() + " is an IBSI tag");
            if (ref[0].isEmpty()) {
                continue;
            }
            final double printed = Double.parseDouble(ref[0]);
            final double digits = printed == 0 ? 0 : 0.5 * Math.pow(10, Math.floor(Math.log10(Math.abs(printed))) - 2);
            final double tolerance = Math.max(Double.parseDouble(ref[1]), digits);
            if (!(Math.abs(printed - f.value()) <= tolerance + 1e-12)) {
                failures.add(f.tag() + " (from " + f.source() + "): " + f.value() + ", IBSI " + ref[0] + " ± " + tolerance);
            }
            checked++;
        }
        System.out.printf("IBSI mode, %s: %d features checked against the IBSI 1 consensus%n", aggregation, checked);
        assertTrue(failures.isEmpty(), failures.size() + " of " + checked + " differ:\n" + String.join("\n", failures));
        assertTrue(checked >= 90, "checked " + checked);
    }

    @Test
    void kurtosisIsExcessAndTheBinsStartAtTheMinimum() {
        final List<IbsiConventions.IbsiFeature> features = ibsi("");
        final double kurtosis = features.stream().filter(f -> f.tag().equals("stat_kurt")).findFirst().orElseThrow()
            .value();
        final RadiomicsSettings pyradiomics = PyRadiomicsParameters.parse("setting:\n  binWidth: 1\n  label: 1\n"
            + "imageType:\n  Original: {}\nfeatureClass:\n  firstorder: [Kurtosis]\n", "p.yaml");
        assertEquals(RadiomicsExtractor.extract(phantom, mask, "mask.nii.gz", pyradiomics).get(0).value() - 3, kurtosis,
            1e-12);
        // Intensities 0.5 .. 2.4 with bin width 1: IBSI's bins start at 0.5 (edges 0.5, 1.5, 2.5: two bins),
        // PyRadiomics' at 0 (edges 0, 1, 2, 3: three bins).
        final RegionOfInterest region = RegionOfInterest.crop(Volume.map(
            new org.qmrinodes.core.image.Geometry(3, 1, 1, new double[3], new double[] {1, 1, 1},
                new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}), new float[] {0.5f, 1.2f, 2.4f}),
            new Mask(new org.qmrinodes.core.image.Geometry(3, 1, 1, new double[3], new double[] {1, 1, 1},
                new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}), new int[] {1, 1, 1}), 1, "line");
        assertEquals(2, GreyLevels.fixedBinWidth(region, 1, true).levelCount());
        assertEquals(3, GreyLevels.fixedBinWidth(region, 1, false).levelCount());
    }

    @Test
    void waveletBSplineResamplingAShiftAndForce2DAlongRowsAreRefusedInIbsiMode() {
        for (final String setting : new String[] {"setting:\n  binWidth: 1\nimageType:\n  Wavelet: {}\n",
            "setting:\n  binWidth: 1\n  resampledPixelSpacing: [1, 1, 1]\nimageType:\n  Original: {}\n",
            "setting:\n  binWidth: 1\n  voxelArrayShift: 100\nimageType:\n  Original: {}\n",
            "setting:\n  binWidth: 1\n  force2D: true\n  force2Ddimension: 1\nimageType:\n  Original: {}\n"}) {
            final RadiomicsSettings settings = PyRadiomicsParameters.parse(setting + "featureClass:\n  firstorder:\n",
                "r.yaml").withIbsiConventions();
            final String message = assertThrows(IllegalArgumentException.class,
                () -> RadiomicsExtractor.extract(phantom, mask, "mask.nii.gz", settings)).getMessage();
            assertTrue(message.contains("IBSI mode"), message);
        }
    }
}
