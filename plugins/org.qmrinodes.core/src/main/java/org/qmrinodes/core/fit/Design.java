package org.qmrinodes.core.fit;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.qmrinodes.core.data.InvalidDataException;

/**
 * The distinct acquisition values a fit uses, ascending, with how many images share each value.
 * Images with exactly equal values (e.g. several diffusion directions at one b-value) are averaged
 * into one point of weight n, as dipy's {@code mean_signal_bvalue} does for MSDKI.
 */
final class Design {

    /** Distinct selected acquisition values, ascending. */
    final double[] values;
    /** Number of images averaged into each value. */
    final double[] counts;
    /** For each acquisition point (image), the index of its value, or −1 when not selected. */
    final int[] groupOf;
    /** Whether every value has exactly one image (no averaging needed). */
    final boolean oneImagePerValue;

    private Design(final double[] values, final double[] counts, final int[] groupOf) {
        this.values = values;
        this.counts = counts;
        this.groupOf = groupOf;
        oneImagePerValue = java.util.Arrays.stream(counts).allMatch(c -> c == 1);
    }

    /**
     * @param acquisition validated acquisition
     * @param selected values to keep, or {@code null} for all
     * @return the design
     * @throws InvalidDataException if a selected value does not occur in the acquisition
     */
    static Design of(final Acquisition acquisition, final double[] selected) {
        final double[] all = acquisition.values();
        if (selected != null) {
            for (final double s : selected) {
                if (Arrays.stream(all).noneMatch(v -> v == s)) {
                    throw new InvalidDataException("series '" + acquisition.series() + "' has no "
                        + acquisition.quantity().label() + " " + s + " to select (it has " + Arrays.toString(all) + ")");
                }
            }
        }
        final double[] distinct = Arrays.stream(all)
            .filter(v -> selected == null || Arrays.stream(selected).anyMatch(s -> s == v)).distinct().sorted()
            .toArray();
        final double[] counts = new double[distinct.length];
        final int[] groupOf = new int[all.length];
        for (int k = 0; k < all.length; k++) {
            groupOf[k] = Arrays.binarySearch(distinct, all[k]);
            if (groupOf[k] < 0) {
                groupOf[k] = -1;
            } else {
                counts[groupOf[k]]++;
            }
        }
        return new Design(distinct, counts, groupOf);
    }

    /** @return number of distinct values (fitted points) */
    int size() {
        return values.length;
    }

    /** @return index of the largest value (the last echo, highest b) */
    int last() {
        return values.length - 1;
    }

    /** @return the values as text, e.g. "0, 800" */
    String describe() {
        return Arrays.stream(values).mapToObj(v -> v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v))
            .collect(Collectors.joining(", "));
    }
}
