package org.qmrinodes.core.stats.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.qmrinodes.core.testing.Tolerance.assertRelative;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.qmrinodes.core.stats.multiplicity.PValueAdjustment;
import org.qmrinodes.core.testing.CsvTable;

/**
 * Agreement with R 4.2 ({@code t.test}, {@code wilcox.test}, {@code aov}, {@code oneway.test},
 * {@code kruskal.test}, {@code car::leveneTest}, {@code pairwise.t.test}, {@code shapiro.test},
 * {@code ks.test}, {@code chisq.test}, {@code fisher.test}, {@code p.adjust}) and the formula checks
 * (Dunn, Tamhane T2, Lilliefors) of {@code validation/comparison/make_comparison_golden.R}: statistics
 * and p-values to 1e-9 relative.
 */
class RAgreementTest {

    private static final double REL = 1e-9;
    private static final double ABS = 1e-15;
    private static final Path DIR = CsvTable.validationDir().resolve("comparison");

    private static CsvTable data(final String dataset) {
        return CsvTable.read(DIR.resolve("data").resolve(dataset + ".csv"));
    }

    private static List<String> groupOrder(final CsvTable d) {
        return new ArrayList<>(new LinkedHashSet<>(d.texts("group")));
    }

    private static double[] values(final CsvTable d, final String feature, final String group) {
        final double[] v = d.numbers(feature);
        return IntStream.range(0, d.size()).filter(i -> d.text(i, "group").equals(group) && !Double.isNaN(v[i]))
            .mapToDouble(i -> v[i]).toArray();
    }

    private static List<double[]> groups(final CsvTable d, final String feature) {
        return groupOrder(d).stream().map(g -> values(d, feature, g)).toList();
    }

    private static void check(final CsvTable g, final int row, final TestResult r, final String what) {
        assertRelative(g.number(row, "statistic"), r.statistic(), REL, ABS, what + " statistic");
        assertRelative(g.number(row, "p_value"), r.pValue(), REL, ABS, what + " p");
    }

    @TestFactory
    Stream<DynamicTest> twoSampleTestsAgreeWithR() {
        final CsvTable g = CsvTable.read(DIR.resolve("golden/two_sample.csv"));
        return IntStream.range(0, g.size()).mapToObj(row -> {
            final String what = String.join("/", g.text(row, "dataset"), g.text(row, "feature"), g.text(row, "group_a"),
                g.text(row, "group_b"), g.text(row, "test"));
            return DynamicTest.dynamicTest(what, () -> {
                final CsvTable d = data(g.text(row, "dataset"));
                final double[] a = values(d, g.text(row, "feature"), g.text(row, "group_a"));
                final double[] b = values(d, g.text(row, "feature"), g.text(row, "group_b"));
                final TestResult r = switch (g.text(row, "test")) {
                    case "welch" -> ContinuousTests.welchT(a, b);
                    case "t" -> ContinuousTests.studentT(a, b);
                    default -> ContinuousTests.mannWhitney(a, b);
                };
                check(g, row, r, what);
                assertRelative(g.number(row, "df"), r.df1(), REL, ABS, what + " df");
            });
        });
    }

    @TestFactory
    Stream<DynamicTest> kSampleTestsAgreeWithR() {
        final CsvTable g = CsvTable.read(DIR.resolve("golden/k_sample.csv"));
        return IntStream.range(0, g.size()).mapToObj(row -> {
            final String what = String.join("/", g.text(row, "dataset"), g.text(row, "feature"), g.text(row, "test"));
            return DynamicTest.dynamicTest(what, () -> {
                final List<double[]> groups = groups(data(g.text(row, "dataset")), g.text(row, "feature"));
                final TestResult r = switch (g.text(row, "test")) {
                    case "anova" -> ContinuousTests.anova(groups);
                    case "welch-anova" -> ContinuousTests.welchAnova(groups);
                    case "kruskal-wallis" -> ContinuousTests.kruskalWallis(groups);
                    default -> ContinuousTests.levene(groups);
                };
                check(g, row, r, what);
                assertRelative(g.number(row, "df1"), r.df1(), REL, ABS, what + " df1");
                assertRelative(g.number(row, "df2"), r.df2(), REL, ABS, what + " df2");
            });
        });
    }

    @TestFactory
    Stream<DynamicTest> postHocAgreesWithR() {
        final CsvTable g = CsvTable.read(DIR.resolve("golden/post_hoc.csv"));
        return IntStream.range(0, g.size()).mapToObj(row -> {
            final String what = String.join("/", g.text(row, "dataset"), g.text(row, "feature"), g.text(row, "method"),
                g.text(row, "group_a"), g.text(row, "group_b"));
            return DynamicTest.dynamicTest(what, () -> {
                final CsvTable d = data(g.text(row, "dataset"));
                final List<String> names = groupOrder(d);
                final List<double[]> groups = groups(d, g.text(row, "feature"));
                final Function<List<PairwiseComparison>, PairwiseComparison> pick =
                    l -> l.stream().filter(p -> p.compares(g.text(row, "group_a"), g.text(row, "group_b"))).findFirst()
                        .orElseThrow();
                final PairwiseComparison p = pick.apply(switch (g.text(row, "method")) {
                    case "bonferroni-t" -> PostHocTests.bonferroniT(names, groups);
                    case "dunn" -> PostHocTests.dunnBonferroni(names, groups);
                    default -> PostHocTests.tamhaneT2(names, groups);
                });
                assertRelative(g.number(row, "p_value"), p.pValue(), REL, ABS, what + " p");
                if (!Double.isNaN(g.number(row, "statistic"))) {
                    assertRelative(g.number(row, "statistic"), p.statistic(), REL, ABS, what + " statistic");
                }
            });
        });
    }

    @TestFactory
    Stream<DynamicTest> normalityTestsAgreeWithR() {
        final CsvTable g = CsvTable.read(DIR.resolve("golden/normality.csv"));
        return IntStream.range(0, g.size()).mapToObj(row -> {
            final String what = String.join("/", g.text(row, "dataset"), g.text(row, "feature"), g.text(row, "group"),
                g.text(row, "test"));
            return DynamicTest.dynamicTest(what, () -> {
                final CsvTable d = data(g.text(row, "dataset"));
                final String group = g.text(row, "group");
                final double[] x = group.isEmpty()
                    ? Arrays.stream(d.numbers(g.text(row, "feature"))).filter(v -> !Double.isNaN(v)).toArray()
                    : values(d, g.text(row, "feature"), group);
                final TestResult r = NormalityRule.parse(g.text(row, "test")).test(x);
                assertRelative(g.number(row, "statistic"), r.statistic(), REL, ABS, what + " statistic");
                assertRelative(g.number(row, "p_value_converged"), r.pValue(), REL, ABS, what + " p");
                // R 4.2 truncates the asymptotic Kolmogorov series (see the R script): within 5e-5
                assertRelative(g.number(row, "p_value"), r.pValue(), 0, 5e-5, what + " p as printed by R");
            });
        });
    }

    @TestFactory
    Stream<DynamicTest> contingencyTestsAgreeWithR() {
        final CsvTable g = CsvTable.read(DIR.resolve("golden/contingency.csv"));
        return IntStream.range(0, g.size()).mapToObj(row -> {
            final String what = g.text(row, "table") + "/" + g.text(row, "test");
            return DynamicTest.dynamicTest(what, () -> {
                final int rows = (int) g.number(row, "nrow");
                final int cols = (int) g.number(row, "ncol");
                final double[] flat = CsvTable.parseList(g.text(row, "counts"));
                final long[][] t = new long[rows][cols];
                for (int i = 0; i < rows; i++) {
                    for (int j = 0; j < cols; j++) {
                        t[i][j] = (long) flat[i * cols + j];
                    }
                }
                final TestResult r = switch (g.text(row, "test")) {
                    case "chi-square" -> ContingencyTests.chiSquare(t, true);
                    case "chi-square-uncorrected" -> ContingencyTests.chiSquare(t, false);
                    default -> ContingencyTests.fisherExact(t, ContingencyTests.DEFAULT_FISHER_TABLE_LIMIT);
                };
                check(g, row, r, what);
                assertRelative(g.number(row, "df"), r.df1(), REL, ABS, what + " df");
            });
        });
    }

    @Test
    void screeningAdjustsKruskalWallisPValuesAsPAdjust() {
        final CsvTable g = CsvTable.read(DIR.resolve("golden/screening.csv"));
        final CsvTable d = data("continuous");
        final List<Feature> features = g.texts("feature").stream().map(f -> Feature.continuous(f, d.numbers(f))).toList();
        for (final var a : List.of(PValueAdjustment.HOLM, PValueAdjustment.BENJAMINI_HOCHBERG,
            PValueAdjustment.BONFERRONI)) {
            final Screening s = GroupComparison.screen("group", d.texts("group"), features,
                ComparisonSettings.defaults().withTest(ComparisonTest.KRUSKAL_WALLIS), a, (i, n, f) -> {
                });
            final String column = switch (a) {
                case HOLM -> "p_holm";
                case BONFERRONI -> "p_bonferroni";
                default -> "p_bh";
            };
            for (int i = 0; i < g.size(); i++) {
                assertRelative(g.number(i, "p_value"), s.features().get(i).pValue(), REL, ABS, "p " + i);
                assertRelative(g.number(i, column), s.adjustedPValues()[i], REL, ABS, column + " " + i);
            }
            assertEquals(List.of("normal"), s.selected(0.05, true));
        }
    }
}
