package org.qmrinodes.core.stats.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keeps the features that two or more readers measure reproducibly: those whose ICC in a chosen form
 * exceeds a threshold (Fr24: ICC &gt; 0.75) or reaches it (Fr25: ICC ≥ 0.80). Features whose ICC is
 * undefined (constant, too few complete subjects) are dropped.
 */
public final class IccFeatureFilter {

    private IccFeatureFilter() {
    }

    /**
     * The features kept and dropped, each in input order.
     *
     * @param kept features passing the threshold
     * @param dropped the others
     * @param form the form compared
     * @param threshold the threshold
     * @param inclusive whether an ICC equal to the threshold passes
     */
    public record Selection(List<FeatureIcc> kept, List<FeatureIcc> dropped, IccForm form, double threshold,
        boolean inclusive) {
        /** Copies the lists. */
        public Selection {
            Objects.requireNonNull(form);
            kept = List.copyOf(kept);
            dropped = List.copyOf(dropped);
        }
    }

    /**
     * @param features the ICCs of every feature
     * @param form the form compared with the threshold
     * @param threshold e.g. 0.75
     * @param inclusive {@code true} to keep ICC ≥ threshold, {@code false} for ICC &gt; threshold
     * @return the selection
     */
    public static Selection select(final List<FeatureIcc> features, final IccForm form, final double threshold,
        final boolean inclusive) {
        final List<FeatureIcc> kept = new ArrayList<>();
        final List<FeatureIcc> dropped = new ArrayList<>();
        for (final FeatureIcc f : features) {
            final double icc = f.icc(form);
            (icc > threshold || inclusive && icc == threshold ? kept : dropped).add(f);
        }
        return new Selection(kept, dropped, form, threshold, inclusive);
    }
}
