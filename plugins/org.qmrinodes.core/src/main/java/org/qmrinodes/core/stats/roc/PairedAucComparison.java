package org.qmrinodes.core.stats.roc;

import java.util.List;

/**
 * Paired DeLong comparison of two AUCs measured on the same cases.
 *
 * @param scoreA name of the first score
 * @param scoreB name of the second score
 * @param positives positive cases used (complete for both scores)
 * @param negatives negative cases used
 * @param skippedRows rows skipped because the outcome or either score was missing
 * @param directionA direction of the first curve
 * @param directionB direction of the second curve
 * @param aucA AUC of the first score
 * @param aucB AUC of the second score
 * @param standardError DeLong SE of the difference, √(Var A + Var B − 2 Cov(A, B))
 * @param z (aucA − aucB) / SE
 * @param pValue two-sided p-value
 * @param adjustedPValue p-value after the family's multiple-testing adjustment (= pValue when none)
 * @param confidenceLevel level of the interval of the difference
 * @param ciLower lower confidence limit of the difference
 * @param ciUpper upper confidence limit of the difference
 * @param warnings conditions the user should know about
 */
public record PairedAucComparison(String scoreA, String scoreB, int positives, int negatives, int skippedRows,
    Direction directionA, Direction directionB, double aucA, double aucB, double standardError, double z,
    double pValue, double adjustedPValue, double confidenceLevel, double ciLower, double ciUpper,
    List<String> warnings) {

    /** Copies the warnings. */
    public PairedAucComparison {
        warnings = List.copyOf(warnings);
    }

    /** @return aucA − aucB */
    public double difference() {
        return aucA - aucB;
    }

    /**
     * @param adjusted the adjusted p-value
     * @return this comparison with {@code adjustedPValue} replaced
     */
    public PairedAucComparison withAdjustedPValue(final double adjusted) {
        return new PairedAucComparison(scoreA, scoreB, positives, negatives, skippedRows, directionA, directionB, aucA,
            aucB, standardError, z, pValue, adjusted, confidenceLevel, ciLower, ciUpper, warnings);
    }
}
