package org.qmrinodes.core.stats.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.stats.multiplicity.PValueAdjustment;
import org.qmrinodes.core.testing.CsvTable;

/** The automatic rule, per-feature messages and bad input of the screening. */
class GroupComparisonTest {

    private static final CsvTable CONTINUOUS =
        CsvTable.read(CsvTable.validationDir().resolve("comparison/data/continuous.csv"));

    private static Screening screen(final List<String> groups, final List<Feature> features,
        final ComparisonSettings settings) {
        return GroupComparison.screen("group", groups, features, settings, PValueAdjustment.NONE, (i, n, f) -> {
        });
    }

    private static Screening continuous(final ComparisonSettings settings, final String... features) {
        return screen(CONTINUOUS.texts("group"),
            Arrays.stream(features).map(f -> Feature.continuous(f, CONTINUOUS.numbers(f))).toList(), settings);
    }

    @Test
    void constantFeatureIsReportedNotFailed() {
        final Screening s = continuous(ComparisonSettings.defaults(), "normal", "constant");
        final FeatureComparison constant = s.features().get(1);
        assertNull(constant.result());
        assertTrue(constant.note().startsWith("constant: every value is 2.5"), constant.note());
        assertTrue(Double.isNaN(s.adjustedPValues()[1]));
        assertTrue(s.warnings().get(0).contains("'constant' not tested"), s.warnings().toString());
        assertTrue(s.features().get(0).pValue() < 1e-4);
    }

    @Test
    void missingValuesAreSkippedAndCounted() {
        final FeatureComparison f = continuous(ComparisonSettings.defaults(), "with_missing").features().get(0);
        assertEquals(40, f.n());
        assertEquals(4, f.skippedRows());
    }

    @Test
    void autoPicksRankTestsWhenNormalityIsRejected() {
        final FeatureComparison skewed = continuous(ComparisonSettings.defaults(), "skewed").features().get(0);
        assertEquals("kruskal-wallis", skewed.result().test());
        assertTrue(skewed.note().startsWith("auto: kruskal-wallis (normality rejected by shapiro-wilk"), skewed.note());
        assertEquals("dunn-bonferroni", skewed.pairwise().get(0).method());
        assertEquals(3, skewed.pairwise().size());
    }

    @Test
    void autoPicksWelchAnovaWhenNormalButVariancesDiffer() {
        final FeatureComparison f = continuous(ComparisonSettings.defaults(), "normal").features().get(0);
        assertTrue(f.normal());
        final String expected = f.leveneP() >= 0.05 ? "anova" : "welch-anova";
        assertEquals(expected, f.result().test(), f.note());
    }

    @Test
    void groupsAreSortedUnlessAnOrderIsGiven() {
        assertEquals(List.of("HER2-low", "HER2-over", "HER2-zero"),
            continuous(ComparisonSettings.defaults(), "normal").groups());
        final Screening two = continuous(ComparisonSettings.defaults().withTest(ComparisonTest.MANN_WHITNEY)
            .withGroupOrder(List.of("HER2-zero", "HER2-low")), "normal");
        assertEquals(9, two.features().get(0).skippedRows());
        assertEquals(51.0, two.features().get(0).result().statistic());
    }

    @Test
    void twoGroupTestWithThreeGroupsNamesTheColumn() {
        final InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> continuous(ComparisonSettings.defaults().withTest(ComparisonTest.WELCH_T), "normal"));
        assertTrue(e.getMessage().contains("group column 'group' has 3"), e.getMessage());
    }

    @Test
    void oneGroupOnlyIsBadData() {
        final InvalidDataException e = assertThrows(InvalidDataException.class, () -> screen(List.of("a", "a", "a"),
            List.of(Feature.continuous("x", new double[] {1, 2, 3})), ComparisonSettings.defaults()));
        assertTrue(e.getMessage().contains("at least two groups"), e.getMessage());
    }

    @Test
    void threePerGroupStillTests() {
        final CsvTable small = CsvTable.read(CsvTable.validationDir().resolve("comparison/data/small.csv"));
        final Screening s = screen(small.texts("group"), List.of(Feature.continuous("a", small.numbers("a"))),
            ComparisonSettings.defaults());
        assertTrue(s.features().get(0).result() != null, s.features().get(0).note());
    }

    @Test
    void sparseCategoricalTableSwitchesToFisher() {
        final List<String> groups = new ArrayList<>();
        final List<String> levels = new ArrayList<>();
        final String[][] cells = {{"zero", "a", "12"}, {"zero", "b", "5"}, {"low", "a", "3"}, {"low", "b", "9"},
            {"over", "a", "1"}, {"over", "b", "1"}};
        for (final String[] c : cells) {
            for (int i = 0; i < Integer.parseInt(c[2]); i++) {
                groups.add(c[0]);
                levels.add(c[1]);
            }
        }
        groups.add(null);
        levels.add("a");
        final Screening s = screen(groups, List.of(Feature.categorical("x", levels)), ComparisonSettings.defaults());
        final FeatureComparison f = s.features().get(0);
        assertEquals("fisher", f.result().test());
        assertTrue(f.note().startsWith("auto: fisher (2 of 6 expected counts below 5)"), f.note());
        assertEquals(3, f.pairwise().size());
        assertEquals(1, s.warnings().size());
        assertEquals(31, f.n());
    }

    @Test
    void fisherEnumerationLimitGivesAClearMessage() {
        final long[][] big = {{30, 40, 50}, {35, 45, 55}, {40, 50, 60}};
        final InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> ContingencyTests.fisherExact(big, 1000));
        assertTrue(e.getMessage().contains("more than 1000 tables"), e.getMessage());
    }

    @Test
    void yatesAppliesOnlyTo2x2() {
        assertEquals("chi-square-yates", ContingencyTests.chiSquare(new long[][] {{12, 5}, {3, 9}}, true).test());
        assertEquals("chi-square", ContingencyTests.chiSquare(new long[][] {{12, 5, 3}, {3, 9, 4}}, true).test());
    }
}
