package org.qmrinodes.core.stats.agreement;

import java.util.List;
import java.util.Objects;

/**
 * The intraclass correlations of one feature in all six forms.
 *
 * @param feature the feature (column) name
 * @param subjects number of subjects used (rated by every rater)
 * @param raters number of raters
 * @param droppedSubjects subjects left out because a rating was missing
 * @param confidenceLevel level of the intervals
 * @param estimates one per {@link IccForm}, in declaration order; empty when the ICC is undefined
 * @param messages why values are missing or need care (dropped subjects, constant feature, …)
 */
public record FeatureIcc(String feature, int subjects, int raters, int droppedSubjects, double confidenceLevel,
    List<IccEstimate> estimates, List<String> messages) {

    /** Copies the lists. */
    public FeatureIcc {
        Objects.requireNonNull(feature);
        estimates = List.copyOf(estimates);
        messages = List.copyOf(messages);
    }

    /**
     * @param form the form
     * @return its estimate, or {@code null} when the ICC of this feature is undefined
     */
    public IccEstimate estimate(final IccForm form) {
        return estimates.stream().filter(e -> e.form() == form).findFirst().orElse(null);
    }

    /** @return the coefficient in {@code form}, NaN when undefined */
    public double icc(final IccForm form) {
        final IccEstimate e = estimate(form);
        return e == null ? Double.NaN : e.icc();
    }
}
