package org.qmrinodes.core.stats.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.testing.CsvTable;
import org.qmrinodes.core.testing.Tolerance;

/**
 * Net benefit against the R formulas and Python dcurves ({@code validation/evaluation/dca.csv},
 * agreeing with each other to 7e-15), Hosmer–Lemeshow against ResourceSelection's definition
 * ({@code hosmer_lemeshow*.csv}), both from {@code make_evaluation_golden.R}.
 */
class DecisionCurveAndHosmerLemeshowTest {

    private static final double[] PERCENT = DecisionCurve.thresholds(0.01, 0.99, 0.01);

    private static Path golden(final String name) {
        return CsvTable.validationDir().resolve("evaluation/" + name);
    }

    private static void assertCurve(final String dataset, final String model, final double[] p, final boolean[] y) {
        final CsvTable t = CsvTable.read(golden("dca.csv"));
        final List<DecisionCurve.Point> curve = DecisionCurve.curve(model, p, y, PERCENT);
        int checked = 0;
        for (int r = 0; r < t.size(); r++) {
            if (!t.text(r, "dataset").equals(dataset) || !t.text(r, "model").equals(model)) {
                continue;
            }
            final DecisionCurve.Point point = curve.get(checked++);
            assertEquals(t.number(r, "threshold"), point.threshold(), 0, "threshold");
            final String at = dataset + " " + model + " pt " + point.threshold();
            Tolerance.assertRelative(t.number(r, "net_benefit"), point.netBenefit(), 1e-12, 1e-14, at);
            Tolerance.assertRelative(t.number(r, "net_benefit_all"), point.netBenefitAll(), 1e-12, 1e-14, at);
            Tolerance.assertRelative(t.number(r, "standardized_net_benefit"), point.standardizedNetBenefit(), 1e-12, 1e-14, at);
            Tolerance.assertRelative(t.number(r, "interventions_avoided_per_100"), point.interventionsAvoidedPer100(), 1e-10,
                1e-11, at);
        }
        assertEquals(99, checked);
    }

    @Test
    void netBenefitEqualsTheGoldenCurvesIncludingPredictionsOnTheThresholds() {
        final CsvTable v = CsvTable.read(golden("data_validation.csv"));
        final boolean[] y = events(v.numbers("y"));
        assertCurve("validation", "full", v.numbers("p_full"), y);
        assertCurve("validation", "small", v.numbers("p_small"), y);
        final CsvTable ties = CsvTable.read(golden("data_dca_ties.csv"));
        assertCurve("ties", "tied", ties.numbers("tied"), events(ties.numbers("y")));
    }

    @Test
    void thresholdsAreTheDecimalDoubles() {
        assertEquals(99, PERCENT.length);
        assertEquals(0.07, PERCENT[6], 0);
        assertEquals(0.99, PERCENT[98], 0);
        assertThrows(InvalidDataException.class, () -> DecisionCurve.thresholds(0, 0.5, 0.1));
        assertThrows(InvalidDataException.class, () -> DecisionCurve.curve("m", new double[] {1.2}, new boolean[] {true}, PERCENT));
    }

    private static boolean[] events(final double[] y) {
        final boolean[] b = new boolean[y.length];
        for (int i = 0; i < y.length; i++) {
            b[i] = y[i] == 1;
        }
        return b;
    }

    @Test
    void hosmerLemeshowEqualsTheGoldenStatisticsForBothDfRules() {
        final CsvTable data = CsvTable.read(golden("data_predictions.csv"));
        final CsvTable hl = CsvTable.read(golden("hosmer_lemeshow.csv"));
        final CsvTable groups = CsvTable.read(golden("hosmer_lemeshow_groups.csv"));
        int checked = 0;
        for (int r = 0; r < hl.size(); r++) {
            final String dataset = hl.text(r, "dataset");
            final int g = (int) hl.number(r, "g");
            final List<Double> p = new ArrayList<>();
            final List<Boolean> y = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                if (data.text(i, "dataset").equals(dataset)) {
                    p.add(data.number(i, "p"));
                    y.add(data.number(i, "y") == 1);
                }
            }
            final double[] pa = p.stream().mapToDouble(Double::doubleValue).toArray();
            final boolean[] ya = new boolean[y.size()];
            for (int i = 0; i < ya.length; i++) {
                ya[i] = y.get(i);
            }
            final double chi2 = hl.number(r, "chi2");
            if (Double.isNaN(chi2)) {
                // R returns NaN for an empty interval; we refuse with a message
                final InvalidDataException e = assertThrows(InvalidDataException.class,
                    () -> HosmerLemeshow.test(pa, ya, g, HosmerLemeshow.DfRule.REQUESTED));
                assertTrue(e.getMessage().contains("holds no case"), e.getMessage());
                checked++;
                continue;
            }
            final String at = dataset + " g=" + g;
            final HosmerLemeshow.Result requested = HosmerLemeshow.test(pa, ya, g, HosmerLemeshow.DfRule.REQUESTED);
            Tolerance.assertRelative(chi2, requested.chiSquare(), 1e-10, 1e-12, at);
            assertEquals((int) hl.number(r, "df"), requested.df(), at);
            Tolerance.assertRelative(hl.number(r, "p"), requested.pValue(), 1e-9, 1e-14, at);
            final HosmerLemeshow.Result occupied = HosmerLemeshow.test(pa, ya, g, HosmerLemeshow.DfRule.OCCUPIED);
            assertEquals((int) hl.number(r, "df_occupied"), occupied.df(), at);
            Tolerance.assertRelative(hl.number(r, "p_occupied"), occupied.pValue(), 1e-9, 1e-14, at);
            assertEquals((int) hl.number(r, "groups_occupied"), occupied.groups().size(), at);
            int k = 0;
            for (int i = 0; i < groups.size(); i++) {
                if (groups.text(i, "dataset").equals(dataset) && (int) groups.number(i, "g") == g) {
                    final HosmerLemeshow.Group grp = requested.groups().get(k++);
                    assertEquals((int) groups.number(i, "n"), grp.n(), at + " group " + k);
                    assertEquals((int) groups.number(i, "observed1"), grp.observedEvents(), at + " group " + k);
                    Tolerance.assertRelative(groups.number(i, "expected1"), grp.expectedEvents(), 1e-12, 1e-14, at);
                    Tolerance.assertRelative(groups.number(i, "upper"), grp.upper(), 1e-15, 0, at);
                }
            }
            assertEquals(requested.groups().size(), k, at);
            checked++;
        }
        assertEquals(10, checked);
    }
}
