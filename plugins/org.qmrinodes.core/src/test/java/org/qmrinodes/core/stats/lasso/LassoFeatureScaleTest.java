package org.qmrinodes.core.stats.lasso;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.data.InvalidDataException;

/**
 * Standardising internally (as glmnet does) makes the LASSO blind to a feature's unit: a feature
 * multiplied by s gets the same selection and its coefficient divided by s.
 */
class LassoFeatureScaleTest {

    private static final int N = 80;

    private static double[][] features(final Random random) {
        final double[][] x = new double[3][N];
        for (final double[] c : x) {
            for (int i = 0; i < N; i++) {
                c[i] = 1 + random.nextGaussian();
            }
        }
        return x;
    }

    private static BinaryOutcome outcome(final Random random, final double[][] x) {
        final List<String> labels = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            final double eta = 1.2 * (x[0][i] - 1) - 0.8 * (x[1][i] - 1);
            labels.add(random.nextDouble() < 1 / (1 + Math.exp(-eta)) ? "pos" : "neg");
        }
        return BinaryOutcome.of("y", labels, "pos");
    }

    private static LogisticPath fit(final BinaryOutcome y, final double[]... x) {
        return PenalizedLogisticRegression.fit(FeatureMatrix.completeCases(y, List.of("a", "b", "c"), List.of(x)),
            ElasticNetSettings.defaults());
    }

    @Test
    void aFeatureScaledBy1e160Or1e300GetsTheRescaledCoefficient() {
        final Random random = new Random(7);
        final double[][] x = features(random);
        final BinaryOutcome y = outcome(random, x);
        final LogisticPath reference = fit(y, x);
        for (final double scale : new double[] {1e160, 1e-300}) {
            final double[] scaled = x[1].clone();
            for (int i = 0; i < N; i++) {
                scaled[i] *= scale;
            }
            final LogisticPath path = fit(y, x[0], scaled, x[2]);
            assertArrayEquals(reference.lambdas(), path.lambdas(), 1e-12 * reference.lambdas()[0], "lambda path, scale " + scale);
            for (int s = 0; s < reference.lambdas().length; s++) {
                final double[] expected = reference.coefficients()[s];
                final double[] actual = path.coefficients()[s];
                for (int j = 0; j < 3; j++) {
                    final double want = j == 1 ? expected[j] / scale : expected[j];
                    assertEquals(want == 0, actual[j] == 0, "selection of feature " + j + " at step " + s + ", scale " + scale);
                    assertEquals(want, actual[j], 1e-8 * Math.abs(want), "feature " + j + " step " + s + ", scale " + scale);
                }
                assertEquals(reference.intercepts()[s], path.intercepts()[s], 1e-8 * (1 + Math.abs(reference.intercepts()[s])));
            }
        }
    }

    @Test
    void valuesWhoseSpreadCannotBeRepresentedAreRefusedNamingTheFeature() {
        final Random random = new Random(8);
        final double[][] x = features(random);
        final BinaryOutcome y = outcome(random, x);
        for (final double scale : new double[] {1.6e308, 1e-310}) {
            final double[] extreme = new double[N];
            for (int i = 0; i < N; i++) {
                extreme[i] = (i % 2 == 0 ? 1 : -1) * scale * (1 + i / 1000.0);
            }
            final InvalidDataException e = assertThrows(InvalidDataException.class, () -> fit(y, x[0], extreme, x[2]),
                "scale " + scale);
            assertTrue(e.getMessage().contains("'b'"), e.getMessage());
        }
    }
}
