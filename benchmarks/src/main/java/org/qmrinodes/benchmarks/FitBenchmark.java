package org.qmrinodes.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.qmrinodes.core.fit.Acquisition;
import org.qmrinodes.core.fit.FitMethod;
import org.qmrinodes.core.fit.FitOptions;
import org.qmrinodes.core.fit.FitResult;
import org.qmrinodes.core.fit.KurtosisDiffusion;
import org.qmrinodes.core.fit.SignalModelFit;

/**
 * DKI fit of a 384×384×28 volume with b = 0, 800, 1400, 2000 s/mm² (4 128 768 voxels, Shen25's
 * protocol on the Fr24 DWI matrix), by LLS, WLLS and NLLS on all cores. The phantom is a formula
 * of the voxel index (no random generator), so that {@code validation/fit/time_dipy_msdki.py}
 * builds the same data for dipy's MSDKI:
 *
 * <pre>
 * frac(x) = x − ⌊x⌋
 * Dapp = 0.6e-3 + 1.6e-3·frac(0.6180339887498949·i)
 * Kapp = 0.3 + 1.3·frac(0.7548776662466927·i)
 * S0   = 300 + 1500·frac(0.5698402909980532·i)
 * S_k  = S0·exp(−b_k·Dapp + b_k²·Dapp²·Kapp/6)·(1 + 0.02·(frac(0.41421356237309515·i + 0.7320508075688772·k) − 0.5))
 * </pre>
 *
 * Voxels/s = 4 128 768 / (score in s).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class FitBenchmark {

    static final double[] B = {0, 800, 1400, 2000};

    @Param({"LLS", "WLLS", "NLLS"})
    String method;

    @Param({"4128768"})
    int voxels;

    private float[][] signals;

    /** @return the phantom of the class comment */
    static float[][] phantom(final int voxels) {
        final float[][] s = new float[B.length][voxels];
        for (int i = 0; i < voxels; i++) {
            final double d = 0.6e-3 + 1.6e-3 * frac(0.6180339887498949 * i);
            final double k = 0.3 + 1.3 * frac(0.7548776662466927 * i);
            final double s0 = 300 + 1500 * frac(0.5698402909980532 * i);
            for (int j = 0; j < B.length; j++) {
                final double b = B[j];
                final double wobble = 1 + 0.02 * (frac(0.41421356237309515 * i + 0.7320508075688772 * j) - 0.5);
                s[j][i] = (float) (s0 * Math.exp(-b * d + b * b * d * d * k / 6) * wobble);
            }
        }
        return s;
    }

    private static double frac(final double x) {
        return x - Math.floor(x);
    }

    @Setup(Level.Trial)
    public void build() {
        signals = phantom(voxels);
    }

    /** Fits the whole volume. */
    @Benchmark
    public FitResult dki() {
        return SignalModelFit.fit(new KurtosisDiffusion(), FitMethod.valueOf(method), Acquisition.bValues("bench", B),
            signals, null, FitOptions.defaults());
    }
}
