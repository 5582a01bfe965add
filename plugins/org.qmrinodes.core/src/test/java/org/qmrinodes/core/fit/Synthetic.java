package org.qmrinodes.core.fit;

import java.util.Random;

/** Signal series with known parameters for the fit tests. */
final class Synthetic {

    private Synthetic() {
    }

    /** The noise-free signal of one voxel at acquisition value x. */
    interface Signal {
        double at(int voxel, double x);
    }

    /**
     * @param x acquisition value per image
     * @param voxels number of voxels
     * @param signal the signal
     * @param sigma Rician noise σ (0 for none)
     * @param seed seed of the noise
     * @return {@code [image][voxel]}
     */
    static float[][] series(final double[] x, final int voxels, final Signal signal, final double sigma,
        final long seed) {
        final Random random = new Random(seed);
        final float[][] s = new float[x.length][voxels];
        for (int v = 0; v < voxels; v++) {
            for (int k = 0; k < x.length; k++) {
                final double clean = signal.at(v, x[k]);
                if (sigma == 0) {
                    s[k][v] = (float) clean;
                } else {
                    final double re = clean + sigma * random.nextGaussian();
                    final double im = sigma * random.nextGaussian();
                    s[k][v] = (float) Math.hypot(re, im);
                }
            }
        }
        return s;
    }

    static double dki(final double s0, final double d, final double k, final double b) {
        return s0 * Math.exp(-b * d + b * b * d * d * k / 6);
    }

    static double ernst(final double m0, final double t1, final double tr, final double degrees) {
        final double a = Math.toRadians(degrees);
        final double e1 = Math.exp(-tr / t1);
        return m0 * Math.sin(a) * (1 - e1) / (1 - e1 * Math.cos(a));
    }

    static double inversionRecovery(final double a, final double b, final double t1star, final double ti) {
        return Math.abs(a - b * Math.exp(-ti / t1star));
    }
}
