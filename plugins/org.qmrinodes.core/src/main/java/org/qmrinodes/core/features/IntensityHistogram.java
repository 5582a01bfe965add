package org.qmrinodes.core.features;

/**
 * IBSI "intensity histogram features" (IBSI 1, §3.4) of discretised values: with N<sub>g</sub>
 * occupied-or-not bins and p<sub>i</sub> the fraction of values in bin i.
 */
public final class IntensityHistogram {

    private final int[] counts;
    private final int firstBin;
    private final int total;

    private IntensityHistogram(final int[] counts, final int firstBin, final int total) {
        this.counts = counts;
        this.firstBin = firstBin;
        this.total = total;
    }

    /**
     * @param statistics the region's values
     * @param discretisation how values are binned
     * @return the histogram
     */
    public static IntensityHistogram of(final IntensityStatistics statistics, final Discretisation discretisation) {
        final int[] bins = discretisation.bin(statistics.sortedValues());
        final int first = bins[0];
        final int last = bins[bins.length - 1];
        final int[] counts = new int[last - first + 1];
        for (final int b : bins) {
            counts[b - first]++;
        }
        return new IntensityHistogram(counts, first, bins.length);
    }

    /** @return entropy −Σ p<sub>i</sub> log<sub>2</sub> p<sub>i</sub> over occupied bins, in bits */
    public double entropy() {
        double h = 0;
        for (final int c : counts) {
            if (c > 0) {
                final double p = c / (double)total;
                h -= p * Math.log(p) / Math.log(2);
            }
        }
        return h;
    }

    /** @return uniformity Σ p<sub>i</sub>² */
    public double uniformity() {
        double u = 0;
        for (final int c : counts) {
            final double p = c / (double)total;
            u += p * p;
        }
        return u;
    }

    /** @return the mode: the bin number (from 1) holding most values; the lowest such bin on ties */
    public int mode() {
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return best + firstBin;
    }

    /** @return the number of bins between the lowest and highest occupied one, inclusive */
    public int binsSpanned() {
        return counts.length;
    }
}
