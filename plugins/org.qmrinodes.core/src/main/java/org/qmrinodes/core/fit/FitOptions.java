package org.qmrinodes.core.fit;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Settings of a fit beyond model and method. Start from {@link #defaults()} and change what is
 * needed; every {@code with…} method returns a new instance.
 *
 * @param bounds bounds by parameter name (e.g. {@code "Kapp"}, {@code "T2"}) that replace the
 *        model's defaults ({@link SignalModel#defaultBounds()})
 * @param selectedValues acquisition values to use (e.g. b = 0 and 800 for the clinical ADC), or
 *        {@code null} for all points; every listed value must occur in the acquisition
 * @param snrExclusion the SNR rule, or {@code null} for none
 * @param maxIterations iteration limit of NLLS per voxel
 */
public record FitOptions(Map<String, Bound> bounds, double[] selectedValues, SnrExclusion snrExclusion,
    int maxIterations) {

    /** Copies the collections. */
    public FitOptions {
        bounds = Map.copyOf(bounds);
        selectedValues = selectedValues == null ? null : selectedValues.clone();
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1: " + maxIterations);
        }
    }

    /** @return model default bounds, all points, no SNR exclusion, 100 NLLS iterations */
    public static FitOptions defaults() {
        return new FitOptions(Map.of(), null, null, 100);
    }

    /** @return these options with parameter {@code name} kept in [lower, upper] */
    public FitOptions withBound(final String name, final double lower, final double upper) {
        final Map<String, Bound> b = new LinkedHashMap<>(bounds);
        b.put(name, new Bound(lower, upper));
        return new FitOptions(b, selectedValues, snrExclusion, maxIterations);
    }

    /** @return these options fitting only the points whose acquisition value is one of {@code values} */
    public FitOptions selecting(final double... values) {
        return new FitOptions(bounds, values, snrExclusion, maxIterations);
    }

    /** @return these options with the SNR rule {@code rule} */
    public FitOptions withSnrExclusion(final SnrExclusion rule) {
        return new FitOptions(bounds, selectedValues, rule, maxIterations);
    }

    /** @return these options with at most {@code n} NLLS iterations per voxel */
    public FitOptions withMaxIterations(final int n) {
        return new FitOptions(bounds, selectedValues, snrExclusion, n);
    }

    @Override
    public double[] selectedValues() {
        return selectedValues == null ? null : selectedValues.clone();
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof FitOptions f && f.bounds.equals(bounds) && Arrays.equals(f.selectedValues, selectedValues)
            && java.util.Objects.equals(f.snrExclusion, snrExclusion) && f.maxIterations == maxIterations;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(bounds, Arrays.hashCode(selectedValues), snrExclusion, maxIterations);
    }

    @Override
    public String toString() {
        return "FitOptions[bounds=" + bounds + ", selectedValues=" + Arrays.toString(selectedValues) + ", snrExclusion="
            + snrExclusion + ", maxIterations=" + maxIterations + "]";
    }
}
