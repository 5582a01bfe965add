package org.qmrinodes.core.stats.comparison;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Mid-ranks of pooled samples (ties share the mean of their ranks, as R {@code rank}) and the tie
 * term Σ(t³ − t) over groups of t tied values.
 *
 * @param ranks the mid-rank of every value, in input order
 * @param tieTerm Σ(t³ − t)
 */
record Ranks(double[] ranks, double tieTerm) {

    static Ranks of(final double[] values) {
        final int n = values.length;
        final Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        final double[] ranks = new double[n];
        double tieTerm = 0;
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && values[order[end]] == values[order[start]]) {
                end++;
            }
            final double mid = (start + 1 + end) / 2.0;
            for (int k = start; k < end; k++) {
                ranks[order[k]] = mid;
            }
            final double t = end - start;
            tieTerm += t * t * t - t;
            start = end;
        }
        return new Ranks(ranks, tieTerm);
    }

    /** @return all groups' values in one array, groups one after another */
    static double[] pool(final java.util.List<double[]> groups) {
        return groups.stream().flatMapToDouble(Arrays::stream).toArray();
    }
}
