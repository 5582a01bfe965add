package org.qmrinodes.core.stats.lasso;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.data.InvalidDataException;

/** Bad input, edge cases and the behaviour not covered by the glmnet golden values. */
class CrossValidatedLassoTest {

    private static BinaryOutcome outcome(final boolean[] y) {
        final List<String> labels = new ArrayList<>();
        for (final boolean b : y) {
            labels.add(b ? "pos" : "neg");
        }
        return BinaryOutcome.of("y", labels, "pos");
    }

    private static boolean[] draw(final Random random, final double[][] x, final double effect) {
        final boolean[] y = new boolean[x[0].length];
        for (int i = 0; i < y.length; i++) {
            for (final double[] c : x) {
                c[i] = random.nextGaussian();
            }
            y[i] = random.nextDouble() < 1 / (1 + Math.exp(-effect * x[0][i]));
        }
        return y;
    }

    @Test
    void rowsWithMissingValuesAreDroppedAndCounted() {
        final Random random = new Random(1);
        final double[][] x = new double[3][60];
        final boolean[] y = draw(random, x, 1.5);
        x[1][4] = Double.NaN;
        x[2][9] = Double.NaN;
        final List<String> labels = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            labels.add(i == 20 ? null : y[i] ? "pos" : "neg");
        }
        final FeatureMatrix m = FeatureMatrix.completeCases(BinaryOutcome.of("y", labels, "pos"), List.of("a", "b", "c"),
            List.of(x[0], x[1], x[2]));
        assertEquals(57, m.rows());
        assertEquals(3, m.skippedRows());
        assertEquals(3, PenalizedLogisticRegression.fit(m, ElasticNetSettings.defaults()).skippedRows());
        assertTrue(Arrays.stream(m.sourceRows()).noneMatch(r -> r == 4 || r == 9 || r == 20));
    }

    @Test
    void infiniteValuesAreMissingSkippedAndCounted() {
        final double[][] x = new double[2][20];
        final boolean[] y = draw(new Random(2), x, 1);
        x[1][6] = Double.POSITIVE_INFINITY;
        x[0][11] = Double.NEGATIVE_INFINITY;
        final FeatureMatrix m = FeatureMatrix.completeCases(outcome(y), List.of("a", "b"), List.of(x[0], x[1]));
        assertEquals(2, m.skippedRows());
        assertTrue(Arrays.stream(m.sourceRows()).noneMatch(r -> r == 6 || r == 11));
    }

    @Test
    void tooFewCasesOfAClassIsAnErrorNamingTheOutcome() {
        final double[] x = {1, 2, 3, 4, 5};
        final double[] y = {1, Double.NaN, 3, 4, 5};
        final BinaryOutcome o = BinaryOutcome.of("her2", Arrays.asList("pos", "pos", "neg", "neg", "neg"), "pos");
        final InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> FeatureMatrix.completeCases(o, List.of("x", "y"), List.of(x, y)));
        assertTrue(e.getMessage().contains("'her2'") && e.getMessage().contains("1 positive"), e.getMessage());
    }

    @Test
    void allConstantFeaturesIsAnError() {
        final boolean[] y = {true, false, true, false, true, false};
        final FeatureMatrix m = FeatureMatrix.completeCases(outcome(y), List.of("k"), List.of(new double[] {2, 2, 2, 2, 2, 2}));
        final InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> PenalizedLogisticRegression.fit(m, ElasticNetSettings.defaults()));
        assertTrue(e.getMessage().contains("constant"), e.getMessage());
    }

    @Test
    void constantFeatureGetsZeroAndAWarning() {
        final double[][] x = new double[2][50];
        final boolean[] y = draw(new Random(3), x, 2);
        Arrays.fill(x[1], 7.0);
        final LogisticPath path = PenalizedLogisticRegression.fit(
            FeatureMatrix.completeCases(outcome(y), List.of("signal", "flat"), List.of(x[0], x[1])),
            ElasticNetSettings.defaults());
        for (int s = 0; s < path.size(); s++) {
            assertEquals(0.0, path.coefficients(s)[1]);
        }
        assertTrue(path.warnings().get(0).contains("'flat'"), path.warnings().toString());
    }

    @Test
    void perfectSeparationStopsThePathOnTheDevianceRule() {
        final double[] x = new double[40];
        final boolean[] y = new boolean[40];
        for (int i = 0; i < 40; i++) {
            y[i] = i % 2 == 0;
            x[i] = (y[i] ? 1 : -1) * (1 + i / 40.0);
        }
        final double[] noise = new Random(4).doubles(40).toArray();
        final FeatureMatrix m = FeatureMatrix.completeCases(outcome(y), List.of("x", "noise"), List.of(x, noise));
        final LogisticPath path = PenalizedLogisticRegression.fit(m, ElasticNetSettings.defaults());
        assertTrue(path.size() < 100, "stops early");
        assertTrue(path.devianceRatios()[path.size() - 1] > 0.99);
        final CrossValidationResult cv = CrossValidatedLasso.run(m, FoldAssignment.stratified(5, 1),
            ElasticNetSettings.defaults(), CvMeasure.DEVIANCE);
        assertTrue(Arrays.stream(cv.cvMean()).allMatch(Double::isFinite));
    }

    @Test
    void manyMoreFeaturesThanCasesUsesTheLargerMinRatio() {
        final double[][] x = new double[300][30];
        final boolean[] y = draw(new Random(5), x, 2);
        final List<String> names = new ArrayList<>();
        for (int j = 0; j < x.length; j++) {
            names.add("f" + j);
        }
        final LogisticPath path = PenalizedLogisticRegression.fit(
            FeatureMatrix.completeCases(outcome(y), names, Arrays.asList(x)), ElasticNetSettings.defaults());
        if (path.size() == 100) {
            assertEquals(0.01, path.lambda(99) / path.lambda(0), 1e-12);
        }
        assertTrue(path.lambda(path.size() - 1) / path.lambda(0) >= 0.01 - 1e-12);
    }

    @Test
    void foldWhoseTrainingDataLackAClassIsAnErrorNamingTheFold() {
        final boolean[] y = {true, true, false, false, false, false, false, false, false};
        final double[] x = {5, 6, 1, 2, 3, 1, 2, 3, 2};
        final FeatureMatrix m = FeatureMatrix.completeCases(outcome(y), List.of("x"), List.of(x));
        final double[] ids = {1, 1, 1, 2, 2, 2, 3, 3, 3};
        final InvalidDataException e = assertThrows(InvalidDataException.class, () -> CrossValidatedLasso.run(m,
            FoldAssignment.given("fold", ids), ElasticNetSettings.defaults(), CvMeasure.DEVIANCE));
        assertTrue(e.getMessage().contains("fold 1") && e.getMessage().contains("0 positive"), e.getMessage());
    }

    @Test
    void stratifiedFoldsAreReproducibleBalancedAndStratified() {
        final double[][] x = new double[1][103];
        final boolean[] y = draw(new Random(6), x, 1);
        final FeatureMatrix m = FeatureMatrix.completeCases(outcome(y), List.of("x"), List.of(x[0]));
        final int[] a = FoldAssignment.stratified(10, 42).resolve(m);
        assertArrayEquals(a, FoldAssignment.stratified(10, 42).resolve(m));
        assertNotEquals(Arrays.toString(a), Arrays.toString(FoldAssignment.stratified(10, 43).resolve(m)));
        final int[] size = new int[10];
        final int[] pos = new int[10];
        for (int i = 0; i < a.length; i++) {
            size[a[i]]++;
            pos[a[i]] += y[i] ? 1 : 0;
        }
        assertTrue(Arrays.stream(size).max().getAsInt() - Arrays.stream(size).min().getAsInt() <= 1);
        assertTrue(Arrays.stream(pos).max().getAsInt() - Arrays.stream(pos).min().getAsInt() <= 1);
    }

    @Test
    void badFoldIdsAreErrorsNamingColumnAndRow() {
        final double[][] x = new double[1][12];
        final boolean[] y = draw(new Random(7), x, 1);
        y[0] = true;
        y[1] = false;
        y[2] = true;
        y[3] = false;
        final FeatureMatrix m = FeatureMatrix.completeCases(outcome(y), List.of("x"), List.of(x[0]));
        final double[] ids = {1, 2, 3, 1, 2, 3, 1, 2.5, 3, 1, 2, 3};
        InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> FoldAssignment.given("fold", ids).resolve(m));
        assertTrue(e.getMessage().contains("'fold'") && e.getMessage().contains("row 8"), e.getMessage());
        final double[] gap = {1, 2, 4, 1, 2, 4, 1, 2, 4, 1, 2, 4};
        e = assertThrows(InvalidDataException.class, () -> FoldAssignment.given("fold", gap).resolve(m));
        assertTrue(e.getMessage().contains("fold 3 has no"), e.getMessage());
    }

    @Test
    void aucAndMisclassificationChooseLambdasConsistently() {
        final double[][] x = new double[5][200];
        final boolean[] y = draw(new Random(8), x, 1.5);
        final FeatureMatrix m = FeatureMatrix.completeCases(outcome(y), List.of("a", "b", "c", "d", "e"),
            Arrays.asList(x));
        for (final CvMeasure measure : CvMeasure.values()) {
            final CrossValidationResult cv = CrossValidatedLasso.run(m, FoldAssignment.stratified(5, 3),
                ElasticNetSettings.defaults(), measure);
            assertEquals(measure, cv.measure());
            final double[] cvm = cv.cvMean();
            for (final double v : cvm) {
                if (measure.maximised()) {
                    assertTrue(v <= cvm[cv.indexMin()]);
                } else {
                    assertTrue(v >= cvm[cv.indexMin()]);
                }
            }
            assertTrue(cv.index1se() <= cv.indexMin());
            assertTrue(cv.lambda1se() >= cv.lambdaMin());
            if (measure == CvMeasure.AUC) {
                assertTrue(cvm[cv.indexMin()] > 0.7 && cvm[cv.indexMin()] <= 1, "AUC " + cvm[cv.indexMin()]);
            }
            if (measure == CvMeasure.MISCLASSIFICATION) {
                assertTrue(cvm[cv.indexMin()] < 0.35, "error " + cvm[cv.indexMin()]);
            }
        }
    }

    @Test
    void aucWithSmallFoldsFallsBackToDevianceWithAWarning() {
        final double[][] x = new double[2][40];
        final boolean[] y = draw(new Random(9), x, 2);
        final CrossValidationResult cv = CrossValidatedLasso.run(
            FeatureMatrix.completeCases(outcome(y), List.of("a", "b"), Arrays.asList(x)),
            FoldAssignment.stratified(10, 1), ElasticNetSettings.defaults(), CvMeasure.AUC);
        assertEquals(CvMeasure.DEVIANCE, cv.measure());
        assertTrue(cv.warnings().stream().anyMatch(w -> w.contains("AUC")), cv.warnings().toString());
    }

    @Test
    void radScoreIsTheLinearPredictorOfTheChosenLambda() {
        final double[][] x = new double[4][150];
        final boolean[] y = draw(new Random(10), x, 2);
        final List<String> names = List.of("a", "b", "c", "d");
        final CrossValidationResult cv = CrossValidatedLasso.run(
            FeatureMatrix.completeCases(outcome(y), names, Arrays.asList(x)), FoldAssignment.stratified(10, 7),
            ElasticNetSettings.defaults(), CvMeasure.DEVIANCE);
        final RadScore score = cv.radScore(LambdaChoice.MIN);
        final double[] b = cv.path().coefficients(cv.indexMin());
        final double a0 = cv.path().intercept(cv.indexMin());
        assertEquals(Arrays.stream(b).filter(v -> v != 0).count(), score.features().size());
        final Map<String, double[]> data = Map.of("a", new double[] {1, Double.NaN}, "b", new double[] {2, 0},
            "c", new double[] {-1, 0}, "d", new double[] {0.5, 0}, "unused", new double[] {9, 9});
        final double[] with = score.apply(data, true);
        final double[] without = score.apply(data, false);
        assertEquals(a0 + b[0] * 1 + b[1] * 2 - b[2] + b[3] * 0.5, with[0], 1e-12);
        assertEquals(with[0] - a0, without[0], 1e-12);
        assertEquals(b[0] != 0 ? 1 : 0, RadScore.unscoredRows(with));
        final InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> score.apply(Map.of("zzz", new double[] {1}), true));
        assertTrue(e.getMessage().contains("is not a column"), e.getMessage());
    }

    @Test
    void progressCountsEveryFitAndCanStopTheRun() {
        final double[][] x = new double[3][90];
        final boolean[] y = draw(new Random(11), x, 1.5);
        final FeatureMatrix m = FeatureMatrix.completeCases(outcome(y), List.of("a", "b", "c"), Arrays.asList(x));
        final List<Integer> finished = java.util.Collections.synchronizedList(new ArrayList<>());
        final CrossValidationResult plain = CrossValidatedLasso.run(m, FoldAssignment.stratified(5, 3),
            ElasticNetSettings.defaults(), CvMeasure.DEVIANCE);
        final CrossValidationResult reported = CrossValidatedLasso.run(m, FoldAssignment.stratified(5, 3),
            ElasticNetSettings.defaults(), CvMeasure.DEVIANCE, (done, total, message) -> {
                assertEquals(6, total);
                if (message.endsWith("fitted")) {
                    finished.add(done);
                }
            });
        assertEquals(List.of(1, 2, 3, 4, 5, 6), finished.stream().sorted().toList());
        assertArrayEquals(plain.cvMean(), reported.cvMean());
        final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        assertThrows(java.util.concurrent.CancellationException.class, () -> CrossValidatedLasso.run(m,
            FoldAssignment.stratified(5, 3), ElasticNetSettings.defaults(), CvMeasure.DEVIANCE, (done, total, msg) -> {
                if (calls.incrementAndGet() > 2) {
                    throw new java.util.concurrent.CancellationException("stop");
                }
            }));
    }

    @Test
    void modelAtTheChosenLambdaPredictsTheRadScore() {
        final double[][] x = new double[4][150];
        final boolean[] y = draw(new Random(10), x, 2);
        final List<String> names = List.of("a", "b", "c", "d");
        final BinaryOutcome outcome = outcome(y);
        final CrossValidationResult cv = CrossValidatedLasso.run(FeatureMatrix.completeCases(outcome, names,
            Arrays.asList(x)), FoldAssignment.stratified(10, 7), ElasticNetSettings.defaults(), CvMeasure.DEVIANCE);
        for (final LambdaChoice choice : LambdaChoice.values()) {
            final org.qmrinodes.core.model.LinearPredictorModel model =
                cv.model(choice, outcome, FoldAssignment.stratified(10, 7));
            final RadScore score = cv.radScore(choice);
            assertEquals(score.features(), model.coding().columns());
            assertEquals("pos", model.positiveClass());
            assertEquals(choice.label(), model.conventions().get("lambda_rule"));
            assertEquals(Double.toString(cv.path().lambda(cv.index(choice))), model.conventions().get("lambda"));
            assertEquals("stratified random folds, seed 7", model.conventions().get("fold_assignment"));
            final List<org.qmrinodes.core.model.PredictorColumn> columns = new ArrayList<>();
            final Map<String, double[]> byName = new java.util.HashMap<>();
            for (int j = 0; j < 4; j++) {
                columns.add(new org.qmrinodes.core.model.PredictorColumn.Numeric(names.get(j), x[j]));
                byName.put(names.get(j), x[j]);
            }
            assertArrayEquals(score.apply(byName, true), model.linearPredictors(columns, 150), 1e-12);
        }
        final org.qmrinodes.core.model.LinearPredictorModel empty = new org.qmrinodes.core.model.LinearPredictorModel(
            "k", "y", "pos", "neg", new org.qmrinodes.core.model.DesignCoding(List.of()), 0.25, new double[0], Map.of());
        assertArrayEquals(new double[] {0.25, 0.25, 0.25}, empty.linearPredictors(List.of(), 3));
    }
}
