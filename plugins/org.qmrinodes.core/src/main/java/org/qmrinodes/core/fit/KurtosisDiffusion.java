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
 *
 * <p><b>Fixed S0</b> ({@link #withFixedS0()}): S0 is the measured (averaged) b = 0 signal and
 * ln(S/S0) = −b·Dapp + b²·Dapp²·Kapp/6 is fitted over the b &gt; 0 values, a least-squares fit of
 * c1·b + c2·b² without intercept (weights n, or n·S² for WLLS); Dapp = −c1, Kapp = 6·c2/c1². It
 * needs b = 0 images and at least two non-zero b-values; NLLS is not offered.
 */
public final class KurtosisDiffusion extends SignalModel {

    private final boolean fixedS0;

    /** Creates the model with S0 as a free parameter. */
    public KurtosisDiffusion() {
        this(false);
    }

    private KurtosisDiffusion(final boolean fixedS0) {
        this.fixedS0 = fixedS0;
    }

    /** @return the model with S0 fixed to the measured b = 0 signal */
    public static KurtosisDiffusion withFixedS0() {
        return new KurtosisDiffusion(true);
    }

    /** @return whether S0 is fixed to the measured b = 0 signal */
    public boolean fixedS0() {
        return fixedS0;
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
        return !fixedS0 || method != FitMethod.NLLS;
    }

    @Override
    List<String> conventions(final FitMethod method) {
        return List.of("Dapp in mm^2/s for b in s/mm^2 (multiply by 1000 for 10^-3 mm^2/s); Kapp unitless",
            fixedS0 ? "S0 fixed to the measured (averaged) b = 0 signal" : "S0 is a free parameter (not fixed to the measured b = 0 signal)");
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
        return fixedS0 ? new FixedS0Fitter(design, method, lo, hi) : new Fitter(design, method, lo, hi, maxIterations);
    }

    /** Fits (Dapp, Kapp) with S0 the b = 0 signal: ln(S/S0) = c1·b + c2·b², no intercept. */
    private static final class FixedS0Fitter extends VoxelFitter {

        private final double[] b;
        private final double[] counts;
        private final boolean weighted;
        private final double[] lo;
        private final double[] hi;
        private final int zero;
        private final double[] q = new double[3];

        FixedS0Fitter(final Design design, final FitMethod method, final double[] lo, final double[] hi) {
            b = design.values;
            counts = design.counts;
            weighted = method == FitMethod.WLLS;
            this.lo = lo;
            this.hi = hi;
            zero = b.length > 0 && b[0] == 0 ? 0 : -1;
            if (zero < 0 || b.length < 3) {
                throw new org.qmrinodes.core.data.InvalidDataException("DKI with fixed S0 needs b = 0 images and at least"
                    + " two non-zero b-values; the fit has " + java.util.Arrays.toString(b));
            }
        }

        @Override
        VoxelStatus fit(final double[] y, final int voxel, final double[] out) {
            final double s0 = y[zero];
            double a11 = 0;
            double a12 = 0;
            double a22 = 0;
            double r1 = 0;
            double r2 = 0;
            for (int g = 0; g < b.length; g++) {
                if (g == zero) {
                    continue;
                }
                final double w = weighted ? counts[g] * y[g] * y[g] : counts[g];
                final double z = Math.log(y[g] / s0);
                final double bb = b[g] * b[g];
                a11 += w * bb;
                a12 += w * bb * b[g];
                a22 += w * bb * bb;
                r1 += w * b[g] * z;
                r2 += w * bb * z;
            }
            final double det = a11 * a22 - a12 * a12;
            final double c1 = (r1 * a22 - a12 * r2) / det;
            final double c2 = (a11 * r2 - a12 * r1) / det;
            q[0] = s0;
            q[1] = -c1;
            q[2] = 6 * c2 / (c1 * c1);
            final VoxelStatus status = Double.isFinite(det) && det != 0 ? clamp(q, lo, hi) : VoxelStatus.FAILED;
            System.arraycopy(q, 0, out, 0, 3);
            return status;
        }

        @Override
        double predicted(final int g) {
            return q[0] * Math.exp(-b[g] * q[1] + b[g] * b[g] * q[1] * q[1] * q[2] / 6);
        }
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
