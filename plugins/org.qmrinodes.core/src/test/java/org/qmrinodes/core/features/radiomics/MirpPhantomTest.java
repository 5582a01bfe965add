package org.qmrinodes.core.features.radiomics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Nifti;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.testing.CsvTable;

/**
 * IBSI mode against MIRP, the second opinion (IBSI 1 and 2 compliant): MIRP's features of the IBSI 1 digital
 * phantom ({@code validation/radiomics/golden_mirp_phantom.csv}, made by {@code make_golden_mirp_phantom.py}
 * from the shared phantom), matched by IBSI tag (MIRP writes the GLCM's distance and the NGLDM's α into its
 * names, e.g. {@code cm_joint_max_d1_3d_avg}, {@code ngl_lde_d1_a0.0_3d}): every feature of both aggregations
 * agrees to 1e-6 relative, the bound set by MIRP's single-precision intensities and statistics.
 */
class MirpPhantomTest {

    private static Volume phantom;
    private static Mask mask;
    private static final Map<String, Double> MIRP = new HashMap<>();

    @BeforeAll
    static void read() {
        phantom = Nifti.readVolume(CsvTable.sharedFile("data/ibsi/digital_phantom/phantom.nii.gz"));
        mask = Nifti.readMask(CsvTable.sharedFile("data/ibsi/digital_phantom/mask.nii.gz"));
        final CsvTable t = CsvTable.read(CsvTable.validationDir().resolve("radiomics/golden_mirp_phantom.csv"));
        for (int r = 0; r < t.size(); r++) {
            if (!t.text(r, "feature").equals("versions")) {
                MIRP.put(t.text(r, "feature"), t.number(r, "value"));
            }
        }
    }

    /** @return MIRP's name of an IBSI tag of IBSI mode */
    static String mirpName(final String tag) {
        if (tag.startsWith("cm_")) {
            return tag.replace("_3D_avg", "_d1_3d_avg").replace("_3D_comb", "_d1_3d_v_mrg");
        }
        if (tag.startsWith("rlm_")) {
            return tag.replace("_3D_avg", "_3d_avg").replace("_3D_comb", "_3d_v_mrg");
        }
        if (tag.startsWith("ngl_")) {
            return tag.replace("_3D", "_d1_a0.0_3d");
        }
        return tag.replace("_3D", "_3d");
    }

    @Test
    void ibsiModeAgreesWithMirp() {
        final List<String> differing = new ArrayList<>();
        int checked = 0;
        double worst = 0;
        for (final String weighting : new String[] {"", "  weightingNorm: no_weighting\n"}) {
            final RadiomicsSettings settings = PyRadiomicsParameters.parse("setting:\n  binWidth: 1\n  label: 1\n" + weighting
                + "imageType:\n  Original: {}\n" + IbsiPhantomRadiomicsTest.CLASSES, "ibsi.yaml");
            for (final IbsiConventions.IbsiFeature f : IbsiConventions.extract(phantom, mask, "mask.nii.gz", settings)) {
                final Double theirs = MIRP.get(mirpName(f.tag()));
                assertTrue(theirs != null, f.tag() + " (" + mirpName(f.tag()) + ") in MIRP's table");
                final double relative = Math.abs(f.value() - theirs) / Math.max(1e-12, Math.abs(theirs));
                worst = Math.max(worst, relative);
                // MIRP holds the intensities and its statistics in single precision: 1e-6 relative.
                if (!(relative <= 1e-6)) {
                    differing.add(f.tag() + ": " + f.value() + " vs MIRP " + theirs);
                }
                checked++;
            }
        }
        System.out.printf("IBSI mode vs MIRP: %d features, largest relative difference %.2g%n", checked, worst);
        assertTrue(differing.isEmpty(), differing.size() + " of " + checked + " differ:\n" + String.join("\n", differing));
    }
}
