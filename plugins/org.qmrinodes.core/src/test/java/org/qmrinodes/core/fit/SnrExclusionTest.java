package org.qmrinodes.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.data.InvalidDataException;

/** QIMS26's rule: voxels whose last echo has SNR = (S − Sb)/SD below the threshold are not fitted. */
class SnrExclusionTest {

    private static final double[] TE = {3.54, 7.08, 10.62, 14.16, 17.7};

    /** Voxel v has S0 = 10·(v+1), T2* = 20 ms; last-echo signal 10·(v+1)·exp(−17.7/20) ≈ 4.13·(v+1). */
    private static float[][] decay(final int voxels) {
        return Synthetic.series(TE, voxels, (v, te) -> 10.0 * (v + 1) * Math.exp(-te / 20), 0, 0);
    }

    @Test
    void givenNoiseLevel() {
        final float[][] s = decay(10);
        final FitResult r = SignalModelFit.fit(MonoExponentialDecay.t2Star(), FitMethod.LLS,
            Acquisition.echoTimes("T2star", TE), s, null, FitOptions.defaults()
                .withSnrExclusion(SnrExclusion.withNoise(SnrExclusion.DEFAULT_THRESHOLD, 1, 2)));
        // SNR = (4.1276 (v+1) − 1)/2 < 5  ⇔  v + 1 < 2.665  ⇔  v ∈ {0, 1}
        assertEquals(2, r.counts().lowSnr());
        assertEquals(0.2, r.counts().excludedFraction(), 1e-15);
        assertEquals(VoxelStatus.LOW_SNR, r.status(1));
        assertEquals(VoxelStatus.CONVERGED, r.status(2));
        assertEquals(0f, r.map("T2*")[0]);
        assertEquals(20, r.map("T2*")[2], 1e-4);
        assertTrue(r.conventions().stream().anyMatch(c -> c.contains("Sb = 1.0, SD = 2.0 (given)")), r.conventions()
            .toString());
    }

    @Test
    void backgroundRegionEstimatesMeanAndSd() {
        final int n = 12;
        final float[][] s = decay(n);
        // voxels 8..11 are background: last-echo values 2, 4, 6, 8 → mean 5, SD = 2.582
        final boolean[] background = new boolean[n];
        final boolean[] mask = new boolean[n];
        for (int v = 0; v < n; v++) {
            background[v] = v >= 8;
            mask[v] = v < 8;
            if (background[v]) {
                for (int k = 0; k < TE.length; k++) {
                    s[k][v] = 2f * (v - 7);
                }
            }
        }
        final FitResult r = SignalModelFit.fit(MonoExponentialDecay.t2Star(), FitMethod.NLLS,
            Acquisition.echoTimes("T2star", TE), s, mask,
            FitOptions.defaults().withSnrExclusion(SnrExclusion.fromBackground(5, background)));
        // SNR = (4.1276 (v+1) − 5)/2.582 < 5  ⇔  v + 1 < 4.339  ⇔  v ∈ {0, 1, 2, 3}
        assertEquals(4, r.counts().lowSnr());
        assertEquals(4, r.counts().outsideMask());
        assertEquals(0.5, r.counts().excludedFraction(), 1e-15);
        assertEquals(VoxelStatus.LOW_SNR, r.status(3));
        assertEquals(VoxelStatus.CONVERGED, r.status(4));
    }

    @Test
    void backgroundWithoutSpreadIsAnError() {
        final boolean[] background = new boolean[3];
        background[0] = true;
        final String m = assertThrows(InvalidDataException.class, () -> SignalModelFit.fit(
            MonoExponentialDecay.t2Star(), FitMethod.LLS, Acquisition.echoTimes("T2star", TE), decay(3), null,
            FitOptions.defaults().withSnrExclusion(SnrExclusion.fromBackground(5, background)))).getMessage();
        assertEquals("background region of series 'T2star' has 1 usable voxels and noise SD 0.0: the SNR cannot be"
            + " estimated", m);
    }
}
