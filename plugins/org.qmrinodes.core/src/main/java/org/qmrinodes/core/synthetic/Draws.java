package org.qmrinodes.core.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The random draws the synthetic cohorts share, each from a given {@link Random} stream. */
final class Draws {

    private Draws() {
    }

    /** @return n normal draws shifted and scaled to mean 0 and SD 1 exactly (SD with n − 1) */
    static double[] standardised(final Random random, final int n) {
        final double[] z = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            z[i] = random.nextGaussian();
            mean += z[i] / n;
        }
        double ss = 0;
        for (final double v : z) {
            ss += (v - mean) * (v - mean);
        }
        final double sd = Math.sqrt(ss / (n - 1));
        for (int i = 0; i < n; i++) {
            z[i] = (z[i] - mean) / sd;
        }
        return z;
    }

    /** @return {@code counts[l]} copies of each {@code levels.get(l)}, in random order (Fisher–Yates) */
    static String[] dealt(final List<String> levels, final int[] counts, final Random random) {
        final List<String> all = new ArrayList<>();
        for (int l = 0; l < levels.size(); l++) {
            for (int k = 0; k < counts[l]; k++) {
                all.add(levels.get(l));
            }
        }
        final String[] out = all.toArray(String[]::new);
        for (int i = out.length - 1; i > 0; i--) {
            final int j = random.nextInt(i + 1);
            final String t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
        return out;
    }

    /** @return {@code value} rounded half up to {@code decimals} decimals */
    static double round(final double value, final int decimals) {
        final double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
