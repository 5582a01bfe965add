package org.qmrinodes.core.image;

import org.qmrinodes.core.data.InvalidDataException;

/**
 * The kinetic type of a DCE time–intensity curve (BI-RADS): type I persistent, II plateau, III
 * washout. The curve is compared between its early peak (the highest signal up to
 * {@code earlyEndSeconds} after injection) and its delayed value (the last time point): with
 * {@code change = (S_delayed − S_peak) / S_peak}, the type is I when change &gt; +band, III when
 * change &lt; −band, II otherwise (default band 10%). The papers give no numeric rule (METHODS
 * §3.10); band and early window are settings.
 */
public final class TimeIntensityCurve {

    /** Kinetic types. */
    public enum Type {
        /** Type I: signal still rising. */
        PERSISTENT("I"),
        /** Type II: signal levels off. */
        PLATEAU("II"),
        /** Type III: signal falls after the early peak. */
        WASHOUT("III");

        private final String label;

        Type(final String label) {
            this.label = label;
        }

        /** @return I, II or III */
        public String label() {
            return label;
        }
    }

    /**
     * @param type the kinetic type
     * @param peakSeconds time of the early peak after injection
     * @param peak signal at the early peak
     * @param delayed signal at the last time point
     * @param change (delayed − peak) / peak
     * @param initialEnhancement (peak − pre) / pre, NaN when the pre-contrast signal is 0
     */
    public record Classification(Type type, double peakSeconds, double peak, double delayed, double change,
        double initialEnhancement) {
    }

    private TimeIntensityCurve() {
    }

    /**
     * The mean signal of an ROI in every phase of a multi-phase series: the curve {@link #classify}
     * takes. Non-finite voxel values are left out of a phase's mean.
     *
     * @param series the multi-phase series (one volume per phase)
     * @param roi the ROI's voxels on the series grid
     * @return the mean ROI signal per phase (NaN for a phase without a finite ROI value)
     * @throws InvalidDataException when the ROI does not fit the grid or is empty
     */
    public static double[] roiMeans(final Volume series, final boolean[] roi) {
        final int n = (int) series.geometry().voxelCount();
        if (roi.length != n) {
            throw new InvalidDataException("the ROI has " + roi.length + " voxels, the series grid " + n);
        }
        final double[] means = new double[series.volumeCount()];
        boolean any = false;
        for (int v = 0; v < means.length; v++) {
            final float[] values = series.copyOfVolume(v);
            double sum = 0;
            long count = 0;
            for (int i = 0; i < n; i++) {
                if (roi[i]) {
                    any = true;
                    if (Float.isFinite(values[i])) {
                        sum += values[i];
                        count++;
                    }
                }
            }
            means[v] = count == 0 ? Double.NaN : sum / count;
        }
        if (!any) {
            throw new InvalidDataException("the ROI is empty");
        }
        return means;
    }

    /**
     * @param secondsAfterInjection time of each point (the pre-contrast point at ≤ 0), increasing
     * @param signal mean ROI signal at each point
     * @param earlyEndSeconds end of the early phase (e.g. 120 s)
     * @param band half-width of the plateau band as a fraction (e.g. 0.10)
     * @return the classification
     * @throws InvalidDataException when the curve has no pre-contrast point, no point in the early
     *         phase, no later point, a non-finite or non-positive early peak, or unordered times
     */
    public static Classification classify(final double[] secondsAfterInjection, final double[] signal,
        final double earlyEndSeconds, final double band) {
        if (secondsAfterInjection.length != signal.length || signal.length < 3) {
            throw new InvalidDataException("a time-intensity curve needs matching times and signals, at least 3 points; got "
                + secondsAfterInjection.length + " times and " + signal.length + " signals");
        }
        if (!(band >= 0 && band < 1)) {
            throw new InvalidDataException("plateau band " + band + " is not a fraction in [0, 1)");
        }
        for (int i = 0; i < signal.length; i++) {
            if (!Double.isFinite(signal[i]) || !Double.isFinite(secondsAfterInjection[i])) {
                throw new InvalidDataException("time-intensity curve point " + (i + 1) + " is not finite");
            }
            if (i > 0 && !(secondsAfterInjection[i] > secondsAfterInjection[i - 1])) {
                throw new InvalidDataException("time-intensity curve times are not increasing at point " + (i + 1));
            }
        }
        if (!(secondsAfterInjection[0] <= 0)) {
            throw new InvalidDataException("time-intensity curve has no pre-contrast point (time <= 0 s)");
        }
        int peak = -1;
        for (int i = 1; i < signal.length; i++) {
            if (secondsAfterInjection[i] > 0 && secondsAfterInjection[i] <= earlyEndSeconds
                && (peak < 0 || signal[i] > signal[peak])) {
                peak = i;
            }
        }
        final int last = signal.length - 1;
        if (peak < 0 || peak == last) {
            throw new InvalidDataException("time-intensity curve needs a point within " + earlyEndSeconds
                + " s after injection and a later one");
        }
        if (!(signal[peak] > 0)) {
            throw new InvalidDataException("time-intensity curve early peak " + signal[peak] + " is not positive");
        }
        final double change = (signal[last] - signal[peak]) / signal[peak];
        final Type type = change > band ? Type.PERSISTENT : change < -band ? Type.WASHOUT : Type.PLATEAU;
        final double pre = signal[0];
        return new Classification(type, secondsAfterInjection[peak], signal[peak], signal[last], change,
            pre == 0 ? Double.NaN : (signal[peak] - pre) / pre);
    }
}
