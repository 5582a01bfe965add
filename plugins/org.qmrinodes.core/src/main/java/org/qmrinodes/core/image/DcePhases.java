package org.qmrinodes.core.image;

import java.util.List;

import org.qmrinodes.core.data.InvalidDataException;

/**
 * One phase of a multi-phase (DCE) series as its own volume. The papers count phases differently
 * (METHODS A9): "phase 2" may mean the second acquisition or the second post-contrast acquisition,
 * so counting the pre-contrast phase is a setting; a phase can also be chosen by its Temporal
 * Position Identifier (0020,0100).
 */
public final class DcePhases {

    private DcePhases() {
    }

    /**
     * @param series the multi-phase series (one volume per phase, in acquisition order)
     * @param phase 1-based phase number
     * @param countPreContrast whether phase 1 is the pre-contrast acquisition (true) or the first
     *        post-contrast one (false: the first volume is pre-contrast and is skipped)
     * @return the chosen phase as a one-volume series with its acquisition parameters
     * @throws InvalidDataException naming the phase and the number of phases when it does not exist
     */
    public static Volume byIndex(final Volume series, final int phase, final boolean countPreContrast) {
        final int v = countPreContrast ? phase - 1 : phase;
        final int available = countPreContrast ? series.volumeCount() : series.volumeCount() - 1;
        if (phase < 1 || v >= series.volumeCount()) {
            throw new InvalidDataException("phase " + phase + (countPreContrast ? "" : " after contrast") + " does not exist;"
                + " the series has " + available + (countPreContrast ? " phases" : " post-contrast phases")
                + (countPreContrast ? "" : " (and one pre-contrast)"));
        }
        return volume(series, v);
    }

    /**
     * @param series the multi-phase series
     * @param temporalPosition the Temporal Position Identifier of the phase
     * @return the phase whose volume carries that temporal position
     * @throws InvalidDataException when no volume or more than one carries it, listing the positions present
     */
    public static Volume byTemporalPosition(final Volume series, final int temporalPosition) {
        return volume(series, numberOfTemporalPosition(series, temporalPosition) - 1);
    }

    /**
     * @param series the multi-phase series
     * @param temporalPosition the Temporal Position Identifier of the phase
     * @return the 1-based volume number of the phase carrying that temporal position
     * @throws InvalidDataException when no volume or more than one carries it, listing the positions present
     */
    public static int numberOfTemporalPosition(final Volume series, final int temporalPosition) {
        int found = -1;
        final List<AcquisitionParameters> p = series.parameters();
        for (int v = 0; v < p.size(); v++) {
            if (p.get(v).temporalPosition() == temporalPosition) {
                if (found >= 0) {
                    throw new InvalidDataException("temporal position " + temporalPosition + " occurs in volumes " + (found + 1)
                        + " and " + (v + 1));
                }
                found = v;
            }
        }
        if (found < 0) {
            throw new InvalidDataException("no volume has temporal position " + temporalPosition + "; the series has "
                + p.stream().map(a -> Double.isNaN(a.temporalPosition()) ? "none" : Long.toString((long) a.temporalPosition()))
                    .toList());
        }
        return found + 1;
    }

    /**
     * The phase acquired nearest to a time after contrast injection (on a tie the earlier phase),
     * e.g. Fr24's "phase 2" at about 90 s.
     *
     * @param series the multi-phase series
     * @param phaseSeconds the time of each phase after injection in seconds, in volume order (the
     *        pre-contrast phase at ≤ 0)
     * @param seconds the wanted time after injection
     * @return the 1-based volume number of that phase (for {@link #byIndex} counting the pre-contrast phase)
     * @throws InvalidDataException when there is not one time per phase, or a time is not finite
     */
    public static int nearestToTime(final Volume series, final double[] phaseSeconds, final double seconds) {
        if (phaseSeconds.length != series.volumeCount()) {
            throw new InvalidDataException(phaseSeconds.length + " phase times for a series of " + series.volumeCount()
                + " phases");
        }
        int best = -1;
        for (int v = 0; v < phaseSeconds.length; v++) {
            if (!Double.isFinite(phaseSeconds[v])) {
                throw new InvalidDataException("the time of phase " + (v + 1) + " is not a number");
            }
            if (best < 0 || Math.abs(phaseSeconds[v] - seconds) < Math.abs(phaseSeconds[best] - seconds)) {
                best = v;
            }
        }
        return best + 1;
    }

    private static Volume volume(final Volume series, final int v) {
        final Geometry g = series.geometry();
        final Volume.Builder b = Volume.builder(g, List.of(series.parameters().get(v)));
        final float[] values = series.copyOfVolume(v);
        final int plane = g.columns() * g.rows();
        for (int k = 0; k < g.slices(); k++) {
            final float[] slice = new float[plane];
            System.arraycopy(values, k * plane, slice, 0, plane);
            b.setSlice(k, 0, slice);
        }
        return b.build();
    }
}
