package org.qmrinodes.core.fit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Apparent diffusion kurtosis (Jensen et al., MRM 2005; Shen25 §3.2):
 *
 * <pre>S(b) = S0 · exp(−b·Dapp + b²·Dapp²·Kapp / 6)</pre>
 *
 * with b in s/mm², Dapp in mm²/s and Kapp unitless, fitted on all b-values (0, 800, 1400, 2000 in
 * Shen25). When a series holds several diffusion directions per b-value, their signals are averaged
 * first (powder average) and the mean enters with weight n (the number of directions); this is
 * dipy's mean-signal DKI ({@code dipy.reconst.msdki}), whose MSD and MSK are Dapp and Kapp.
 *
 * <p>LLS/WLLS fit the quadratic ln S = c0 + c1·b + c2·b², so Dapp = −c1 and Kapp = 6·c2/c1²; WLLS
 * with weights n·S² is exactly dipy's {@code wls_fit_msdki}. NLLS refines (S0, Dapp, Kapp) on the
 * signal from the WLLS start. Default bounds: S0 ≥ 0, 0 ≤ Dapp ≤ 0.01 mm²/s, 0 ≤ Kapp ≤ 3.
 */
public final class KurtosisDiffusion extends SignalModel {

    /** Creates the model. */
    public KurtosisDiffusion() {
        // no settings
    }

    @Override
    public String name() {
        return "DKI";
    }

    @Override
    public String formula() {
        return "S(b) = S0 * exp(-b * Dapp + b^2 * Dapp^2 * Kapp / 6)";
    }

    @Override
    public Acquisition.Quantity quantity() {
        return Acquisition.Quantity.B_VALUE;
    }

    @Override
    public List<String> parameterNames() {
        return List.of("Dapp", "Kapp");
    }

    @Override
    public Map<String, Bound> defaultBounds() {
        final Map<String, Bound> b = new LinkedHashMap<>();
        b.put("S0", new Bound(0, Double.POSITIVE_INFINITY));
        b.put("Dapp", new Bound(0, 0.01));
        b.put("Kapp", new Bound(0, 3));
        return b;
    }

    @Override
    public int freeParameters() {
        return 3;
    }

    @Override
    boolean supports(final FitMethod method) {
        return true;
    }

    @Override
    List<String> conventions(final FitMethod method) {
        return List.of("Dapp in mm^2/s for b in s/mm^2 (multiply by 1000 for 10^-3 mm^2/s); Kapp unitless",
            "S0 is a free parameter (not fixed to the measured b = 0 signal)");
    }

    @Override
    VoxelFitter fitter(final Design design, final FitMethod method, final Map<String, Bound> bounds,
        final int maxIterations) {
        final double[] lo = new double[3];
        final double[] hi = new double[3];
        int i = 0;
        for (final String name : List.of("S0", "Dapp", "Kapp")) {
            lo[i] = bounds.get(name).lower();
            hi[i++] = bounds.get(name).upper();
        }
        return new Fitter(design, method, lo, hi, maxIterations);
    }

    /** Fits (S0, Dapp, Kapp): ln S = ln S0 − b·Dapp + b²·Dapp²·Kapp/6. */
    private static final class Fitter extends LogPolynomialFitter {

        Fitter(final Design design, final FitMethod method, final double[] lo, final double[] hi,
            final int maxIterations) {
            super(design, method, lo, hi, maxIterations, 2);
        }

        @Override
        void fromCoefficients(final double[] c, final double[] q) {
            q[0] = Math.exp(c[0]);
            q[1] = -c[1];
            q[2] = 6 * c[2] / (c[1] * c[1]);
        }

        @Override
        void report(final double[] q, final double[] out) {
            System.arraycopy(q, 0, out, 0, 3);
        }

        @Override
        public double value(final double[] q, final int g, final double[] grad) {
            final double b = x[g];
            final double e = Math.exp(-b * q[1] + b * b * q[1] * q[1] * q[2] / 6);
            final double f = q[0] * e;
            grad[0] = e;
            grad[1] = f * (-b + b * b * q[1] * q[2] / 3);
            grad[2] = f * b * b * q[1] * q[1] / 6;
            return f;
        }
    }
}
