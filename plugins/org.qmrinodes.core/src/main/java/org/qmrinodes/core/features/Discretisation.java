package org.qmrinodes.core.features;

import java.util.Locale;

import org.qmrinodes.core.data.InvalidDataException;

/**
 * How intensities are grouped into histogram bins (IBSI 1, §2.7). Bins are numbered from 1.
 *
 * <ul>
 * <li>{@link #fixedBinCount(int) Fixed bin number} N<sub>g</sub>: x<sub>d</sub> = ⌊N<sub>g</sub>·(x −
 * X<sub>min</sub>)/(X<sub>max</sub> − X<sub>min</sub>)⌋ + 1, and N<sub>g</sub> for x = X<sub>max</sub>
 * (the ROI's own minimum and maximum; all values in bin 1 when they are equal). The same bins as
 * numpy's {@code histogram(x, bins=Ng)}.</li>
 * <li>{@link #fixedBinWidth(double, double) Fixed bin size} w with lower bound X<sub>b</sub>:
 * x<sub>d</sub> = ⌊(x − X<sub>b</sub>)/w⌋ + 1. IBSI takes X<sub>b</sub> as the lower bound of the
 * re-segmentation range; when none is given ({@code NaN}) the ROI minimum is used.</li>
 * </ul>
 *
 *
 * <p>The number of bins is bounded by {@link #MAX_BINS}: a larger {@code bins} setting is refused when
 * the discretisation is made, and a bin width that would cut the VOI's range into more bins is
 * refused when the values are binned, naming the width, the range and the bin count.
 *
 * @param bins number of bins for a fixed bin count, or 0
 * @param width bin width for a fixed bin size, or NaN
 * @param lowerBound lower bound X<sub>b</sub> for a fixed bin size; NaN for the ROI minimum
 */
public record Discretisation(int bins, double width, double lowerBound) {

    /** Most bins a histogram may have; beyond it the setting (or the data) is refused. */
    public static final int MAX_BINS = 100_000;

    /**
     * Validates.
     *
     * @throws IllegalArgumentException naming the setting {@code bins} or {@code bin width} when it is
     *         outside 1..{@link #MAX_BINS} or not a finite number above 0
     */
    public Discretisation {
        if (bins != 0 && !Double.isNaN(width) || bins == 0 && Double.isNaN(width)) {
            throw new IllegalArgumentException("give either a bin count (bins) or a bin width, not both");
        }
        if (bins != 0 && (bins < 1 || bins > MAX_BINS)) {
            throw new IllegalArgumentException("bins is " + bins + "; it must be a whole number from 1 to " + MAX_BINS);
        }
        if (bins == 0 && !(width > 0 && Double.isFinite(width))) {
            throw new IllegalArgumentException("bin width is " + width + "; it must be a finite number above 0");
        }
        if (Double.isInfinite(lowerBound)) {
            throw new IllegalArgumentException("the lower bound of the bins is " + lowerBound + "; it must be finite");
        }
    }

    /** @return discretisation into {@code bins} equal bins between the ROI minimum and maximum */
    public static Discretisation fixedBinCount(final int bins) {
        return new Discretisation(bins, Double.NaN, Double.NaN);
    }

    /** @return discretisation into bins of width {@code width} from {@code lowerBound} (NaN: ROI minimum) */
    public static Discretisation fixedBinWidth(final double width, final double lowerBound) {
        return new Discretisation(0, width, lowerBound);
    }

    /**
     * Bin numbers of sorted values.
     *
     * @param sorted the ROI values in ascending order (finite)
     * @return the bin number (from 1) of each value
     * @throws InvalidDataException naming the bin width, the range and the bin count when a fixed bin
     *         width would cut the range into more than {@link #MAX_BINS} bins
     */
    int[] bin(final double[] sorted) {
        final int[] out = new int[sorted.length];
        final double min = sorted[0];
        final double max = sorted[sorted.length - 1];
        if (bins == 0) {
            final double start = Double.isNaN(lowerBound) ? min : lowerBound;
            final double count = Math.floor((max - start) / width) - Math.floor((min - start) / width) + 1;
            if (!(count <= MAX_BINS)) {
                throw new InvalidDataException(String.format(Locale.ROOT,
                    "bin width %s cuts the VOI's range %s to %s (from %s) into %.4g bins; at most %d are allowed,"
                        + " choose a larger bin width", width, min, max, start, count, MAX_BINS));
            }
        }
        if (bins > 0) {
            for (int i = 0; i < out.length; i++) {
                out[i] = max == min || sorted[i] >= max ? (max == min ? 1 : bins)
                    : (int)Math.floor(bins * (sorted[i] - min) / (max - min)) + 1;
            }
        } else {
            final double start = Double.isNaN(lowerBound) ? min : lowerBound;
            for (int i = 0; i < out.length; i++) {
                out[i] = (int)Math.floor((sorted[i] - start) / width) + 1;
            }
        }
        return out;
    }

    /** @return a short description for output metadata, e.g. {@code 64 bins} or {@code bin width 0.05 from 0} */
    public String label() {
        if (bins > 0) {
            return bins + " bins";
        }
        return String.format(Locale.ROOT, "bin width %s from %s", width,
            Double.isNaN(lowerBound) ? "the ROI minimum" : Double.toString(lowerBound));
    }
}
