package org.qmrinodes.core.stats.roc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.qmrinodes.core.testing.Tolerance.assertRelative;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.testing.CsvTable;

/**
 * Agreement with R pROC 1.18 on the data sets and golden values made by
 * {@code validation/roc/make_roc_golden.R}: AUC to 1e-12, variance/SE/CI/z/p to 1e-9 relative,
 * Youden cut-offs and curve coordinates exactly as pROC orders them.
 */
class ProcAgreementTest {

    private static final double AUC_TOL = 1e-12;
    private static final double REL_TOL = 1e-9;
    private static final double ABS_FLOOR = 1e-14;

    private static final Path ROC_DIR = CsvTable.validationDir().resolve("roc");
    private static final Map<String, CsvTable> DATA = new HashMap<>();
    private static final Map<String, String> POSITIVE = new HashMap<>();

    static {
        final CsvTable index = CsvTable.read(ROC_DIR.resolve("data/datasets.csv"));
        for (int i = 0; i < index.size(); i++) {
            POSITIVE.put(index.text(i, "dataset"), index.text(i, "positive"));
        }
    }

    private static synchronized CsvTable data(final String dataset) {
        return DATA.computeIfAbsent(dataset, d -> {
            final CsvTable index = CsvTable.read(ROC_DIR.resolve("data/datasets.csv"));
            for (int i = 0; i < index.size(); i++) {
                if (index.text(i, "dataset").equals(d)) {
                    return CsvTable.read(ROC_DIR.resolve("data").resolve(index.text(i, "file")));
                }
            }
            throw new IllegalArgumentException("unknown data set " + d);
        });
    }

    private static BinaryOutcome outcome(final String dataset) {
        return BinaryOutcome.of("outcome", data(dataset).texts("outcome"), POSITIVE.get(dataset));
    }

    @TestFactory
    Stream<DynamicTest> rocAgreesWithProc() {
        return Stream.concat(rocRows("golden/roc.csv"), rocRows("golden/asah_roc.csv"));
    }

    private static Stream<DynamicTest> rocRows(final String goldenFile) {
        final CsvTable g = CsvTable.read(ROC_DIR.resolve(goldenFile));
        final List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            final int row = i;
            final String dataset = g.text(row, "dataset");
            final String score = g.text(row, "score");
            final String option = g.text(row, "direction_option");
            tests.add(DynamicTest.dynamicTest(dataset + "/" + score + "/" + option, () -> {
                final RocResult r = RocAnalysis.analyze(outcome(dataset), score, data(dataset).numbers(score),
                    DirectionRule.parse(option), 0.95);
                final String what = dataset + "/" + score + "/" + option + " ";
                assertEquals((int) g.number(row, "n_positive"), r.positives(), what + "n_positive");
                assertEquals((int) g.number(row, "n_negative"), r.negatives(), what + "n_negative");
                assertEquals(g.text(row, "direction"), r.direction().label(), what + "direction");
                assertEquals(g.number(row, "auc"), r.auc(), AUC_TOL, what + "auc");
                assertRelative(g.number(row, "auc_var"), r.variance(), REL_TOL, ABS_FLOOR, what + "auc_var");
                assertRelative(g.number(row, "auc_se"), r.standardError(), REL_TOL, ABS_FLOOR, what + "auc_se");
                assertRelative(g.number(row, "ci_lower"), r.ciLower(), REL_TOL, ABS_FLOOR, what + "ci_lower");
                assertRelative(g.number(row, "ci_upper"), r.ciUpper(), REL_TOL, ABS_FLOOR, what + "ci_upper");
                assertEquals((int) g.number(row, "n_best"), r.youdenTies(), what + "n_best");
                assertEquals(g.number(row, "cutoff"), r.youden().threshold(), what + "cutoff");
                assertEquals(g.number(row, "sensitivity"), r.youden().sensitivity(), AUC_TOL, what + "sensitivity");
                assertEquals(g.number(row, "specificity"), r.youden().specificity(), AUC_TOL, what + "specificity");
                final int[] best = r.curve().youdenOptimalIndices();
                final double[] cutoffs = new double[best.length];
                for (int k = 0; k < best.length; k++) {
                    cutoffs[k] = r.curve().thresholds()[best[k]];
                }
                assertArrayEquals(CsvTable.parseList(g.text(row, "best_cutoffs")), cutoffs, what + "best_cutoffs");
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> curveCoordinatesAgreeWithProc() {
        final CsvTable g = CsvTable.read(ROC_DIR.resolve("golden/roc_coords.csv"));
        final Map<String, List<Integer>> rowsByCurve = new java.util.LinkedHashMap<>();
        for (int i = 0; i < g.size(); i++) {
            rowsByCurve.computeIfAbsent(g.text(i, "dataset") + "/" + g.text(i, "score"), k -> new ArrayList<>()).add(i);
        }
        return rowsByCurve.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            final String[] key = e.getKey().split("/");
            final RocCurve c = RocAnalysis.analyze(outcome(key[0]), key[1], data(key[0]).numbers(key[1]),
                DirectionRule.AUTO, 0.95).curve();
            final List<Integer> rows = e.getValue();
            assertEquals(rows.size(), c.size(), e.getKey() + " number of points");
            for (int k = 0; k < rows.size(); k++) {
                final int row = rows.get(k);
                assertEquals(g.number(row, "threshold"), c.thresholds()[k], e.getKey() + " threshold " + k);
                assertEquals(g.number(row, "sensitivity"), c.sensitivity(k), AUC_TOL, e.getKey() + " sensitivity " + k);
                assertEquals(g.number(row, "specificity"), c.specificity(k), AUC_TOL, e.getKey() + " specificity " + k);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> pairedDelongAgreesWithProc() {
        return Stream.concat(pairedRows("golden/delong_paired.csv"), pairedRows("golden/asah_delong_paired.csv"));
    }

    private static Stream<DynamicTest> pairedRows(final String goldenFile) {
        final CsvTable g = CsvTable.read(ROC_DIR.resolve(goldenFile));
        final List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            final int row = i;
            final String dataset = g.text(row, "dataset");
            final String a = g.text(row, "score_a");
            final String b = g.text(row, "score_b");
            tests.add(DynamicTest.dynamicTest(dataset + "/" + a + " vs " + b, () -> {
                final CsvTable d = data(dataset);
                final PairedAucComparison t = DelongTest.comparePaired(outcome(dataset), a, d.numbers(a), b,
                    d.numbers(b), DirectionRule.AUTO, 0.95);
                final String what = dataset + "/" + a + " vs " + b + " ";
                assertEquals(g.text(row, "direction_a"), t.directionA().label(), what + "direction_a");
                assertEquals(g.text(row, "direction_b"), t.directionB().label(), what + "direction_b");
                assertEquals(g.number(row, "auc_a"), t.aucA(), AUC_TOL, what + "auc_a");
                assertEquals(g.number(row, "auc_b"), t.aucB(), AUC_TOL, what + "auc_b");
                assertEquals(g.number(row, "difference"), t.difference(), AUC_TOL, what + "difference");
                assertRelative(g.number(row, "z"), t.z(), REL_TOL, 1e-12, what + "z");
                assertRelative(g.number(row, "p_value"), t.pValue(), REL_TOL, 1e-300, what + "p_value");
                assertRelative(g.number(row, "ci_lower"), t.ciLower(), REL_TOL, 1e-12, what + "ci_lower");
                assertRelative(g.number(row, "ci_upper"), t.ciUpper(), REL_TOL, 1e-12, what + "ci_upper");
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> unpairedDelongAgreesWithProc() {
        final CsvTable g = CsvTable.read(ROC_DIR.resolve("golden/delong_unpaired.csv"));
        final List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            final int row = i;
            final String da = g.text(row, "dataset_a");
            final String db = g.text(row, "dataset_b");
            final String score = g.text(row, "score");
            tests.add(DynamicTest.dynamicTest(da + " vs " + db + "/" + score, () -> {
                final ClassScores sa = ClassScores.split(outcome(da), score, data(da).numbers(score));
                final ClassScores sb = ClassScores.split(outcome(db), score, data(db).numbers(score));
                final UnpairedAucComparison t = DelongTest.compareUnpaired(sa, sb, DirectionRule.AUTO, 0.95);
                assertEquals(g.number(row, "auc_a"), t.a().auc(), AUC_TOL, "auc_a");
                assertEquals(g.number(row, "auc_b"), t.b().auc(), AUC_TOL, "auc_b");
                assertEquals(g.number(row, "difference"), t.difference(), AUC_TOL, "difference");
                assertRelative(g.number(row, "z"), t.z(), REL_TOL, 0, "z");
                assertRelative(g.number(row, "df"), t.degreesOfFreedom(), REL_TOL, 0, "df");
                assertRelative(g.number(row, "p_value"), t.pValue(), REL_TOL, 0, "p_value");
            }));
        }
        return tests.stream();
    }
}
