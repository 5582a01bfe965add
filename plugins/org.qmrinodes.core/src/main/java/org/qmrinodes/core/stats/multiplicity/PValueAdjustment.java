package org.qmrinodes.core.stats.multiplicity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Multiple-testing adjustment of a family of p-values, as R's {@code p.adjust}. Missing p-values
 * (NaN) stay missing and do not count towards the family size.
 */
public enum PValueAdjustment {
    /** No adjustment. */
    NONE,
    /** Bonferroni: min(1, n·p). */
    BONFERRONI,
    /** Holm (1979) step-down: for ascending p<sub>(i)</sub>, cummax((n − i + 1)·p<sub>(i)</sub>), capped at 1. */
    HOLM,
    /**
     * Benjamini &amp; Hochberg (1995) false discovery rate: for descending p<sub>(i)</sub>, cummin(n/i ·
     * p<sub>(i)</sub>), capped at 1.
     */
    BENJAMINI_HOCHBERG;

    /** @return the name used in settings and on the command line: none, bonferroni, holm, bh */
    public String label() {
        return this == BENJAMINI_HOCHBERG ? "bh" : name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param text none, bonferroni, holm or bh/fdr (any case)
     * @return the method
     */
    public static PValueAdjustment parse(final String text) {
        final String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("fdr") || t.equals("benjamini-hochberg")) {
            return BENJAMINI_HOCHBERG;
        }
        for (final PValueAdjustment a : values()) {
            if (a.label().equals(t)) {
                return a;
            }
        }
        throw new IllegalArgumentException("Unknown p-value adjustment '" + text + "': use none, bonferroni, holm or bh.");
    }

    /**
     * @param p the p-values (NaN for missing)
     * @return the adjusted p-values, in the same order
     */
    public double[] adjust(final double[] p) {
        final int[] present = IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).toArray();
        final int n = present.length;
        final double[] out = p.clone();
        if (this == NONE || n == 0) {
            return out;
        }
        if (this == BONFERRONI) {
            for (final int i : present) {
                out[i] = Math.min(1.0, n * p[i]);
            }
            return out;
        }
        final Integer[] order = Arrays.stream(present).boxed().toArray(Integer[]::new);
        if (this == HOLM) {
            Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
            double running = 0;
            for (int k = 0; k < n; k++) {
                running = Math.max(running, (n - k) * p[order[k]]);
                out[order[k]] = Math.min(1.0, running);
            }
        } else {
            Arrays.sort(order, Comparator.comparingDouble((Integer i) -> p[i]).reversed());
            double running = Double.POSITIVE_INFINITY;
            for (int k = 0; k < n; k++) {
                final int rank = n - k;
                running = Math.min(running, (double) n / rank * p[order[k]]);
                out[order[k]] = Math.min(1.0, running);
            }
        }
        return out;
    }
}
