package org.qmrinodes.core.fit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mono-exponential S = S0·exp(−x·R) shared by {@link MonoExponentialDiffusion} (R = ADC, x = b)
 * and {@link MonoExponentialDecay} (R = 1/T2, x = TE). LLS/WLLS fit ln S = ln S0 − x·R; NLLS fits
 * (S0, R) on the signal, started from WLLS.
 */
abstract class ExponentialModel extends SignalModel {

    private final String name;
    private final String parameter;
    private final Bound defaultBound;

    ExponentialModel(final String name, final String parameter, final Bound defaultBound) {
        this.name = name;
        this.parameter = parameter;
        this.defaultBound = defaultBound;
    }

    /** @return the reported parameter for rate R (ADC = R, T2 = 1/R) */
    abstract double fromRate(double rate);

    /** @return the rate for reported value v (the inverse of {@link #fromRate}) */
    abstract double toRate(double value);

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> parameterNames() {
        return List.of(parameter);
    }

    @Override
    public Map<String, Bound> defaultBounds() {
        final Map<String, Bound> b = new LinkedHashMap<>();
        b.put("S0", new Bound(0, Double.POSITIVE_INFINITY));
        b.put(parameter, defaultBound);
        return b;
    }

    @Override
    public int freeParameters() {
        return 2;
    }

    @Override
    boolean supports(final FitMethod method) {
        return true;
    }

    @Override
    VoxelFitter fitter(final Design design, final FitMethod method, final Map<String, Bound> bounds,
        final int maxIterations) {
        final Bound s0 = bounds.get("S0");
        final Bound v = bounds.get(parameter);
        final double r1 = toRate(v.lower());
        final double r2 = toRate(v.upper());
        return new Fitter(design, method, new double[] {s0.lower(), Math.min(r1, r2)},
            new double[] {s0.upper(), Math.max(r1, r2)}, maxIterations);
    }

    /** Fits (S0, R): ln S = ln S0 − x·R. */
    private final class Fitter extends LogPolynomialFitter {

        Fitter(final Design design, final FitMethod method, final double[] lo, final double[] hi,
            final int maxIterations) {
            super(design, method, lo, hi, maxIterations, 1);
        }

        @Override
        void fromCoefficients(final double[] c, final double[] q) {
            q[0] = Math.exp(c[0]);
            q[1] = -c[1];
        }

        @Override
        void report(final double[] q, final double[] out) {
            out[0] = q[0];
            out[1] = fromRate(q[1]);
        }

        @Override
        public double value(final double[] q, final int g, final double[] grad) {
            final double e = Math.exp(-x[g] * q[1]);
            grad[0] = e;
            grad[1] = -x[g] * q[0] * e;
            return q[0] * e;
        }
    }
}
