package org.qmrinodes.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.testing.CsvTable;

/**
 * Bias and SD of every model and method under Rician noise at SNR 20, 50 and 100, written to
 * {@code validation/fit/noise_bias_sd.csv}. SNR = S<sub>max</sub>/σ, S<sub>max</sub> the largest
 * noise-free signal of the series (b = 0, first echo, …); 4000 voxels with the same truth per row,
 * fixed seeds. Statistics over the voxels with an estimate (status CONVERGED or HIT_BOUND); the
 * counts of bound hits and failures are columns.
 *
 * <p>The test recomputes the table and compares it with the committed file (1e-4 relative, so a
 * different JIT's last-bit differences in exp/log do not matter); run with
 * {@code -Dqmri.regenerate=true} to rewrite the file after an intended change.
 */
class NoiseBiasSdTest {

    private static final int VOXELS = 4000;
    private static final double[] SNR = {20, 50, 100};
    private static final Path FILE = CsvTable.validationDir().resolve("fit/noise_bias_sd.csv");
    private static final String HEADER = "model,method,parameter,truth,snr,voxels,estimated,hit_bound,failed,mean,bias,"
        + "relative_bias,sd,relative_sd";

    /** One series design with its truth. */
    private record Case(String label, SignalModel model, Acquisition acquisition, FitOptions options,
        DoubleUnaryOperator signal, String[] parameters, double[] truth, FitMethod... methods) {
    }

    private static List<Case> cases() {
        final double[] b = {0, 800, 1400, 2000};
        final double[] te2 = {13.8, 27.6, 41.4, 55.2, 69.0, 82.8, 96.6, 110.4};
        final double[] te2s = {3.54, 7.08, 10.62, 14.16, 17.7, 21.24, 24.78, 28.32};
        final double[] ti = {100, 200, 350, 500, 800};
        final double[] fa = {2, 5, 10, 15};
        final FitOptions d = FitOptions.defaults();
        final FitMethod[] all = FitMethod.values();
        return List.of(
            new Case("ADC b0/800", new MonoExponentialDiffusion(), Acquisition.bValues("dwi", b), d.selecting(0, 800),
                x -> 1000 * Math.exp(-x * 1.2e-3), new String[] {"S0", "ADC"}, new double[] {1000, 1.2e-3},
                FitMethod.LLS),
            new Case("ADC multi-b", new MonoExponentialDiffusion(), Acquisition.bValues("dwi", b), d,
                x -> 1000 * Math.exp(-x * 1.2e-3), new String[] {"S0", "ADC"}, new double[] {1000, 1.2e-3}, all),
            new Case("DKI", new KurtosisDiffusion(), Acquisition.bValues("dwi", b), d,
                x -> Synthetic.dki(1000, 1.25e-3, 0.95, x), new String[] {"S0", "Dapp", "Kapp"},
                new double[] {1000, 1.25e-3, 0.95}, all),
            new Case("T2", MonoExponentialDecay.t2(), Acquisition.echoTimes("t2", te2), d,
                x -> 1000 * Math.exp(-x / 80), new String[] {"S0", "T2"}, new double[] {1000, 80}, all),
            new Case("T2*", MonoExponentialDecay.t2Star(), Acquisition.echoTimes("t2s", te2s), d,
                x -> 1000 * Math.exp(-x / 30), new String[] {"S0", "T2*"}, new double[] {1000, 30}, all),
            new Case("T1 MOLLI", InversionRecovery.molli(), Acquisition.inversionTimes("molli", ti), d,
                x -> Synthetic.inversionRecovery(500, 950, 1900 / 0.9, x), new String[] {"S0", "T1", "T1*", "B"},
                new double[] {500, 1900, 1900 / 0.9, 950}, FitMethod.NLLS),
            new Case("T1 VFA", VariableFlipAngle.of(5), Acquisition.flipAngles("vfa", fa), d,
                x -> Synthetic.ernst(2000, 1900, 5, x), new String[] {"S0", "T1"}, new double[] {2000, 1900},
                FitMethod.LLS, FitMethod.NLLS));
    }

    static List<String> table() {
        final List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        long seed = 1;
        for (final Case c : cases()) {
            final double[] x = c.acquisition.values();
            double smax = 0;
            for (final double xi : x) {
                smax = Math.max(smax, c.signal.applyAsDouble(xi));
            }
            for (final double snr : SNR) {
                final float[][] s = Synthetic.series(x, VOXELS, (v, xi) -> c.signal.applyAsDouble(xi), smax / snr,
                    seed++);
                for (final FitMethod method : c.methods) {
                    final FitResult r = SignalModelFit.fit(c.model, method, c.acquisition, s, null, c.options);
                    for (int p = 0; p < c.parameters.length; p++) {
                        final float[] map = p == 0 ? r.s0() : r.map(c.parameters[p]);
                        lines.add(row(c, method, p, snr, r, map));
                    }
                }
            }
        }
        return lines;
    }

    private static String row(final Case c, final FitMethod method, final int p, final double snr, final FitResult r,
        final float[] map) {
        int n = 0;
        double mean = 0;
        double m2 = 0;
        for (int v = 0; v < map.length; v++) {
            final VoxelStatus st = r.status(v);
            if (st == VoxelStatus.CONVERGED || st == VoxelStatus.HIT_BOUND) {
                n++;
                final double d = map[v] - mean;
                mean += d / n;
                m2 += d * (map[v] - mean);
            }
        }
        final double truth = c.truth[p];
        final double sd = Math.sqrt(m2 / (n - 1));
        return String.format(Locale.ROOT, "%s,%s,%s,%.6g,%.0f,%d,%d,%d,%d,%.6g,%.6g,%.6g,%.6g,%.6g", c.label, method,
            c.parameters[p], truth, snr, map.length, n, r.counts().hitBound(), r.counts().failed(), mean, mean - truth,
            (mean - truth) / truth, sd, sd / truth);
    }

    @Test
    void committedTableIsCurrentAndPlausible() throws IOException {
        final List<String> fresh = table();
        if (Boolean.getBoolean("qmri.regenerate")) {
            Files.write(FILE, fresh, StandardCharsets.UTF_8);
        }
        final List<String> committed = Files.readAllLines(FILE, StandardCharsets.UTF_8);
        assertEquals(fresh.size(), committed.size(), "rows of " + FILE + " (regenerate with -Dqmri.regenerate=true)");
        for (int i = 0; i < fresh.size(); i++) {
            final String[] a = fresh.get(i).split(",");
            final String[] b = committed.get(i).split(",");
            for (int j = 0; j < a.length; j++) {
                if (a[j].equals(b[j])) {
                    continue;
                }
                final double x = Double.parseDouble(a[j]);
                final double y = Double.parseDouble(b[j]);
                assertTrue(Math.abs(x - y) <= 1e-4 * Math.abs(y) + 1e-12, "row " + i + " column " + j + ": " + x
                    + " vs committed " + y);
            }
        }
        // plausibility: the spread shrinks with SNR; ADC and Dapp are nearly unbiased at SNR 100
        final CsvTable t = CsvTable.read(FILE);
        for (int i = 0; i < t.size(); i++) {
            if (t.number(i, "snr") == 100) {
                final String key = t.text(i, "model") + t.text(i, "method") + t.text(i, "parameter");
                for (int j = 0; j < t.size(); j++) {
                    if (t.number(j, "snr") == 20
                        && key.equals(t.text(j, "model") + t.text(j, "method") + t.text(j, "parameter"))) {
                        assertTrue(t.number(j, "sd") > t.number(i, "sd"), key);
                    }
                }
                if (t.text(i, "parameter").equals("ADC") || t.text(i, "parameter").equals("Dapp")) {
                    assertTrue(Math.abs(t.number(i, "relative_bias")) < 0.01, key + " bias " + t.number(i,
                        "relative_bias"));
                }
            }
        }
    }
}
