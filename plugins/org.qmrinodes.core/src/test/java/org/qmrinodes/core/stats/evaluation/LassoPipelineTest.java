package org.qmrinodes.core.stats.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.stats.lasso.CvMeasure;
import org.qmrinodes.core.stats.lasso.ElasticNetSettings;
import org.qmrinodes.core.stats.lasso.LambdaChoice;

/**
 * The LASSO pipeline's bootstrap on data with a known truth: two informative features among many
 * noise features. The apparent C of the selected model is optimistic; the corrected C estimates the
 * C that model reaches on a large independent sample from the same population.
 */
class LassoPipelineTest {

    private static final int FEATURES = 60;

    private record Data(double[][] x, boolean[] y) {
    }

    private static Data draw(final int n, final long seed) {
        final Random random = new Random(seed);
        final double[][] x = new double[n][FEATURES];
        final boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < FEATURES; j++) {
                x[i][j] = random.nextGaussian();
            }
            final double lp = 0.8 * x[i][0] - 0.6 * x[i][1];
            y[i] = random.nextDouble() < 1 / (1 + Math.exp(-lp));
        }
        return new Data(x, y);
    }

    private static double c(final double[] lp, final boolean[] y) {
        return BootstrapValidation.somersDxy(lp, y) / 2 + 0.5;
    }

    @Test
    void theOptimismOfTheSelectionIsEstimated() {
        final Data development = draw(100, 11);
        final LassoPipeline pipeline = new LassoPipeline(ElasticNetSettings.defaults(), CvMeasure.parse("deviance"),
            LambdaChoice.MIN, 10, 2024);
        final BootstrapValidation.Result r = BootstrapValidation.validatePipeline(development.x(), development.y(),
            BootstrapValidation.drawResamples(100, 60, 7), pipeline, BootstrapValidation.Progress.NONE);
        final BootstrapValidation.Row cRow = r.rows().stream().filter(row -> row.index().equals("C")).findFirst().orElseThrow();
        final Data external = draw(20_000, 99);
        final double externalC = c(BootstrapValidation.linearPredictor(external.x(),
            pipeline.fit(development.x(), development.y(), 0)), external.y());
        assertTrue(cRow.optimism() > 0.03, "selection makes the apparent C optimistic: " + cRow);
        assertTrue(cRow.apparent() - externalC > 0.03, "the apparent C overstates the external one");
        assertEquals(externalC, cRow.corrected(), 0.1, "the corrected C estimates the external one");
        assertEquals(0, r.failed());
    }

    @Test
    void theSameSeedGivesTheSameValidationAndAOneClassResampleFails() {
        final Data d = draw(60, 3);
        final LassoPipeline pipeline = new LassoPipeline(ElasticNetSettings.defaults(), CvMeasure.parse("deviance"),
            LambdaChoice.ONE_SE, 5, 1);
        final List<int[]> resamples = BootstrapValidation.drawResamples(60, 8, 5);
        final BootstrapValidation.Result a = BootstrapValidation.validatePipeline(d.x(), d.y(), resamples, pipeline,
            BootstrapValidation.Progress.NONE);
        final BootstrapValidation.Result b = BootstrapValidation.validatePipeline(d.x(), d.y(), resamples, pipeline,
            BootstrapValidation.Progress.NONE);
        assertEquals(a, b);
        int negative = 0;
        while (d.y()[negative]) {
            negative++;
        }
        final int[] oneClass = new int[60];
        java.util.Arrays.fill(oneClass, negative + 1);
        assertNull(pipeline.fit(new double[][] {d.x()[negative], d.x()[negative], d.x()[negative]},
            new boolean[3], 1), "no model on one class");
        final BootstrapValidation.Result withFailure = BootstrapValidation.validatePipeline(d.x(), d.y(),
            List.of(resamples.get(0), oneClass), pipeline, BootstrapValidation.Progress.NONE);
        assertEquals(1, withFailure.failed());
    }
}
