package org.qmrinodes.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.qmrinodes.core.data.InvalidDataException;

/** DKI with S0 fixed to the measured b = 0 signal. */
class DkiFixedS0Test {

    private static final double[] B = {0, 800, 1400, 2000};

    @ParameterizedTest
    @EnumSource(value = FitMethod.class, names = {"LLS", "WLLS"})
    void noiseFreeSignalsAreRecoveredExactly(final FitMethod method) {
        final double[] d = {0.5e-3, 1.2e-3, 2.0e-3};
        final double[] k = {0.2, 0.95, 1.6};
        final float[][] s = Synthetic.series(B, 9, (v, b) -> Synthetic.dki(800, d[v % 3], k[v / 3], b), 0, 0);
        final FitResult r = SignalModelFit.fit(KurtosisDiffusion.withFixedS0(), method, Acquisition.bValues("DKI", B), s, null,
            FitOptions.defaults());
        assertEquals(9, r.counts().converged(), r.counts()::toString);
        for (int v = 0; v < 9; v++) {
            assertEquals(d[v % 3], r.map("Dapp")[v], 1e-6 * d[v % 3], "Dapp " + v);
            assertEquals(k[v / 3], r.map("Kapp")[v], 2e-5, "Kapp " + v);
            assertEquals(800, r.s0()[v], 1e-3);
        }
    }

    @Test
    void s0IsTheMeasuredBZeroSignalAndTheRestIsALeastSquaresFitWithoutIntercept() {
        // one voxel with a b = 0 signal off the curve: the free fit moves S0, the fixed fit keeps it
        final float[][] s = {{1100}, {(float) Synthetic.dki(1000, 1e-3, 0.8, 800)}, {(float) Synthetic.dki(1000, 1e-3, 0.8, 1400)},
            {(float) Synthetic.dki(1000, 1e-3, 0.8, 2000)}};
        final FitResult fixed = SignalModelFit.fit(KurtosisDiffusion.withFixedS0(), FitMethod.LLS, Acquisition.bValues("DKI", B),
            s, null, FitOptions.defaults());
        assertEquals(1100, fixed.s0()[0], 1e-3);
        // ln(S/S0) at the three b-values fitted by c1 b + c2 b^2 (normal equations solved by hand)
        double a11 = 0, a12 = 0, a22 = 0, r1 = 0, r2 = 0;
        for (int g = 1; g < 4; g++) {
            final double z = Math.log(s[g][0] / 1100.0);
            final double b = B[g];
            a11 += b * b;
            a12 += b * b * b;
            a22 += b * b * b * b;
            r1 += b * z;
            r2 += b * b * z;
        }
        final double c1 = (r1 * a22 - a12 * r2) / (a11 * a22 - a12 * a12);
        final double c2 = (a11 * r2 - a12 * r1) / (a11 * a22 - a12 * a12);
        assertEquals(-c1, fixed.map("Dapp")[0], 1e-9);
        assertEquals(6 * c2 / (c1 * c1), fixed.map("Kapp")[0], 1e-5);
        final FitResult free = SignalModelFit.fit(new KurtosisDiffusion(), FitMethod.LLS, Acquisition.bValues("DKI", B), s, null,
            FitOptions.defaults());
        assertTrue(Math.abs(free.s0()[0] - 1100) > 1, "the free fit does not keep the b = 0 signal: " + free.s0()[0]);
    }

    @Test
    void needsBZeroAndTwoNonZeroBValuesAndNoNlls() {
        final float[][] two = {{1000}, {500}, {300}};
        final InvalidDataException noZero = assertThrows(InvalidDataException.class, () -> SignalModelFit.fit(
            KurtosisDiffusion.withFixedS0(), FitMethod.LLS, Acquisition.bValues("DKI", new double[] {500, 1000, 1500}), two, null,
            FitOptions.defaults()));
        assertTrue(noZero.getMessage().contains("needs b = 0 images"), noZero.getMessage());
        final InvalidDataException nlls = assertThrows(InvalidDataException.class, () -> SignalModelFit.fit(
            KurtosisDiffusion.withFixedS0(), FitMethod.NLLS, Acquisition.bValues("DKI", B), new float[][] {{1}, {1}, {1}, {1}},
            null, FitOptions.defaults()));
        assertTrue(nlls.getMessage().endsWith("use LLS or WLLS"), nlls.getMessage());
    }
}
