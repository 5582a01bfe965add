package org.qmrinodes.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.qmrinodes.core.testing.Tolerance.assertRelative;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.testing.CsvTable;

/**
 * Agreement of the WLLS DKI fit with dipy 1.6 {@code dipy.reconst.msdki.MeanDiffusionKurtosisModel}
 * on the 2000 synthetic voxels of {@code validation/fit/make_msdki_golden.py} (b = 0 ×2, three
 * directions at each of 800, 1400, 2000 s/mm²; noise-free and Rician SNR 100/50/20). dipy's MSD and
 * MSK are Dapp and Kapp; both solve the same WLLS (weights n·S²) on the powder-averaged signal.
 * The bounds are opened so that implausible noisy estimates (Kapp &lt; 0) are compared too.
 */
class DipyMsdkiAgreementTest {

    /** Relative agreement of the double estimates (both sides start from the same float images). */
    static final double REL = 1e-9;
    /** Absolute floor for Kapp values near 0. */
    static final double KAPP_ABS = 1e-10;
    /** Relative rounding of a float map. */
    static final double FLOAT = 0x1p-24;

    private static final Path DIR = CsvTable.validationDir().resolve("fit/golden");
    private static final double INF = Double.POSITIVE_INFINITY;

    private record Data(double[] b, float[][] s, CsvTable ref, int n) {
    }

    private static Data read() {
        final CsvTable acq = CsvTable.read(DIR.resolve("msdki_acquisition.csv"));
        final CsvTable sig = CsvTable.read(DIR.resolve("msdki_signals.csv.gz"));
        final CsvTable ref = CsvTable.read(DIR.resolve("msdki_dipy.csv"));
        final double[] b = new double[acq.size()];
        for (int k = 0; k < b.length; k++) {
            b[k] = acq.number(k, "bval");
        }
        final int n = sig.size();
        assertEquals(n, ref.size());
        final float[][] s = new float[b.length][n];
        for (int v = 0; v < n; v++) {
            for (int k = 0; k < b.length; k++) {
                s[k][v] = Float.parseFloat(sig.text(v, "s" + k));
            }
        }
        return new Data(b, s, ref, n);
    }

    @Test
    void wllsMapsMatchDipyToFloatRounding() {
        final Data d = read();
        final FitResult r = SignalModelFit.fit(new KurtosisDiffusion(), FitMethod.WLLS,
            Acquisition.bValues("msdki", d.b), d.s, null,
            FitOptions.defaults().withBound("Dapp", -INF, INF).withBound("Kapp", -INF, INF));
        assertEquals(d.n, r.counts().converged(), r.counts().toString());
        final float[] dapp = r.map("Dapp");
        final float[] kapp = r.map("Kapp");
        final float[] s0 = r.s0();
        for (int v = 0; v < d.n; v++) {
            assertRelative(d.ref.number(v, "msd"), dapp[v], FLOAT + REL, 0, "Dapp voxel " + v);
            assertRelative(d.ref.number(v, "msk"), kapp[v], FLOAT + REL, KAPP_ABS, "Kapp voxel " + v);
            assertRelative(d.ref.number(v, "s0_hat"), s0[v], FLOAT + REL, 0, "S0 voxel " + v);
        }
    }

    /** The same per-voxel WLLS before the maps are rounded to float. */
    @Test
    void doubleEstimatesMatchDipyTo1e9() {
        final Data d = read();
        final Design design = Design.of(Acquisition.bValues("msdki", d.b), null);
        final VoxelFitter fitter = new KurtosisDiffusion().fitter(design, FitMethod.WLLS,
            Map.of("S0", new Bound(0, INF), "Dapp", new Bound(-INF, INF), "Kapp", new Bound(-INF, INF)), 100);
        final double[] y = new double[design.size()];
        final double[] out = new double[3];
        double worst = 0;
        for (int v = 0; v < d.n; v++) {
            Arrays.fill(y, 0);
            for (int k = 0; k < d.b.length; k++) {
                final int g = design.groupOf[k];
                y[g] += d.s[k][v] / design.counts[g];
            }
            assertEquals(VoxelStatus.CONVERGED, fitter.fit(y, v, out));
            assertRelative(d.ref.number(v, "msd"), out[1], REL, 0, "Dapp voxel " + v);
            assertRelative(d.ref.number(v, "msk"), out[2], REL, KAPP_ABS, "Kapp voxel " + v);
            assertRelative(d.ref.number(v, "s0_hat"), out[0], REL, 0, "S0 voxel " + v);
            worst = Math.max(worst, Math.abs(out[1] / d.ref.number(v, "msd") - 1));
            worst = Math.max(worst, Math.abs(out[2] - d.ref.number(v, "msk")) / Math.max(1, Math.abs(out[2])));
        }
        System.out.println("largest Dapp/Kapp difference to dipy: " + worst);
    }
}
