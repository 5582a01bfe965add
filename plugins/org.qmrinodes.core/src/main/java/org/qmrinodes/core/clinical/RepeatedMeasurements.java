package org.qmrinodes.core.clinical;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.MissingValues;

/**
 * Repeated measurements of a case reduced to one value (METHODS §2.7): the median of three ROI
 * placements per reader (QIMS26), the mean across readers, the mean of two delineations. Missing
 * (non-finite) repeats are left out and counted; a case whose repeats are all missing gets NaN.
 * Two-level rules (median per reader, then mean of readers) are two calls, the first keyed by case
 * and reader.
 */
public final class RepeatedMeasurements {

    /** How the repeats of a case are combined. */
    public enum Rule {
        /** The median (for an even count the mean of the two middle values, as R's median). */
        MEDIAN,
        /** The arithmetic mean. */
        MEAN
    }

    /**
     * One case's value.
     *
     * @param key the case (as given)
     * @param value the combined value, NaN when every repeat is missing
     * @param repeats repeats used
     * @param missing repeats left out as missing
     */
    public record Aggregate(String key, double value, int repeats, int missing) {
    }

    private RepeatedMeasurements() {
    }

    /**
     * @param keys the case of each measurement (null is refused)
     * @param values the measurements
     * @param rule how to combine
     * @return one aggregate per case, in order of first appearance
     * @throws InvalidDataException when lengths differ or a key is missing (naming the row)
     */
    public static List<Aggregate> aggregate(final List<String> keys, final double[] values, final Rule rule) {
        if (keys.size() != values.length) {
            throw new InvalidDataException(keys.size() + " case keys for " + values.length + " measurements");
        }
        final Map<String, List<Double>> byCase = new LinkedHashMap<>();
        final Map<String, Integer> missing = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            final String k = keys.get(i);
            if (k == null || k.isEmpty()) {
                throw new InvalidDataException("measurement " + (i + 1) + " has no case key");
            }
            final List<Double> list = byCase.computeIfAbsent(k, x -> new ArrayList<>());
            missing.putIfAbsent(k, 0);
            if (MissingValues.isMissing(values[i])) {
                missing.merge(k, 1, Integer::sum);
            } else {
                list.add(values[i]);
            }
        }
        final List<Aggregate> out = new ArrayList<>(byCase.size());
        byCase.forEach((k, list) -> out.add(new Aggregate(k, combine(list, rule), list.size(), missing.get(k))));
        return List.copyOf(out);
    }

    private static double combine(final List<Double> list, final Rule rule) {
        if (list.isEmpty()) {
            return Double.NaN;
        }
        final double[] v = list.stream().mapToDouble(Double::doubleValue).toArray();
        if (rule == Rule.MEAN) {
            double s = 0;
            for (final double x : v) {
                s += x;
            }
            return s / v.length;
        }
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
