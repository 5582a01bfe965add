package org.qmrinodes.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.data.InvalidDataException;

/** Unusable series are rejected with a message naming the series; unusable voxels are flagged and counted. */
class BadInputTest {

    private static final double[] B = {0, 800, 1400, 2000};

    private static float[][] dki(final int voxels) {
        return Synthetic.series(B, voxels, (v, b) -> Synthetic.dki(1000, 1.2e-3, 0.9, b), 0, 0);
    }

    private static String message(final Acquisition acquisition, final float[][] s, final boolean[] mask,
        final SignalModel model, final FitMethod method, final FitOptions options) {
        return assertThrows(InvalidDataException.class,
            () -> SignalModelFit.fit(model, method, acquisition, s, mask, options)).getMessage();
    }

    private static String message(final Acquisition acquisition, final float[][] s, final boolean[] mask) {
        return message(acquisition, s, mask, new KurtosisDiffusion(), FitMethod.WLLS, FitOptions.defaults());
    }

    @Test
    void seriesWithoutOrWithMissingBValues() {
        assertEquals("series 'DWI_ax' has no b-values", message(Acquisition.bValues("DWI_ax"), dki(2), null));
        final String m = message(Acquisition.bValues("DWI_ax", 0, Double.NaN, 1400, 2000), dki(2), null);
        assertTrue(m.startsWith("series 'DWI_ax': b-value of image 2 is missing"), m);
        assertTrue(message(Acquisition.bValues("DWI_ax", 0, -800, 1400, 2000), dki(2), null).contains("-800"));
    }

    @Test
    void fewerDistinctValuesThanParameters() {
        final String m = message(Acquisition.bValues("DWI_ax", 0, 800, 800, 0), dki(2), null);
        assertEquals("model DKI has 3 parameters and needs at least as many distinct b-values; series 'DWI_ax' has 2"
            + " (0, 800)", m);
        final String sel = message(Acquisition.bValues("DWI_ax", B), dki(2), null, new KurtosisDiffusion(),
            FitMethod.LLS, FitOptions.defaults().selecting(0, 800));
        assertTrue(sel.contains("has 2 (0, 800)"), sel);
        final String missing = message(Acquisition.bValues("DWI_ax", B), dki(2), null, new MonoExponentialDiffusion(),
            FitMethod.LLS, FitOptions.defaults().selecting(0, 1000));
        assertTrue(missing.startsWith("series 'DWI_ax' has no b-value 1000.0 to select"), missing);
    }

    @Test
    void imagesMasksAndMapsOfOtherSizes() {
        final float[][] s = dki(4);
        s[2] = new float[3];
        assertEquals("series 'DWI_ax': image 3 has 3 voxels, image 1 has 4",
            message(Acquisition.bValues("DWI_ax", B), s, null));
        assertEquals("series 'DWI_ax' has 4 b-values but 3 images",
            message(Acquisition.bValues("DWI_ax", B), new float[][] {new float[4], new float[4], new float[4]}, null));
        assertEquals("mask has 5 voxels but series 'DWI_ax' has 4 (the mask must be on the image grid)",
            message(Acquisition.bValues("DWI_ax", B), dki(4), new boolean[5]));
        assertEquals("mask selects no voxels of series 'DWI_ax'",
            message(Acquisition.bValues("DWI_ax", B), dki(4), new boolean[4]));
        final double[] fa = {2, 5, 10, 15};
        assertEquals("B1 map has 2 voxels but series 'VFA' has 4", message(Acquisition.flipAngles("VFA", fa),
            Synthetic.series(fa, 4, (v, a) -> 100, 0, 0), null, VariableFlipAngle.withB1Map(5, new float[2]),
            FitMethod.LLS, FitOptions.defaults()));
    }

    @Test
    void wrongQuantityMethodOrParameterName() {
        assertEquals("model DKI needs b-values but series 'ME' gives echo times",
            message(Acquisition.echoTimes("ME", 10, 20, 30, 40), dki(2), null));
        final double[] ti = {100, 200, 350, 500, 800};
        assertEquals("model T1 (MOLLI) cannot be fitted by LLS (it has no log-linear form); use NLLS",
            message(Acquisition.inversionTimes("MOLLI", ti), Synthetic.series(ti, 2, (v, x) -> 100, 0, 0), null,
                InversionRecovery.molli(), FitMethod.LLS, FitOptions.defaults()));
        final String bound = message(Acquisition.bValues("DWI_ax", B), dki(2), null, new KurtosisDiffusion(),
            FitMethod.LLS, FitOptions.defaults().withBound("K", 0, 2));
        assertEquals("model DKI has no parameter 'K' to bound; its parameters are [S0, Dapp, Kapp]", bound);
    }

    @Test
    void zeroNegativeAndNaNSignalsAreFlaggedNeverNaN() {
        final float[][] s = dki(6);
        s[1][1] = 0;
        s[2][2] = -3;
        s[3][3] = Float.NaN;
        s[0][4] = Float.POSITIVE_INFINITY;
        final boolean[] mask = {true, true, true, true, true, false};
        for (final FitMethod method : FitMethod.values()) {
            final FitResult r = SignalModelFit.fit(new KurtosisDiffusion(), method, Acquisition.bValues("DWI_ax", B), s,
                mask, FitOptions.defaults());
            assertEquals(new FitCounts(6, 1, 1, 0, 0, 4, 0), r.counts(), method.name());
            for (int v = 1; v < 6; v++) {
                assertEquals(0f, r.map("Dapp")[v]);
                assertEquals(0f, r.map("Kapp")[v]);
                assertEquals(0f, r.s0()[v]);
                assertEquals(0f, r.r2()[v]);
                assertEquals(0, r.fitOk()[v]);
            }
            assertEquals(VoxelStatus.INVALID_SIGNAL, r.status(3));
            assertEquals(VoxelStatus.OUTSIDE_MASK, r.status(5));
            assertEquals(1, r.fitOk()[0]);
        }
    }

    @Test
    void magnitudeInversionRecoveryAcceptsZeroAtTheNull() {
        final double[] ti = {100, 200, 350, 500, 800};
        final float[][] s = Synthetic.series(ti, 1, (v, x) -> Synthetic.inversionRecovery(500, 1000, 1000, x), 0, 0);
        s[2][0] = 0;
        final FitResult r = SignalModelFit.fit(InversionRecovery.molli(), FitMethod.NLLS,
            Acquisition.inversionTimes("MOLLI", ti), s, null, FitOptions.defaults());
        assertEquals(0, r.counts().invalidSignal());
    }

    @Test
    void estimatesOutsideTheBoundsAreClampedAndFlagged() {
        // Kapp = 3.5 is above the default bound 3; a rising signal gives a negative ADC
        final float[][] s = Synthetic.series(B, 2, (v, b) -> v == 0 ? Synthetic.dki(1000, 1.0e-3, 3.5, b)
            : 1000 * Math.exp(2e-4 * b), 0, 0);
        for (final FitMethod method : FitMethod.values()) {
            final FitResult r = SignalModelFit.fit(new KurtosisDiffusion(), method, Acquisition.bValues("DWI_ax", B), s,
                null, FitOptions.defaults());
            assertEquals(VoxelStatus.HIT_BOUND, r.status(0), method.name());
            assertEquals(3f, r.map("Kapp")[0], method.name());
            assertEquals(0, r.fitOk()[0]);
            final FitResult wide = SignalModelFit.fit(new KurtosisDiffusion(), method,
                Acquisition.bValues("DWI_ax", B), s, null, FitOptions.defaults().withBound("Kapp", 0, 5));
            assertEquals(VoxelStatus.CONVERGED, wide.status(0), method.name());
            assertEquals(3.5, wide.map("Kapp")[0], 1e-5, method.name());
            final FitResult adc = SignalModelFit.fit(new MonoExponentialDiffusion(), method,
                Acquisition.bValues("DWI_ax", B), s, null, FitOptions.defaults());
            assertEquals(VoxelStatus.HIT_BOUND, adc.status(1), method.name());
            assertEquals(0f, adc.map("ADC")[1], method.name());
        }
    }
}
