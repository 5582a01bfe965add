package org.qmrinodes.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.model.PredictorColumn;
import org.qmrinodes.core.stats.comparison.ComparisonSettings;
import org.qmrinodes.core.stats.comparison.Feature;
import org.qmrinodes.core.stats.comparison.FeatureComparison;
import org.qmrinodes.core.stats.comparison.GroupComparison;
import org.qmrinodes.core.stats.lasso.RadScore;
import org.qmrinodes.core.stats.multiplicity.PValueAdjustment;
import org.qmrinodes.core.stats.regression.LogisticFit;
import org.qmrinodes.core.stats.regression.LogisticOptions;
import org.qmrinodes.core.stats.regression.LogisticRegression;
import org.qmrinodes.core.stats.roc.DelongTest;
import org.qmrinodes.core.stats.roc.DirectionRule;
import org.qmrinodes.core.stats.roc.PairedAucComparison;
import org.qmrinodes.core.stats.roc.RocAnalysis;
import org.qmrinodes.core.stats.roc.RocResult;

/**
 * NaN and ±Infinity are missing values in every analysis: the rows holding one are skipped and
 * counted, and the result equals the analysis of the remaining rows.
 */
class NonFiniteValuesTest {

    private static final List<String> Y = List.of("1", "0", "1", "0", "1", "0", "1", "0", "1", "0", "0", "1", "0", "1");
    private static final double[] X = {1.2, 0.8, 2.5, 1.9, 1.4, 3.1, 2.2, 0.4, 1.8, 2.4, 1.1, 0.9, 1.6, 2.9};
    private static final double[] Z = {0.3, 0.2, 0.9, 0.5, 0.6, 0.4, 0.8, 0.1, 0.7, 0.35, 0.25, 0.5, 0.45, 0.75};

    private static BinaryOutcome outcome(final List<String> labels) {
        return BinaryOutcome.of("her2", labels, "1");
    }

    private static double[] withInfinities(final double[] v) {
        final double[] out = v.clone();
        out[2] = Double.POSITIVE_INFINITY;
        out[5] = Double.NEGATIVE_INFINITY;
        return out;
    }

    private static double[] withNaNs(final double[] v) {
        final double[] out = v.clone();
        out[2] = Double.NaN;
        out[5] = Double.NaN;
        return out;
    }

    @Test
    void logisticRegressionSkipsInfinitePredictorValues() {
        final LogisticFit inf = LogisticRegression.fit(outcome(Y), List.of(new PredictorColumn.Numeric("x", withInfinities(X))),
            LogisticOptions.defaults());
        final LogisticFit nan = LogisticRegression.fit(outcome(Y), List.of(new PredictorColumn.Numeric("x", withNaNs(X))),
            LogisticOptions.defaults());
        assertEquals(2, inf.skippedRows());
        assertEquals(12, inf.observations());
        assertEquals(nan.coefficient("x").estimate(), inf.coefficient("x").estimate(), 1e-12);
        assertTrue(inf.warnings().stream().anyMatch(w -> w.contains("2 rows")), inf.warnings().toString());
    }

    @Test
    void rocSkipsInfiniteScores() {
        final RocResult inf = RocAnalysis.analyze(outcome(Y), "x", withInfinities(X), DirectionRule.AUTO, 0.95);
        final RocResult nan = RocAnalysis.analyze(outcome(Y), "x", withNaNs(X), DirectionRule.AUTO, 0.95);
        assertEquals(2, inf.skippedRows());
        assertEquals(nan.auc(), inf.auc(), 0);
        assertEquals(nan.standardError(), inf.standardError(), 0);
    }

    @Test
    void delongUsesOnlyRowsWhereBothScoresAreFinite() {
        final PairedAucComparison inf = DelongTest.comparePaired(outcome(Y), "x", withInfinities(X), "z", Z,
            DirectionRule.AUTO, 0.95);
        final PairedAucComparison nan = DelongTest.comparePaired(outcome(Y), "x", withNaNs(X), "z", Z,
            DirectionRule.AUTO, 0.95);
        assertEquals(2, inf.skippedRows());
        assertEquals(nan.difference(), inf.difference(), 0);
        final List<PairedAucComparison> all = DelongTest.compareAll(outcome(Y), List.of("x", "z"),
            List.of(withInfinities(X), Z), null, DirectionRule.AUTO, 0.95, PValueAdjustment.NONE);
        assertEquals(nan.difference(), all.get(0).difference(), 0);
    }

    @Test
    void groupComparisonSkipsInfiniteValues() {
        final FeatureComparison inf = GroupComparison.screen("her2", Y, List.of(Feature.continuous("x", withInfinities(X))),
            ComparisonSettings.defaults(), PValueAdjustment.NONE, (i, n, f) -> { }).features().get(0);
        final FeatureComparison nan = GroupComparison.screen("her2", Y, List.of(Feature.continuous("x", withNaNs(X))),
            ComparisonSettings.defaults(), PValueAdjustment.NONE, (i, n, f) -> { }).features().get(0);
        assertEquals(2, inf.skippedRows());
        assertEquals(nan.pValue(), inf.pValue(), 0);
    }

    @Test
    void aRadScoreOfAnInfiniteFeatureIsMissing() {
        final RadScore score = new RadScore(List.of("x"), 0.5, new double[] {2});
        final double[] s = score.apply(java.util.Map.of("x", withInfinities(X)), true);
        assertEquals(2, RadScore.unscoredRows(s));
        assertEquals(0.5 + 2 * X[0], s[0], 1e-12);
    }
}
