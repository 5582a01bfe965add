package org.qmrinodes.core.stats.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.qmrinodes.core.testing.Tolerance.assertRelative;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.testing.CsvTable;

/**
 * {@code rms::nomogram(lrm(y ~ age + size + grade), fun = plogis)} (rms 6.5) from the model's
 * coefficients and data ({@code validation/evaluation/nomogram_*.csv}).
 */
class NomogramTest {

    @Test
    void pointsAndTicksOfEveryAxis() {
        final CsvTable coef = CsvTable.read(CsvTable.validationDir().resolve("evaluation/nomogram_coefficients.csv"));
        final CsvTable data = CsvTable.read(CsvTable.validationDir().resolve("evaluation/data_nomogram.csv"));
        final double b0 = coef.number(0, "estimate");
        final double bAge = coef.number(1, "estimate");
        final double bSize = coef.number(2, "estimate");
        final double bG2 = coef.number(3, "estimate");
        final double bG3 = coef.number(4, "estimate");
        final double[] lp = new double[data.size()];
        for (int i = 0; i < lp.length; i++) {
            final String g = data.text(i, "grade");
            lp[i] = b0 + bAge * data.number(i, "age") + bSize * data.number(i, "size") + (g.equals("G2") ? bG2 : 0)
                + (g.equals("G3") ? bG3 : 0);
        }
        final Nomogram.Result r = Nomogram.of(b0, List.of(Nomogram.Predictor.numeric("age", bAge, data.numbers("age")),
            Nomogram.Predictor.numeric("size", bSize, data.numbers("size")),
            Nomogram.Predictor.categorical("grade", List.of("G1", "G2", "G3"), new double[] {0, bG2, bG3})), lp);
        final CsvTable expected = CsvTable.read(CsvTable.validationDir().resolve("evaluation/nomogram_points.csv"));
        final CsvTable info = CsvTable.read(CsvTable.validationDir().resolve("evaluation/nomogram_info.csv"));
        assertRelative(info.number(0, "value"), r.scale(), 1e-12, 0, "scale");
        assertRelative(info.number(1, "value"), r.interceptAtAxisMinima(), 1e-12, 0, "intercept at axis minima");
        assertEquals(expected.size(), r.ticks().size());
        for (int k = 0; k < expected.size(); k++) {
            final Nomogram.Tick t = r.ticks().get(k);
            final String at = t.axis() + " " + t.label();
            assertEquals(expected.text(k, "axis"), t.axis(), at);
            if (t.axis().equals("grade")) {
                assertEquals(expected.text(k, "value"), t.label(), at);
            } else {
                assertRelative(expected.number(k, "value"), t.value(), 1e-12, 1e-12, at);
            }
            assertRelative(expected.number(k, "points"), t.points(), 1e-9, 1e-9, at + " points");
        }
    }

    @Test
    void prettyAsR() {
        assertEquals(List.of(25.0, 30.0, 35.0, 40.0, 45.0, 50.0, 55.0, 60.0, 65.0, 70.0, 75.0, 80.0, 85.0),
            java.util.Arrays.stream(Pretty.ticks(26, 84, 10)).boxed().toList());
        assertEquals(List.of(0.0, 20.0, 40.0, 60.0, 80.0, 100.0), java.util.Arrays.stream(Pretty.ticks(0, 100, 10 / 2)).boxed()
            .toList());
    }
}
