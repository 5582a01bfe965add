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

    /**
     * The time of each phase after contrast injection, from the acquisition times the series carries.
     *
     * @param seconds the start of each phase's acquisition after injection, in volume order (the
     *        pre-contrast phase negative or zero)
     * @param reference what the injection time was taken from, for the output's record
     */
    public record PhaseTimes(double[] seconds, String reference) {
    }

    /**
     * Each phase's acquisition start after contrast injection. The injection time is the series'
     * Contrast/Bolus Start Time (0018,1042) when its files carry one; otherwise it is the start of
     * the second volume (the first post-contrast phase) minus {@code firstPhaseDelay}. Times that
     * cross midnight are taken as the shorter way round.
     *
     * @param series the multi-phase series (volume 1 pre-contrast)
     * @param firstPhaseDelay seconds from injection to the start of the first post-contrast phase,
     *        used only when the files give no injection time
     * @return the phase times and what the injection time was taken from
     * @throws InvalidDataException naming the first volume without an acquisition time, or when a
     *         one-volume series gives no injection time
     */
    public static PhaseTimes secondsAfterInjection(final Volume series, final double firstPhaseDelay) {
        final List<AcquisitionParameters> p = series.parameters();
        for (int v = 0; v < p.size(); v++) {
            if (Double.isNaN(p.get(v).acquisitionTime())) {
                throw new InvalidDataException("phase " + (v + 1) + " of " + p.size() + " has no acquisition time"
                    + " (Acquisition Time (0008,0032) or Frame Acquisition DateTime (0018,9074)); give the phase times"
                    + " instead");
            }
        }
        final double injection;
        final String reference;
        final double bolus = p.get(0).contrastStartTime();
        if (!Double.isNaN(bolus)) {
            injection = bolus;
            reference = "Contrast/Bolus Start Time (0018,1042) " + clock(bolus);
        } else if (p.size() >= 2) {
            injection = p.get(1).acquisitionTime() - firstPhaseDelay;
            reference = "start of phase 2 (" + clock(p.get(1).acquisitionTime()) + ") minus " + number(firstPhaseDelay)
                + " s";
        } else {
            throw new InvalidDataException("a one-phase series without Contrast/Bolus Start Time (0018,1042) has no"
                + " injection time");
        }
        final double[] seconds = new double[p.size()];
        for (int v = 0; v < seconds.length; v++) {
            final double d = p.get(v).acquisitionTime() - injection;
            seconds[v] = d < -DAY / 2 ? d + DAY : d > DAY / 2 ? d - DAY : d;
        }
        return new PhaseTimes(seconds, reference);
    }

    /**
     * The phase times a user gave, checked against the series, or else those the series carries.
     *
     * @param series the multi-phase series
     * @param given the time of every phase after injection in seconds, or empty to read them with
     *        {@link #secondsAfterInjection}
     * @param firstPhaseDelay see {@link #secondsAfterInjection}
     * @return the phase times; the reference is empty for given times
     * @throws InvalidDataException when the given times do not match the phases, or the series carries none
     */
    public static PhaseTimes phaseTimes(final Volume series, final double[] given, final double firstPhaseDelay) {
        if (given.length == 0) {
            return secondsAfterInjection(series, firstPhaseDelay);
        }
        if (given.length != series.volumeCount()) {
            throw new InvalidDataException("the series has " + series.volumeCount() + " phases, the phase times list "
                + given.length);
        }
        return new PhaseTimes(given.clone(), "");
    }

    private static final double DAY = 86_400;

    private static String clock(final double secondsOfDay) {
        final double s = ((secondsOfDay % DAY) + DAY) % DAY;
        final int h = (int) (s / 3600);
        final int m = (int) ((s - h * 3600) / 60);
        final double sec = s - h * 3600 - m * 60;
        return String.format(java.util.Locale.ROOT, "%02d:%02d:%s%s", h, m, sec < 10 ? "0" : "", number(sec));
    }

    private static String number(final double v) {
        return java.math.BigDecimal.valueOf(Math.round(v * 1000) / 1000.0).stripTrailingZeros().toPlainString();
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
