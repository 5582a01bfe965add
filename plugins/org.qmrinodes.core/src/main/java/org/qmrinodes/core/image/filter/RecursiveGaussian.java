package org.qmrinodes.core.image.filter;

/**
 * Convolution with a Gaussian or its second derivative along one axis by Deriche's fourth-order
 * recursive approximation (R. Deriche, "Recursively implementing the Gaussian and its derivatives",
 * INRIA RR-1893, 1993), with the coefficients, the normalisation and the boundary treatment of ITK's
 * {@code RecursiveGaussianImageFilter}: the causal pass y⁺[n] = Σ<sub>i=0..3</sub> N<sub>i</sub>x[n−i] −
 * Σ<sub>i=1..4</sub> D<sub>i</sub>y⁺[n−i] and the anti-causal pass y⁻[n] = Σ<sub>i=1..4</sub> M<sub>i</sub>x[n+i] −
 * Σ<sub>i=1..4</sub> D<sub>i</sub>y⁻[n+i], summed; the signal is taken as constant beyond both ends (its
 * first and last value), the recursions being started with the steady-state response to that constant.
 * The zero-order coefficients are scaled to unit DC gain, the second-order ones to a unit response to
 * x², times σ² when normalised across scale (Lindeberg's γ = 1). Needs at least 4 voxels along the axis.
 */
public final class RecursiveGaussian {

    /** Which kernel: the Gaussian or its second derivative. */
    public enum Order {
        /** The Gaussian G. */
        ZERO,
        /** Its second derivative ∂²G/∂x². */
        SECOND
    }

    private static final double W1 = 0.6681;
    private static final double L1 = -1.3932;
    private static final double W2 = 2.0787;
    private static final double L2 = -1.3732;
    private static final double[] A1 = {1.3530, -0.6724, -1.3563};
    private static final double[] B1 = {1.8151, -3.4327, 5.2318};
    private static final double[] A2 = {-0.3531, 0.6724, 0.3446};
    private static final double[] B2 = {0.0902, 0.6100, -2.2355};

    private final double n0;
    private final double n1;
    private final double n2;
    private final double n3;
    private final double d1;
    private final double d2;
    private final double d3;
    private final double d4;
    private final double m1;
    private final double m2;
    private final double m3;
    private final double m4;
    private final double bn1;
    private final double bn2;
    private final double bn3;
    private final double bn4;
    private final double bm1;
    private final double bm2;
    private final double bm3;
    private final double bm4;

    /**
     * @param order the kernel
     * @param sigma the Gaussian's standard deviation in mm (positive)
     * @param spacing the voxel spacing along the axis in mm (positive)
     * @param normalizeAcrossScale multiply the second derivative by σ² (ITK's {@code NormalizeAcrossScale})
     */
    public RecursiveGaussian(final Order order, final double sigma, final double spacing,
        final boolean normalizeAcrossScale) {
        if (!(sigma > 0) || !(spacing > 1e-8) || Double.isInfinite(sigma) || Double.isInfinite(spacing)) {
            throw new IllegalArgumentException("the recursive Gaussian needs a positive sigma and spacing, got sigma "
                + sigma + " mm, spacing " + spacing + " mm");
        }
        final double s = sigma / spacing;
        final double cos1 = Math.cos(W1 / s);
        final double cos2 = Math.cos(W2 / s);
        final double exp1 = Math.exp(L1 / s);
        final double exp2 = Math.exp(L2 / s);
        d4 = exp1 * exp1 * exp2 * exp2;
        d3 = -2 * cos1 * exp1 * exp2 * exp2 + -2 * cos2 * exp2 * exp1 * exp1;
        d2 = 4 * cos2 * cos1 * exp1 * exp2 + (exp1 * exp1 + exp2 * exp2);
        d1 = -2 * (exp2 * cos2 + exp1 * cos1);
        final double sd = 1.0 + d1 + d2 + d3 + d4;
        final double dd = d1 + 2 * d2 + 3 * d3 + 4 * d4;
        final double ed = d1 + 4 * d2 + 9 * d3 + 16 * d4;
        final double[] n;
        if (order == Order.ZERO) {
            final double[] c = numerator(s, 0);
            final double alpha0 = 2 * c[4] / sd - c[0];
            final double gain = 1.0 / alpha0;
            n = new double[] {c[0] * gain, c[1] * gain, c[2] * gain, c[3] * gain};
        } else {
            final double scale = normalizeAcrossScale ? sigma * sigma : 1.0;
            final double[] c0 = numerator(s, 0);
            final double[] c2 = numerator(s, 2);
            final double beta = -(2 * c2[4] - sd * c2[0]) / (2 * c0[4] - sd * c0[0]);
            final double[] c = new double[7];
            for (int i = 0; i < 7; i++) {
                c[i] = c2[i] + beta * c0[i];
            }
            final double alpha2 = (c[6] * sd * sd - ed * c[4] * sd - 2 * c[5] * dd * sd + 2 * dd * dd * c[4])
                / (sd * sd * sd);
            n = new double[] {c[0] * (scale / alpha2), c[1] * (scale / alpha2), c[2] * (scale / alpha2),
                c[3] * (scale / alpha2)};
        }
        n0 = n[0];
        n1 = n[1];
        n2 = n[2];
        n3 = n[3];
        m1 = n1 - d1 * n0;
        m2 = n2 - d2 * n0;
        m3 = n3 - d3 * n0;
        m4 = -d4 * n0;
        final double sn = n0 + n1 + n2 + n3;
        final double sm = m1 + m2 + m3 + m4;
        bn1 = d1 * sn / sd;
        bn2 = d2 * sn / sd;
        bn3 = d3 * sn / sd;
        bn4 = d4 * sn / sd;
        bm1 = d1 * sm / sd;
        bm2 = d2 * sm / sd;
        bm3 = d3 * sm / sd;
        bm4 = d4 * sm / sd;
    }

    /**
     * The causal numerator of the kernel's two damped cosines, Deriche's N<sub>0..3</sub>, and its sums
     * weighted by 1, n and n² (S, D, E).
     */
    private static double[] numerator(final double s, final int kernel) {
        final double a1 = A1[kernel];
        final double b1 = B1[kernel];
        final double a2 = A2[kernel];
        final double b2 = B2[kernel];
        final double sin1 = Math.sin(W1 / s);
        final double sin2 = Math.sin(W2 / s);
        final double cos1 = Math.cos(W1 / s);
        final double cos2 = Math.cos(W2 / s);
        final double exp1 = Math.exp(L1 / s);
        final double exp2 = Math.exp(L2 / s);
        final double c0 = a1 + a2;
        double c1 = exp2 * (b2 * sin2 - (a2 + 2 * a1) * cos2);
        c1 += exp1 * (b1 * sin1 - (a1 + 2 * a2) * cos1);
        double c2 = (a1 + a2) * cos2 * cos1;
        c2 -= b1 * cos2 * sin1 + b2 * cos1 * sin2;
        c2 *= 2 * exp1 * exp2;
        c2 += a2 * exp1 * exp1 + a1 * exp2 * exp2;
        double c3 = exp2 * exp1 * exp1 * (b2 * sin2 - a2 * cos2);
        c3 += exp1 * exp2 * exp2 * (b1 * sin1 - a1 * cos1);
        return new double[] {c0, c1, c2, c3, c0 + c1 + c2 + c3, c1 + 2 * c2 + 3 * c3, c1 + 4 * c2 + 9 * c3};
    }

    /**
     * @param data the line (at least 4 values)
     * @param out receives the filtered line
     * @param scratch working space of the line's length
     */
    void filterLine(final double[] data, final double[] out, final double[] scratch) {
        final int ln = data.length;
        final double first = data[0];
        out[0] = first * n0 + first * n1 + first * n2 + first * n3;
        out[1] = data[1] * n0 + first * n1 + first * n2 + first * n3;
        out[2] = data[2] * n0 + data[1] * n1 + first * n2 + first * n3;
        out[3] = data[3] * n0 + data[2] * n1 + data[1] * n2 + first * n3;
        out[0] -= first * bn1 + first * bn2 + first * bn3 + first * bn4;
        out[1] -= out[0] * d1 + first * bn2 + first * bn3 + first * bn4;
        out[2] -= out[1] * d1 + out[0] * d2 + first * bn3 + first * bn4;
        out[3] -= out[2] * d1 + out[1] * d2 + out[0] * d3 + first * bn4;
        for (int i = 4; i < ln; i++) {
            out[i] = data[i] * n0 + data[i - 1] * n1 + data[i - 2] * n2 + data[i - 3] * n3;
            out[i] -= out[i - 1] * d1 + out[i - 2] * d2 + out[i - 3] * d3 + out[i - 4] * d4;
        }
        final double last = data[ln - 1];
        final double[] y = scratch;
        y[ln - 1] = last * m1 + last * m2 + last * m3 + last * m4;
        y[ln - 2] = data[ln - 1] * m1 + last * m2 + last * m3 + last * m4;
        y[ln - 3] = data[ln - 2] * m1 + data[ln - 1] * m2 + last * m3 + last * m4;
        y[ln - 4] = data[ln - 3] * m1 + data[ln - 2] * m2 + data[ln - 1] * m3 + last * m4;
        y[ln - 1] -= last * bm1 + last * bm2 + last * bm3 + last * bm4;
        y[ln - 2] -= y[ln - 1] * d1 + last * bm2 + last * bm3 + last * bm4;
        y[ln - 3] -= y[ln - 2] * d1 + y[ln - 1] * d2 + last * bm3 + last * bm4;
        y[ln - 4] -= y[ln - 3] * d1 + y[ln - 2] * d2 + y[ln - 1] * d3 + last * bm4;
        for (int i = ln - 4; i > 0; i--) {
            y[i - 1] = data[i] * m1 + data[i + 1] * m2 + data[i + 2] * m3 + data[i + 3] * m4;
            y[i - 1] -= y[i] * d1 + y[i + 1] * d2 + y[i + 2] * d3 + y[i + 3] * d4;
        }
        for (int i = 0; i < ln; i++) {
            out[i] += y[i];
        }
    }

    /**
     * @param image the image (at least 4 voxels along the axis)
     * @param axis the axis to filter along
     * @param singlePrecision round every result to single precision, as ITK's float images store it
     * @return the filtered image
     * @throws IllegalArgumentException when the image has fewer than 4 voxels along the axis
     */
    public ImageBlock apply(final ImageBlock image, final int axis, final boolean singlePrecision) {
        final int ln = image.size(axis);
        if (ln < 4) {
            throw new IllegalArgumentException("the recursive Gaussian needs at least 4 voxels along axis " + axis
                + ", the image has " + ln);
        }
        final int stride = image.stride(axis);
        final double[] x = image.array();
        final double[] result = new double[x.length];
        final double[] line = new double[ln];
        final double[] filtered = new double[ln];
        final double[] scratch = new double[ln];
        for (final int start : image.lineStarts(axis)) {
            for (int i = 0; i < ln; i++) {
                line[i] = x[start + i * stride];
            }
            filterLine(line, filtered, scratch);
            for (int i = 0; i < ln; i++) {
                result[start + i * stride] = singlePrecision ? (float) filtered[i] : filtered[i];
            }
        }
        return image.withValues(result);
    }
}
