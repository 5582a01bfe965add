package org.qmrinodes.core.stats.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.testing.CsvTable;
import org.qmrinodes.core.testing.Tolerance;

/** The binned curve's groups and exact intervals against R {@code binom.test} (make_evaluation_golden.R). */
class CalibrationCurvesTest {

    @Test
    void binnedPointsAndTheirExactIntervalsAsRBinomTest() {
        final Map<String, CalibrationTest.Data> data = CalibrationTest.datasets();
        final CsvTable t = CsvTable.read(CsvTable.validationDir().resolve("evaluation/binned_intervals.csv"));
        int compared = 0;
        int refused = 0;
        for (int row = 0; row < t.size(); row++) {
            final int r = row;
            final CalibrationTest.Data d = data.get(t.text(r, "dataset"));
            final CalibrationCurves.Model m = CalibrationCurves.of("p", d.p(), d.y(), (int) t.number(r, "g"), 0.95);
            if (m.problem() != null) {
                // R forms the groups that hold cases; our test refuses a grouping with an empty interval
                assertTrue(m.problem().contains("holds no case"), m.problem());
                refused++;
                continue;
            }
            final CalibrationCurves.Bin bin = m.bins().stream()
                .filter(b -> b.n() == (int) t.number(r, "n") && Math.abs(b.observed() * b.n() - t.number(r, "observed1")) < 1e-9)
                .findFirst().orElseThrow(() -> new AssertionError("row " + (r + 2) + ": no such group"));
            final String at = t.text(r, "dataset") + " g=" + t.text(r, "g") + " group " + t.text(r, "group");
            Tolerance.assertRelative(t.number(r, "lower"), bin.lower(), 1e-9, 1e-14, at + " lower");
            Tolerance.assertRelative(t.number(r, "upper"), bin.upper(), 1e-9, 1e-14, at + " upper");
            compared++;
        }
        assertTrue(compared >= 40 && refused < compared, "groups compared: " + compared + ", refused " + refused);
    }

    @Test
    void intervalsAtTheBoundsAreZeroAndOne() {
        assertEquals(0, CalibrationCurves.clopperPearson(0, 10, 0.95)[0]);
        assertEquals(1, CalibrationCurves.clopperPearson(10, 10, 0.95)[1]);
        // binom.test(0, 10)$conf.int[2] = 1 - 0.025^(1/10)
        assertEquals(1 - Math.pow(0.025, 0.1), CalibrationCurves.clopperPearson(0, 10, 0.95)[1], 1e-12);
    }

    @Test
    void tablesHoldOneSummaryRowPerModelAndBothCurveKinds() {
        final CalibrationTest.Data d = CalibrationTest.datasets().get("realistic");
        final List<CalibrationCurves.Model> models = List.of(CalibrationCurves.of("a", d.p(), d.y(), 10, 0.95),
            CalibrationCurves.of("b", d.p(), d.y(), 5, 0.95));
        final ResultTable summary = CalibrationCurves.summary(models);
        assertEquals(List.of("model", "n", "events", "brier", "brier_scaled", "intercept", "slope", "e_max", "e_avg",
            "e_90", "ici", "hl_chi2", "hl_df", "hl_p"), summary.columnNames());
        assertEquals(2, summary.rows().size());
        assertEquals(8, summary.rows().get(0).get(12), "df = g - 2");
        final ResultTable curves = CalibrationCurves.curves(models);
        assertEquals(List.of("model", "kind", "predicted", "observed", "n", "lower", "upper"), curves.columnNames());
        assertEquals(15, curves.rows().stream().filter(row -> row.get(1).equals("binned")).count());
        assertTrue(curves.rows().stream().filter(row -> row.get(1).equals("smoothed")).allMatch(row -> row.get(5) == null));
    }

    @Test
    void aTestThatCannotBeFormedLeavesTheCalibrationAndSaysWhy() {
        final double[] p = {0.1, 0.1, 0.1, 0.1, 0.9, 0.9, 0.9, 0.9};
        final boolean[] y = {false, false, true, false, true, true, false, true};
        final CalibrationCurves.Model m = CalibrationCurves.of("tied", p, y, 2, 0.95);
        assertNull(m.hosmerLemeshow());
        assertNotNull(m.problem());
        assertTrue(m.problem().contains("'tied'"), m.problem());
        assertTrue(m.bins().isEmpty());
        final InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> CalibrationCurves.of("one class", p, new boolean[8], 10, 0.95));
        assertTrue(e.getMessage().contains("'one class'"), e.getMessage());
    }
}
