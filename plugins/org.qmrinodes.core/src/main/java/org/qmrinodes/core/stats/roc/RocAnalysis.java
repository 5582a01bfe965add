package org.qmrinodes.core.stats.roc;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.data.ConfidenceLevel;
import org.qmrinodes.core.data.InvalidDataException;

/**
 * ROC analysis of a score against a binary outcome, matching R pROC 1.18:
 * {@code roc(...)}, {@code auc}, {@code var(method = "delong")}, {@code ci.auc(method = "delong")}
 * and {@code coords(r, "best", best.method = "youden")}.
 *
 * <p>The confidence interval is AUC ± z<sub>1−α/2</sub>·SE with the DeLong SE (see {@link
 * DelongPlacements}), clipped to [0, 1] as pROC does.
 */
public final class RocAnalysis {

    private RocAnalysis() {
    }

    /**
     * Analyses one score column.
     *
     * @param outcome the outcome per row
     * @param score name of the score column
     * @param scores one value per row, {@code NaN} where missing (such rows are skipped and counted)
     * @param rule how to choose the direction
     * @param confidenceLevel e.g. 0.95
     * @return the result
     * @throws InvalidDataException if a class has fewer than two cases with a score
     */
    public static RocResult analyze(final BinaryOutcome outcome, final String score, final double[] scores,
        final DirectionRule rule, final double confidenceLevel) {
        final ClassScores split = ClassScores.split(outcome, score, scores);
        split.requireTwoPerClass(outcome);
        return analyze(split, rule, confidenceLevel);
    }

    /**
     * Analyses scores already split by class.
     *
     * @param split the scores
     * @param rule how to choose the direction
     * @param confidenceLevel e.g. 0.95
     * @return the result
     * @throws InvalidDataException if a class has fewer than two cases
     */
    public static RocResult analyze(final ClassScores split, final DirectionRule rule, final double confidenceLevel) {
        ConfidenceLevel.check(confidenceLevel);
        split.requireTwoPerClass();
        final Direction direction = rule.resolve(split);
        final DelongPlacements placements = DelongPlacements.compute(split, direction);
        final double variance = placements.variance();
        final double half = standardNormalQuantile(confidenceLevel) * Math.sqrt(variance);
        final double auc = placements.auc();
        final RocCurve curve = RocCurve.compute(split, direction);
        final int[] ties = curve.youdenOptimalIndices();

        final List<String> warnings = new ArrayList<>();
        if (split.skippedRows() > 0) {
            warnings.add("'" + split.score() + "': " + split.skippedRows()
                + " rows skipped (missing outcome or score).");
        }
        if (split.isConstant()) {
            warnings.add("'" + split.score() + "' is constant: AUC 0.5 with zero variance.");
        } else if (variance == 0) {
            warnings.add("'" + split.score() + "' separates the classes perfectly: DeLong variance is 0.");
        }
        if (rule == DirectionRule.AUTO && auc < 0.5) {
            warnings.add("'" + split.score() + "': AUC below 0.5 with the automatic direction.");
        }
        return new RocResult(split.score(), split.positiveCount(), split.negativeCount(), split.skippedRows(),
            direction, auc, variance, confidenceLevel, Math.max(0.0, auc - half), Math.min(1.0, auc + half),
            curve.point(ties[0]), ties.length, curve, warnings);
    }

    /** @return the standard normal quantile z with P(|Z| ≤ z) = {@code confidenceLevel} */
    static double standardNormalQuantile(final double confidenceLevel) {
        return STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - confidenceLevel) / 2);
    }

    /** @return the two-sided p-value 2·P(Z ≥ |z|) */
    static double twoSidedP(final double z) {
        return 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z));
    }

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
}
