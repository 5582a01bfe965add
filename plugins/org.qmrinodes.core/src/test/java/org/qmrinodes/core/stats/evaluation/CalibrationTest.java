package org.qmrinodes.core.stats.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.qmrinodes.core.testing.Tolerance.assertRelative;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.testing.CsvTable;

/**
 * {@code rms::val.prob} 6.5 and {@code stats::lowess} (R 4.2.2) on the golden data sets of
 * {@code validation/evaluation/}: realistic, exact 0 and 1, heavy ties, few events, constant,
 * coarse.
 */
class CalibrationTest {

    private static final double REL = 1e-9;
    private static final double ABS = 1e-12;

    record Data(double[] p, boolean[] y) {
    }

    static Map<String, Data> datasets() {
        final CsvTable t = CsvTable.read(CsvTable.validationDir().resolve("evaluation/data_predictions.csv"));
        final Map<String, List<Integer>> rows = new java.util.LinkedHashMap<>();
        for (int r = 0; r < t.size(); r++) {
            rows.computeIfAbsent(t.text(r, "dataset"), k -> new ArrayList<>()).add(r);
        }
        final Map<String, Data> out = new java.util.LinkedHashMap<>();
        rows.forEach((name, rs) -> {
            final double[] p = new double[rs.size()];
            final boolean[] y = new boolean[rs.size()];
            for (int i = 0; i < p.length; i++) {
                p[i] = t.number(rs.get(i), "p");
                y[i] = t.number(rs.get(i), "y") == 1;
            }
            out.put(name, new Data(p, y));
        });
        return out;
    }

    private static Map<String, Map<String, Double>> golden() {
        final CsvTable t = CsvTable.read(CsvTable.validationDir().resolve("evaluation/val_prob.csv"));
        final Map<String, Map<String, Double>> out = new HashMap<>();
        for (int r = 0; r < t.size(); r++) {
            final String v = t.text(r, "value");
            out.computeIfAbsent(t.text(r, "dataset"), k -> new HashMap<>()).put(t.text(r, "field"),
                v == null || v.equals("NA") ? Double.NaN : Double.parseDouble(v));
        }
        return out;
    }

    @Test
    void everyValProbFieldOfEveryDataSet() {
        final Map<String, Map<String, Double>> g = golden();
        int checked = 0;
        for (final Map.Entry<String, Data> e : datasets().entrySet()) {
            if (e.getKey().equals("constant")) {
                continue;
            }
            final Map<String, Double> r = g.get(e.getKey());
            final Calibration c = Calibration.of(e.getValue().p(), e.getValue().y());
            final String at = e.getKey() + " ";
            assertRelative(r.get("Dxy"), c.dxy(), REL, ABS, at + "Dxy");
            assertRelative(r.get("C (ROC)"), c.c(), REL, ABS, at + "C");
            assertRelative(r.get("R2"), c.r2(), REL, ABS, at + "R2");
            assertRelative(r.get("D"), c.d(), REL, ABS, at + "D");
            assertRelative(r.get("U"), c.u(), 1e-7, 1e-10, at + "U");
            assertRelative(r.get("U:Chi-sq"), c.uChiSquare(), 1e-7, 1e-10, at + "U:Chi-sq");
            assertRelative(r.get("U:p"), c.uP(), 1e-7, 1e-10, at + "U:p");
            assertRelative(r.get("Q"), c.q(), 1e-7, 1e-10, at + "Q");
            assertRelative(r.get("Brier"), c.brier(), REL, ABS, at + "Brier");
            assertRelative(r.get("Intercept"), c.intercept(), 1e-7, 1e-10, at + "Intercept");
            assertRelative(r.get("Slope"), c.slope(), 1e-7, 1e-10, at + "Slope");
            assertRelative(r.get("Emax"), c.eMax(), REL, ABS, at + "Emax");
            assertRelative(r.get("E90"), c.e90(), REL, ABS, at + "E90");
            assertRelative(r.get("Eavg"), c.eAvg(), REL, ABS, at + "Eavg");
            assertRelative(r.get("S:z"), c.spiegelhalterZ(), REL, ABS, at + "S:z");
            assertRelative(r.get("S:p"), c.spiegelhalterP(), REL, ABS, at + "S:p");
            checked++;
        }
        assertEquals(5, checked);
    }

    @Test
    void aConstantPredictionGivesValProbsSeparateBranchUnderItsIntendedNames() {
        final Map<String, Double> r = golden().get("constant");
        final Data d = datasets().get("constant");
        final Calibration c = Calibration.of(d.p(), d.y());
        assertRelative(r.get("D"), c.d(), REL, ABS, "D");
        assertRelative(r.get("U"), c.u(), REL, ABS, "U");
        assertRelative(r.get("U:Chi-sq"), c.uChiSquare(), REL, ABS, "U:Chi-sq");
        assertRelative(r.get("U:p"), c.uP(), REL, ABS, "U:p");
        assertRelative(r.get("Q"), c.q(), REL, ABS, "Q");
        assertRelative(r.get("Brier"), c.brier(), REL, ABS, "Brier");
        assertRelative(r.get("Intercept"), c.intercept(), REL, ABS, "Intercept");
        assertEquals(0, c.slope());
        // rms labels these one place off: the value named Eavg is |p - P|, S:p holds z, the unnamed last one its p
        assertRelative(r.get("Eavg"), c.eMax(), REL, ABS, "Emax");
        assertRelative(r.get("S:p"), c.spiegelhalterZ(), REL, ABS, "S:z");
        assertRelative(r.get("NA"), c.spiegelhalterP(), REL, ABS, "S:p");
    }

    @Test
    void lowessCurvesWithAndWithoutRobustnessIterations() {
        final CsvTable t = CsvTable.read(CsvTable.validationDir().resolve("evaluation/lowess_curve.csv"));
        final Map<String, Data> data = datasets();
        int checked = 0;
        for (final Map.Entry<String, Data> e : data.entrySet()) {
            for (final int iter : new int[] {0, 3}) {
                final double[] y = new double[e.getValue().y().length];
                for (int i = 0; i < y.length; i++) {
                    y[i] = e.getValue().y()[i] ? 1 : 0;
                }
                final Lowess.Curve curve = Lowess.smooth(e.getValue().p(), y, 2.0 / 3, iter, Double.NaN);
                int k = 0;
                for (int r = 0; r < t.size(); r++) {
                    if (t.text(r, "dataset").equals(e.getKey()) && (int) t.number(r, "iter") == iter) {
                        assertEquals(t.number(r, "x"), curve.x()[k], 0, e.getKey() + " x " + k);
                        assertRelative(t.number(r, "y"), curve.fitted()[k], REL, ABS, e.getKey() + " iter " + iter + " point " + k);
                        k++;
                    }
                }
                if (k > 0) {
                    assertEquals(curve.x().length, k);
                    checked++;
                }
            }
        }
        assertEquals(12, checked);
    }

    @Test
    void badInputIsNamed() {
        assertThrows(InvalidDataException.class, () -> Calibration.of(new double[] {0.2, 0.4}, new boolean[] {true, true}));
        assertThrows(InvalidDataException.class, () -> Calibration.of(new double[] {0.2, 1.4}, new boolean[] {true, false}));
    }
}
