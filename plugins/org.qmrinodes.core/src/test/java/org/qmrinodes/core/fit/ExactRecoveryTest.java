package org.qmrinodes.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.qmrinodes.core.testing.Tolerance.assertRelative;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Noise-free signals with known parameters: every model and method must recover them to 1e-6
 * relative. The images are float (relative rounding 6e-8); for Kapp, a curvature, that rounding
 * alone moves the estimate by up to 1e-6 absolute (at Kapp = 0.2, Dapp = 0.5e-3), so Kapp has an
 * absolute floor of 1e-6 besides the relative tolerance.
 */
class ExactRecoveryTest {

    private static final double REL = 1e-6;
    private static final double KAPP_FLOOR = 1e-6;
    private static final double[] B = {0, 800, 1400, 2000};
    private static final double[] D = {0.5e-3, 0.9e-3, 1.25e-3, 2.0e-3};
    private static final double[] K = {0.2, 0.95, 1.6};
    private static final double[] S0 = {150, 1000, 3000};

    private static int voxelsOf(final double[]... grids) {
        int n = 1;
        for (final double[] g : grids) {
            n *= g.length;
        }
        return n;
    }

    private static double pick(final double[] grid, final int v, final int stride) {
        return grid[(v / stride) % grid.length];
    }

    private static void assertAllConverged(final FitResult r) {
        assertEquals(r.counts().voxels(), r.counts().converged(), () -> "statuses " + r.counts());
    }

    @ParameterizedTest
    @EnumSource(FitMethod.class)
    void dkiRecoversDappKappS0(final FitMethod method) {
        final int n = voxelsOf(D, K, S0);
        final float[][] s = Synthetic.series(B, n,
            (v, b) -> Synthetic.dki(pick(S0, v, 12), pick(D, v, 1), pick(K, v, 4), b), 0, 0);
        final FitResult r = SignalModelFit.fit(new KurtosisDiffusion(), method, Acquisition.bValues("DKI", B), s, null,
            FitOptions.defaults());
        assertAllConverged(r);
        final float[] dapp = r.map("Dapp");
        final float[] kapp = r.map("Kapp");
        final float[] s0 = r.s0();
        final float[] r2 = r.r2();
        for (int v = 0; v < n; v++) {
            assertRelative(pick(D, v, 1), dapp[v], REL, 0, "Dapp voxel " + v);
            assertRelative(pick(K, v, 4), kapp[v], REL, KAPP_FLOOR, "Kapp voxel " + v);
            assertRelative(pick(S0, v, 12), s0[v], REL, 0, "S0 voxel " + v);
            assertRelative(1, r2[v], 1e-6, 0, "R2 voxel " + v);
        }
    }

    @ParameterizedTest
    @EnumSource(FitMethod.class)
    void dkiAveragesDirectionsOfEqualB(final FitMethod method) {
        // three directions per b > 0 whose arithmetic mean is the model signal
        final double[] b = {0, 800, 800, 800, 1400, 1400, 1400, 2000, 2000, 2000};
        final double[] factor = {1, 0.8, 1.0, 1.2, 0.7, 1.1, 1.2, 1.3, 0.9, 0.8};
        final float[][] s = new float[b.length][1];
        for (int k = 0; k < b.length; k++) {
            s[k][0] = (float) (factor[k] * Synthetic.dki(1000, 1.1e-3, 0.8, b[k]));
        }
        final FitResult r = SignalModelFit.fit(new KurtosisDiffusion(), method, Acquisition.bValues("DKI dirs", b), s,
            null, FitOptions.defaults());
        assertAllConverged(r);
        assertRelative(1.1e-3, r.map("Dapp")[0], REL, 0, "Dapp");
        assertRelative(0.8, r.map("Kapp")[0], REL, 0, "Kapp");
    }

    @ParameterizedTest
    @EnumSource(FitMethod.class)
    void adcMultiBAndTwoPoint(final FitMethod method) {
        final int n = voxelsOf(D, S0);
        final float[][] s = Synthetic.series(B, n, (v, b) -> pick(S0, v, 4) * Math.exp(-b * pick(D, v, 1)), 0, 0);
        final FitResult multi = SignalModelFit.fit(new MonoExponentialDiffusion(), method, Acquisition.bValues("DWI", B),
            s, null, FitOptions.defaults());
        final FitResult clinical = SignalModelFit.fit(new MonoExponentialDiffusion(), method,
            Acquisition.bValues("DWI", B), s, null, FitOptions.defaults().selecting(0, 800));
        assertAllConverged(multi);
        assertAllConverged(clinical);
        for (int v = 0; v < n; v++) {
            assertRelative(pick(D, v, 1), multi.map("ADC")[v], REL, 0, "ADC multi-b voxel " + v);
            assertRelative(pick(D, v, 1), clinical.map("ADC")[v], REL, 0, "ADC b0/800 voxel " + v);
            // the two-point ADC is ln(S0/S800)/800 of the float images
            assertRelative(Math.log((double) s[0][v] / s[1][v]) / 800, clinical.map("ADC")[v], 1e-7, 0, "ADC formula");
        }
    }

    @ParameterizedTest
    @EnumSource(FitMethod.class)
    void t2AndT2Star(final FitMethod method) {
        final double[] te = {13.8, 27.6, 41.4, 55.2, 69.0, 82.8};
        final double[] t2 = {40, 80, 150, 600};
        final float[][] s = Synthetic.series(te, t2.length, (v, x) -> 900 * Math.exp(-x / t2[v]), 0, 0);
        for (final MonoExponentialDecay model : new MonoExponentialDecay[] {MonoExponentialDecay.t2(),
            MonoExponentialDecay.t2Star()}) {
            final FitResult r = SignalModelFit.fit(model, method, Acquisition.echoTimes("ME", te), s, null,
                FitOptions.defaults());
            assertAllConverged(r);
            for (int v = 0; v < t2.length; v++) {
                assertRelative(t2[v], r.map(model.name())[v], REL, 0, model.name() + " voxel " + v);
                assertRelative(900, r.s0()[v], REL, 0, "S0 voxel " + v);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = FitMethod.class, names = {"LLS", "NLLS"})
    void variableFlipAngleWithAndWithoutB1(final FitMethod method) {
        final double tr = 5;
        final double[] fa = {2, 5, 10, 15};
        final double[] t1 = {300, 900, 1900, 3500};
        final float[] kappa = {0.85f, 1f, 1.1f, 1.25f};
        final float[][] nominal = Synthetic.series(fa, t1.length, (v, a) -> Synthetic.ernst(2000, t1[v], tr, a), 0, 0);
        final float[][] actual = Synthetic.series(fa, t1.length,
            (v, a) -> Synthetic.ernst(2000, t1[v], tr, kappa[v] * a), 0, 0);
        final FitResult plain = SignalModelFit.fit(VariableFlipAngle.of(tr), method, Acquisition.flipAngles("VFA", fa),
            nominal, null, FitOptions.defaults());
        final FitResult b1 = SignalModelFit.fit(VariableFlipAngle.withB1Map(tr, kappa), method,
            Acquisition.flipAngles("VFA", fa), actual, null, FitOptions.defaults());
        assertAllConverged(plain);
        assertAllConverged(b1);
        for (int v = 0; v < t1.length; v++) {
            assertRelative(t1[v], plain.map("T1")[v], REL, 0, "T1 voxel " + v);
            assertRelative(2000, plain.s0()[v], REL, 0, "M0 voxel " + v);
            assertRelative(t1[v], b1.map("T1")[v], REL, 0, "B1-corrected T1 voxel " + v);
            assertRelative(2000, b1.s0()[v], REL, 0, "B1-corrected M0 voxel " + v);
        }
    }

    @org.junit.jupiter.api.Test
    void molliWithPolarityRestorationAndLookLocker() {
        final double[] ti = {100, 200, 350, 500, 800};
        final double[] t1 = {400, 900, 1300, 1900, 2200};
        // Look-Locker: A = 500, B = 950 (B/A − 1 = 0.9), T1* = T1 / 0.9; the early TIs are negative
        final float[][] s = Synthetic.series(ti, t1.length,
            (v, x) -> Synthetic.inversionRecovery(500, 950, t1[v] / 0.9, x), 0, 0);
        final FitResult r = SignalModelFit.fit(InversionRecovery.molli(), FitMethod.NLLS,
            Acquisition.inversionTimes("MOLLI", ti), s, null, FitOptions.defaults());
        assertAllConverged(r);
        for (int v = 0; v < t1.length; v++) {
            assertRelative(t1[v], r.map("T1")[v], REL, 0, "T1 voxel " + v);
            assertRelative(t1[v] / 0.9, r.map("T1*")[v], REL, 0, "T1* voxel " + v);
            assertRelative(500, r.s0()[v], REL, 0, "A voxel " + v);
            assertRelative(950, r.map("B")[v], REL, 0, "B voxel " + v);
        }
        final FitResult plain = SignalModelFit.fit(InversionRecovery.plain(), FitMethod.NLLS,
            Acquisition.inversionTimes("IR", ti), s, null, FitOptions.defaults());
        assertAllConverged(plain);
        for (int v = 0; v < t1.length; v++) {
            assertRelative(t1[v] / 0.9, plain.map("T1")[v], REL, 0, "uncorrected T1 voxel " + v);
        }
    }
}
