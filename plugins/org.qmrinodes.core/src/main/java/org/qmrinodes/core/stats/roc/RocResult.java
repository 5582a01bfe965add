package org.qmrinodes.core.stats.roc;

import java.util.List;

/**
 * ROC analysis of one score: AUC with DeLong standard error and confidence interval, and the
 * Youden-optimal operating point.
 *
 * @param score name of the score column
 * @param positives positive cases used
 * @param negatives negative cases used
 * @param skippedRows rows skipped because the outcome or the score was missing
 * @param direction the direction used (chosen or resolved from {@code auto})
 * @param auc the empirical AUC (Mann–Whitney estimate)
 * @param variance DeLong variance of the AUC
 * @param confidenceLevel level of the interval, e.g. 0.95
 * @param ciLower lower DeLong confidence limit, AUC − z·SE clipped at 0
 * @param ciUpper upper DeLong confidence limit, AUC + z·SE clipped at 1
 * @param youden the Youden-optimal operating point (first of ties in curve order)
 * @param youdenTies how many thresholds share the optimal Youden index
 * @param curve the full curve
 * @param warnings conditions the user should know about (constant score, zero variance, …)
 */
public record RocResult(String score, int positives, int negatives, int skippedRows, Direction direction, double auc,
    double variance, double confidenceLevel, double ciLower, double ciUpper, OperatingPoint youden, int youdenTies,
    RocCurve curve, List<String> warnings) {

    /** Copies the warnings. */
    public RocResult {
        warnings = List.copyOf(warnings);
    }

    /** @return DeLong standard error of the AUC, √variance */
    public double standardError() {
        return Math.sqrt(variance);
    }
}
