package org.qmrinodes.core.image;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.qmrinodes.core.data.InvalidDataException;

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
     * What pairing compares of a series: no voxels, so that a cohort's series are matched before any
     * volume is loaded.
     *
     * @param label what identifies it in messages (row key, series description)
     * @param patientId patient
     * @param studyUid study
     * @param attribute the pairing attribute's value, or null when pairs are made by patient and study only
     */
    public record Identity(String label, String patientId, String studyUid, String attribute) {
        /** Checks the label. */
        public Identity {
            Objects.requireNonNull(label);
        }
    }

    /**
     * One series of a list with its volume.
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

        /** @return what pairing compares */
        public Identity identity() {
            return new Identity(label, patientId, studyUid, attribute);
        }
    }

    /**
     * @param first a series of the first list
     * @param second its one partner in the second list
     */
    public record Match(Identity first, Identity second) {
    }

    /**
     * @param first a series of the first list without exactly one partner
     * @param reason why
     */
    public record Unmatched(Identity first, String reason) {
    }

    /**
     * @param matches the matched series, in the order of the first list
     * @param unmatched the first-list series without exactly one partner, with reasons
     */
    public record Matching(List<Match> matches, List<Unmatched> unmatched) {
    }

    /**
     * The second series placed on the first one's grid.
     *
     * @param resampled whether the second was resampled onto the first grid
     * @param secondOnFirstGrid the second series' volume on the first one's grid
     * @param outsideVoxels voxels of the first grid without a value of the second after resampling
     *        (outside its grid, or without a value there); 0 when not resampled
     */
    public record Placed(boolean resampled, Volume secondOnFirstGrid, long outsideVoxels) {
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
     * Finds each first-list series' partner by patient, study and attribute.
     *
     * @param first the reference series
     * @param second the series to pair with them
     * @return the matches and the series without exactly one partner
     */
    public static Matching match(final List<Identity> first, final List<Identity> second) {
        final List<Match> matches = new ArrayList<>();
        final List<Unmatched> unmatched = new ArrayList<>();
        for (final Identity f : first) {
            final List<Identity> partners = second.stream().filter(s -> Objects.equals(s.patientId(), f.patientId())
                && Objects.equals(s.studyUid(), f.studyUid()) && Objects.equals(s.attribute(), f.attribute())).toList();
            if (partners.size() == 1) {
                matches.add(new Match(f, partners.get(0)));
            } else {
                unmatched.add(new Unmatched(f, partners.isEmpty() ? "no series of patient '" + f.patientId()
                    + "' and the same study" + (f.attribute() == null ? "" : " with '" + f.attribute() + "'")
                    + " in the second list" : partners.size() + " series of the second list match ("
                    + String.join(", ", partners.stream().map(Identity::label).toList()) + "); choose a pairing attribute"
                    + " that tells them apart"));
            }
        }
        return new Matching(List.copyOf(matches), List.copyOf(unmatched));
    }

    /**
     * Puts a match's second volume on the first one's grid: as it is when the grids are the same,
     * else resampled through patient coordinates.
     *
     * @param match the match, for the message
     * @param first the first series' volume (its grid is kept)
     * @param second the partner's volume
     * @param interpolation how the partner is resampled when the grids differ
     * @param toleranceMm largest corner distance for two grids to count as the same
     * @return the partner on the first grid
     * @throws InvalidDataException when the grids do not overlap at all
     */
    public static Placed onFirstGrid(final Match match, final Volume first, final Volume second,
        final Resampling.Interpolation interpolation, final double toleranceMm) {
        final Geometry target = first.geometry();
        if (second.geometry().sameGrid(target, toleranceMm)) {
            return new Placed(false, second, 0);
        }
        final Volume resampled = Resampling.onto(second, target, interpolation);
        final float[] values = resampled.copyOfVolume(0);
        long outside = 0;
        for (final float v : values) {
            if (Float.isNaN(v)) {
                outside++;
            }
        }
        if (outside == values.length) {
            throw new InvalidDataException("the grids of '" + match.first().label() + "' and '" + match.second().label()
                + "' do not overlap in patient coordinates");
        }
        return new Placed(true, resampled, outside);
    }

    /**
     * {@link #match} and {@link #onFirstGrid} of two lists whose volumes are all at hand.
     *
     * @param first the reference series (their grids are kept)
     * @param second the series to pair with them
     * @param interpolation how a second series is resampled onto a first one's grid
     * @param toleranceMm largest corner distance for two grids to count as the same
     * @return the pairs and the series left unpaired
     */
    public static Result pair(final List<Series> first, final List<Series> second,
        final Resampling.Interpolation interpolation, final double toleranceMm) {
        final Map<Identity, Series> byIdentity = new IdentityHashMap<>();
        final List<Identity> a = new ArrayList<>();
        for (final Series f : first) {
            final Identity i = f.identity();
            byIdentity.put(i, f);
            a.add(i);
        }
        final List<Identity> b = new ArrayList<>();
        for (final Series s : second) {
            final Identity i = s.identity();
            byIdentity.put(i, s);
            b.add(i);
        }
        final Matching matching = match(a, b);
        final Map<Identity, String> reasons = new IdentityHashMap<>();
        matching.unmatched().forEach(u -> reasons.put(u.first(), u.reason()));
        final Map<Identity, Match> matches = new IdentityHashMap<>();
        matching.matches().forEach(m -> matches.put(m.first(), m));
        final List<Pair> pairs = new ArrayList<>();
        final List<Unpaired> unpaired = new ArrayList<>();
        for (final Identity i : a) {
            final Series f = byIdentity.get(i);
            final Match m = matches.get(i);
            if (m == null) {
                unpaired.add(new Unpaired(f, reasons.get(i)));
                continue;
            }
            final Series s = byIdentity.get(m.second());
            try {
                final Placed p = onFirstGrid(m, f.volume(), s.volume(), interpolation, toleranceMm);
                pairs.add(new Pair(f, s, p.resampled(), p.secondOnFirstGrid(), p.outsideVoxels()));
            } catch (final InvalidDataException e) {
                unpaired.add(new Unpaired(f, e.getMessage()));
            }
        }
        return new Result(List.copyOf(pairs), List.copyOf(unpaired));
    }
}
