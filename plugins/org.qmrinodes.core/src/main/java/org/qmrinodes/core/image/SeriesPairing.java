package org.qmrinodes.core.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Pairs the series (or maps) of two lists that belong together — pre- and post-contrast series,
 * or a T1 map and its post-contrast map — and puts the second of each pair on the first one's grid:
 * <ul>
 * <li>two series pair when their patient and study are equal and, when a pairing attribute is used
 * (e.g. the series description with "pre"/"post" removed, or the protocol), their attribute values
 * are equal too;</li>
 * <li>a first series with no partner, or with more than one, is not paired and is listed with the
 * reason (never guessed);</li>
 * <li>when the grids differ (size, or a corner voxel centre more than the tolerance apart), the
 * second is resampled onto the first through patient coordinates ({@link Resampling}); a pair whose
 * grids do not overlap at all is refused with its reason.</li>
 * </ul>
 */
public final class SeriesPairing {

    /**
     * One series of a list.
     *
     * @param label what identifies it in messages (row key, series description)
     * @param patientId patient
     * @param studyUid study
     * @param attribute the pairing attribute's value, or null when pairs are made by patient and study only
     * @param volume its volume
     */
    public record Series(String label, String patientId, String studyUid, String attribute, Volume volume) {
        /** Checks the fields that pairing needs. */
        public Series {
            Objects.requireNonNull(label);
            Objects.requireNonNull(volume);
        }
    }

    /**
     * @param first the series of the first list
     * @param second its partner
     * @param resampled whether the second was resampled onto the first grid
     * @param secondOnFirstGrid the second series' volume on the first one's grid
     * @param outsideVoxels voxels of the first grid without a value of the second after resampling
     *        (outside its grid, or without a value there); 0 when not resampled
     */
    public record Pair(Series first, Series second, boolean resampled, Volume secondOnFirstGrid, long outsideVoxels) {
    }

    /**
     * @param first a series that could not be paired
     * @param reason why
     */
    public record Unpaired(Series first, String reason) {
    }

    /**
     * @param pairs the pairs in the order of the first list
     * @param unpaired the first-list series left unpaired, with reasons
     */
    public record Result(List<Pair> pairs, List<Unpaired> unpaired) {
    }

    private SeriesPairing() {
    }

    /**
     * @param first the reference series (their grids are kept)
     * @param second the series to pair with them
     * @param interpolation how a second series is resampled onto a first one's grid
     * @param toleranceMm largest corner distance for two grids to count as the same
     * @return the pairs and the series left unpaired
     */
    public static Result pair(final List<Series> first, final List<Series> second,
        final Resampling.Interpolation interpolation, final double toleranceMm) {
        final List<Pair> pairs = new ArrayList<>();
        final List<Unpaired> unpaired = new ArrayList<>();
        for (final Series f : first) {
            final List<Series> partners = second.stream().filter(s -> Objects.equals(s.patientId(), f.patientId())
                && Objects.equals(s.studyUid(), f.studyUid()) && Objects.equals(s.attribute(), f.attribute())).toList();
            if (partners.size() != 1) {
                unpaired.add(new Unpaired(f, partners.isEmpty() ? "no series of patient '" + f.patientId()
                    + "' and the same study" + (f.attribute() == null ? "" : " with '" + f.attribute() + "'")
                    + " in the second list" : partners.size() + " series of the second list match ("
                    + String.join(", ", partners.stream().map(Series::label).toList()) + "); choose a pairing attribute"
                    + " that tells them apart"));
                continue;
            }
            final Series s = partners.get(0);
            final Geometry target = f.volume().geometry();
            if (s.volume().geometry().sameGrid(target, toleranceMm)) {
                pairs.add(new Pair(f, s, false, s.volume(), 0));
                continue;
            }
            final Volume resampled = Resampling.onto(s.volume(), target, interpolation);
            final float[] values = resampled.copyOfVolume(0);
            long outside = 0;
            for (final float v : values) {
                if (Float.isNaN(v)) {
                    outside++;
                }
            }
            if (outside == values.length) {
                unpaired.add(new Unpaired(f, "the grids of '" + f.label() + "' and '" + s.label()
                    + "' do not overlap in patient coordinates"));
                continue;
            }
            pairs.add(new Pair(f, s, true, resampled, outside));
        }
        return new Result(List.copyOf(pairs), List.copyOf(unpaired));
    }
}
