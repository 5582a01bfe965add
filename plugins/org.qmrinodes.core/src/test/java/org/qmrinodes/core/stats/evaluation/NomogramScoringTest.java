package org.qmrinodes.core.stats.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.data.ResultTable;

class NomogramScoringTest {

    @Test
    void aCaseScoresTheSumOfItsAxisPointsAndTheModelsProbability() {
        // age 20..80 (slope 0.04, contribution 0.8..3.2), grade low/mid/high (0, 0.5, -1): widest is age (2.4)
        final double[] age = java.util.stream.IntStream.rangeClosed(20, 80).asDoubleStream().toArray();
        final List<Nomogram.Predictor> predictors = List.of(Nomogram.Predictor.numeric("age", 0.04, age),
            Nomogram.Predictor.categorical("grade", List.of("low", "mid", "high"), new double[] {0, 0.5, -1}));
        final double[] lp = java.util.Arrays.stream(age).map(a -> -2 + 0.04 * a).toArray();
        final Nomogram.Result r = Nomogram.of(-2, predictors, lp);
        assertEquals(100 / 2.4, r.scale(), 1e-12);
        // age 50 gets (2.0 - 0.8) * scale = 50 points, grade mid (0.5 - (-1)) * scale = 62.5 points
        final double caseLp = -2 + 0.04 * 50 + 0.5;
        assertEquals(50 + 62.5, r.totalPoints(caseLp), 1e-9);
        assertEquals(1 / (1 + Math.exp(-caseLp)), r.probability(r.totalPoints(caseLp)), 1e-12);
        final ResultTable t = r.pointsTable(false);
        assertEquals(List.of("axis", "value", "points", "label"), t.columnNames());
        assertEquals("low", t.rows().stream().filter(row -> row.get(0).equals("grade")).findFirst().orElseThrow().get(1));
        assertEquals(0, t.rows().stream().filter(row -> row.get(0).equals(Nomogram.LINEAR_PREDICTOR)).count());
    }
}
