package org.qmrinodes.core.fit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qmrinodes.core.data.InvalidDataException;

/**
 * T1 by variable flip angle (DESPOT1; Deoni et al., MRM 2003; QIMS26 description A) from the
 * spoiled gradient-echo (Ernst) signal
 *
 * <pre>S(α) = M0 · sin α · (1 − E1) / (1 − E1 · cos α),   E1 = exp(−TR / T1)</pre>
 *
 * and its linearised form S/sin α = E1 · S/tan α + M0 · (1 − E1): LLS fits that straight line
 * (slope E1, T1 = −TR / ln E1); NLLS fits (M0, T1) on the signal from the LLS start. WLLS does not
 * apply. With a B1 map the actual flip angle is α = κ · α<sub>nominal</sub>, κ the relative B1 of
 * the voxel (1 = nominal); a voxel whose κ is not a positive number is flagged {@link
 * VoxelStatus#INVALID_SIGNAL}.
 *
 * <p>TR and T1 in ms, flip angles in degrees. Outputs: S0 = M0, map T1. Default bounds: M0 ≥ 0,
 * T1 in [10, 6000] ms.
 */
public final class VariableFlipAngle extends SignalModel {

    private final double tr;
    private final float[] b1;

    private VariableFlipAngle(final double tr, final float[] b1) {
        if (!(tr > 0) || Double.isInfinite(tr)) {
            throw new InvalidDataException("variable flip angle T1 needs a positive repetition time TR, got " + tr);
        }
        this.tr = tr;
        this.b1 = b1 == null ? null : b1.clone();
    }

    /**
     * @param tr repetition time in ms
     * @return the model without B1 correction
     */
    public static VariableFlipAngle of(final double tr) {
        return new VariableFlipAngle(tr, null);
    }

    /**
     * @param tr repetition time in ms
     * @param relativeB1 κ per voxel (actual / nominal flip angle), same length as the signal arrays
     * @return the model with B1 correction
     */
    public static VariableFlipAngle withB1Map(final double tr, final float[] relativeB1) {
        if (relativeB1 == null) {
            throw new InvalidDataException("B1 correction needs a B1 map");
        }
        return new VariableFlipAngle(tr, relativeB1);
    }

    /** @return TR in ms */
    public double repetitionTime() {
        return tr;
    }

    @Override
    public String name() {
        return "T1 (VFA)";
    }

    @Override
    public String formula() {
        return "S(a) = M0 * sin(a) * (1 - E1) / (1 - E1 * cos(a)), E1 = exp(-TR / T1)"
            + (b1 == null ? "" : ", a = B1 * a_nominal");
    }

    @Override
    public Acquisition.Quantity quantity() {
        return Acquisition.Quantity.FLIP_ANGLE;
    }

    @Override
    public List<String> parameterNames() {
        return List.of("T1");
    }

    @Override
    public Map<String, Bound> defaultBounds() {
        final Map<String, Bound> b = new LinkedHashMap<>();
        b.put("S0", new Bound(0, Double.POSITIVE_INFINITY));
        b.put("T1", new Bound(10, 6000));
        return b;
    }

    @Override
    public int freeParameters() {
        return 2;
    }

    @Override
    boolean supports(final FitMethod method) {
        return method != FitMethod.WLLS;
    }

    @Override
    void checkVoxels(final int voxels, final String series) {
        if (b1 != null && b1.length != voxels) {
            throw new InvalidDataException("B1 map has " + b1.length + " voxels but series '" + series + "' has "
                + voxels);
        }
    }

    @Override
    List<String> conventions(final FitMethod method) {
        return List.of("T1 in ms for TR in ms (TR = " + tr + "); S0 is M0",
            b1 == null ? "no B1 correction" : "flip angles scaled by the relative B1 map per voxel");
    }

    @Override
    VoxelFitter fitter(final Design design, final FitMethod method, final Map<String, Bound> bounds,
        final int maxIterations) {
        return new Fitter(design, method, new double[] {bounds.get("S0").lower(), bounds.get("T1").lower()},
            new double[] {bounds.get("S0").upper(), bounds.get("T1").upper()}, maxIterations);
    }

    /** Fits (M0, T1). */
    private final class Fitter extends VoxelFitter implements LevenbergMarquardt.Model {

        private final double[] nominal;
        private final double[] counts;
        private final FitMethod method;
        private final double[] lo;
        private final double[] hi;
        private final int maxIterations;
        private final PolynomialLeastSquares line = new PolynomialLeastSquares(1);
        private final LevenbergMarquardt lm = new LevenbergMarquardt(2);
        private final double[] sin;
        private final double[] cos;
        private final double[] lx;
        private final double[] ly;
        private final double[] coef = new double[2];
        private final double[] p = new double[2];
        private final double[] grad = new double[2];

        Fitter(final Design design, final FitMethod method, final double[] lo, final double[] hi,
            final int maxIterations) {
            nominal = design.values;
            counts = design.counts;
            this.method = method;
            this.lo = lo;
            this.hi = hi;
            this.maxIterations = maxIterations;
            final int n = nominal.length;
            sin = new double[n];
            cos = new double[n];
            lx = new double[n];
            ly = new double[n];
            if (b1 == null) {
                angles(1);
            }
        }

        private void angles(final double kappa) {
            for (int g = 0; g < nominal.length; g++) {
                final double a = Math.toRadians(kappa * nominal[g]);
                sin[g] = Math.sin(a);
                cos[g] = Math.cos(a);
            }
        }

        @Override
        VoxelStatus fit(final double[] y, final int voxel, final double[] out) {
            if (b1 != null) {
                final double kappa = b1[voxel];
                if (!(kappa > 0) || Double.isInfinite(kappa)) {
                    return VoxelStatus.INVALID_SIGNAL;
                }
                angles(kappa);
            }
            final int n = nominal.length;
            for (int g = 0; g < n; g++) {
                ly[g] = y[g] / sin[g];
                lx[g] = ly[g] * cos[g];
            }
            if (!line.fit(lx, ly, counts, n, coef)) {
                return VoxelStatus.FAILED;
            }
            final double e1 = coef[1];
            if (Double.isNaN(e1)) {
                return VoxelStatus.FAILED;
            }
            final double t1 = e1 >= 1 ? Double.POSITIVE_INFINITY : e1 <= 0 ? 0 : -tr / Math.log(e1);
            p[1] = Math.max(lo[1], Math.min(hi[1], t1));
            p[0] = coef[0] / (1 - Math.exp(-tr / p[1]));
            VoxelStatus status = clamp(p, lo, hi);
            if (method == FitMethod.NLLS && status != VoxelStatus.FAILED) {
                moveInside(p, lo, hi);
                status = afterIteration(lm.minimize(this, y, counts, n, p, lo, hi, maxIterations), p, lo, hi);
            }
            out[0] = p[0];
            out[1] = p[1];
            return status;
        }

        @Override
        public double value(final double[] q, final int g, final double[] gr) {
            final double e1 = Math.exp(-tr / q[1]);
            final double d = 1 - e1 * cos[g];
            final double shape = sin[g] * (1 - e1) / d;
            gr[0] = shape;
            gr[1] = q[0] * sin[g] * (cos[g] - 1) / (d * d) * e1 * tr / (q[1] * q[1]);
            return q[0] * shape;
        }

        @Override
        double predicted(final int g) {
            return value(p, g, grad);
        }
    }
}
