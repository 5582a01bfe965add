package org.qmrinodes.core.stats;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.stats.agreement.CohenKappa;
import org.qmrinodes.core.stats.agreement.KappaWeights;
import org.qmrinodes.core.stats.comparison.ComparisonSettings;
import org.qmrinodes.core.stats.comparison.ComparisonTest;
import org.qmrinodes.core.stats.comparison.Feature;
import org.qmrinodes.core.stats.comparison.GroupComparison;
import org.qmrinodes.core.stats.multiplicity.PValueAdjustment;

/** Settings that would silently give another analysis than the one asked for are refused. */
class RepeatedLevelsAndWrongTestTest {

    private static final List<String> GROUPS = List.of("A", "B", "A", "B", "A", "B", "A", "B");
    private static final Feature ADC = Feature.continuous("ADC_mean", new double[] {1.1, 0.9, 1.3, 0.8, 1.2, 0.7, 1.0, 0.95});

    @Test
    void aCategoricalTestOnAContinuousFeatureIsAnErrorNamingTheFeature() {
        for (final ComparisonTest test : new ComparisonTest[] {ComparisonTest.CHI_SQUARE, ComparisonTest.FISHER}) {
            final InvalidDataException e = assertThrows(InvalidDataException.class, () -> GroupComparison.screen("her2",
                GROUPS, List.of(ADC), ComparisonSettings.defaults().withTest(test), PValueAdjustment.NONE, (i, n, f) -> { }));
            assertTrue(e.getMessage().contains("'ADC_mean'") && e.getMessage().contains(test.label()), e.getMessage());
        }
    }

    @Test
    void aGroupListedTwiceIsRefused() {
        final InvalidDataException e = assertThrows(InvalidDataException.class, () -> GroupComparison.screen("her2",
            GROUPS, List.of(ADC), ComparisonSettings.defaults().withGroupOrder(List.of("A", "A")), PValueAdjustment.NONE,
            (i, n, f) -> { }));
        assertTrue(e.getMessage().contains("'A'") && e.getMessage().contains("twice"), e.getMessage());
    }

    @Test
    void aCategoryListedTwiceIsRefused() {
        final List<String> a = List.of("a", "b", "a", "b");
        final InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> CohenKappa.analyze("r1", a, "r2", a, KappaWeights.values()[0], List.of("a", "a", "b"), 0.95));
        assertTrue(e.getMessage().contains("'a'") && e.getMessage().contains("twice"), e.getMessage());
    }
}
