package org.qmrinodes.core.stats.comparison;

import java.util.List;

import org.qmrinodes.core.stats.multiplicity.PValueAdjustment;

/**
 * Univariate screening of features between groups: one comparison per feature and the p-values
 * adjusted over all tested features.
 *
 * @param groupColumn the group column
 * @param groups the compared groups, in order
 * @param features one comparison per feature, in input order
 * @param adjustment the multiple-testing adjustment
 * @param adjustedPValues adjusted p per feature (NaN where not tested)
 * @param warnings notes for the user (features not tested, rows skipped)
 */
public record Screening(String groupColumn, List<String> groups, List<FeatureComparison> features,
    PValueAdjustment adjustment, double[] adjustedPValues, List<String> warnings) {

    /** Copies. */
    public Screening {
        groups = List.copyOf(groups);
        features = List.copyOf(features);
        adjustedPValues = adjustedPValues.clone();
        warnings = List.copyOf(warnings);
    }

    /** @return adjusted p per feature (a copy) */
    @Override
    public double[] adjustedPValues() {
        return adjustedPValues.clone();
    }

    /**
     * @param threshold e.g. 0.1 or 0.05
     * @param adjusted whether to compare the adjusted p-values
     * @return the names of the features with p below the threshold, in input order
     */
    public List<String> selected(final double threshold, final boolean adjusted) {
        final List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            final double p = adjusted ? adjustedPValues[i] : features.get(i).pValue();
            if (p < threshold) {
                out.add(features.get(i).feature());
            }
        }
        return out;
    }
}
