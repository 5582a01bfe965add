package org.qmrinodes.core.stats.comparison;

import static org.qmrinodes.core.data.ResultTable.integer;
import static org.qmrinodes.core.data.ResultTable.real;
import static org.qmrinodes.core.data.ResultTable.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.qmrinodes.core.data.ResultTable;

/**
 * The output tables of a screening, shared by the KNIME nodes and {@code qmri compare}. The leading
 * columns of {@link #screening} are the fixed ones of the command-line contract
 * ({@code feature,test,statistic,p_value,n}); further columns follow.
 */
public final class ComparisonTables {

    private ComparisonTables() {
    }

    /**
     * One row per feature.
     *
     * @param s the screening
     * @return columns {@code feature, test, statistic, p_value, n, p_adjusted, df1, df2, type, groups,
     *         group_n, summary, normality_p, levene_p, pairwise, skipped_rows, note}
     */
    public static ResultTable screening(final Screening s) {
        final ResultTable.Builder b = ResultTable.builder(text("feature"), text("test"), real("statistic"),
            real("p_value"), integer("n"), real("p_adjusted"), real("df1"), real("df2"), text("type"), text("groups"),
            text("group_n"), text("summary"), real("normality_p"), real("levene_p"),
            text("pairwise"), integer("skipped_rows"), text("note"));
        final double[] adjusted = s.adjustedPValues();
        for (int i = 0; i < s.features().size(); i++) {
            final FeatureComparison f = s.features().get(i);
            final TestResult r = f.result();
            final List<String> sizes = new ArrayList<>();
            final List<String> summaries = new ArrayList<>();
            for (int g = 0; g < f.groups().size(); g++) {
                sizes.add(Integer.toString(f.groups().get(g).n()));
                summaries.add(f.groups().get(g).group() + ": " + describe(f, g));
            }
            final List<String> pairs = new ArrayList<>();
            for (final PairwiseComparison p : f.pairwise()) {
                pairs.add(p.groupA() + " vs " + p.groupB() + " " + String.format(Locale.ROOT, "%.4g", p.pValue()));
            }
            b.row(f.feature(), r == null ? null : r.test(), r == null ? null : r.statistic(), f.pValue(), f.n(),
                adjusted[i], r == null ? null : r.df1(), r == null ? null : r.df2(),
                f.categorical() ? "categorical" : "continuous", String.join(";", s.groups()), String.join(";", sizes),
                String.join("; ", summaries), f.normalityP(), f.leveneP(), String.join("; ", pairs), f.skippedRows(),
                f.note());
        }
        return b.build();
    }

    /**
     * Descriptives per feature and group in long form: for continuous features one row per group
     * (and {@code Overall}) with n, mean, SD, median and quartiles; for categorical features one row
     * per group and level with the count and the percentage of the group.
     *
     * @param s the screening
     * @return columns {@code feature, group, level, n, mean, sd, median, q1, q3, count, percent}
     */
    public static ResultTable groupSummaries(final Screening s) {
        final ResultTable.Builder b = ResultTable.builder(text("feature"), text("group"), text("level"), integer("n"),
            real("mean"), real("sd"), real("median"), real("q1"), real("q3"), integer("count"), real("percent"));
        for (final FeatureComparison f : s.features()) {
            final List<GroupSummary> all = new ArrayList<>(f.groups());
            all.add(f.overall());
            for (int g = 0; g < all.size(); g++) {
                final GroupSummary gs = all.get(g);
                if (!f.categorical()) {
                    b.row(f.feature(), gs.group(), null, gs.n(), gs.mean(), gs.sd(), gs.median(), gs.q1(), gs.q3(), null,
                        null);
                    continue;
                }
                final CategoryCounts c = f.counts();
                for (int l = 0; l < c.levels().size(); l++) {
                    final long count = g < f.groups().size() ? c.counts()[l][g] : c.levelTotal(l);
                    b.row(f.feature(), gs.group(), c.levels().get(l), gs.n(), null, null, null, null, null, (int) count,
                        gs.n() == 0 ? Double.NaN : 100.0 * count / gs.n());
                }
            }
        }
        return b.build();
    }

    /**
     * One row per post hoc comparison.
     *
     * @param s the screening
     * @return columns {@code feature, group_a, group_b, method, statistic, p_value}
     */
    public static ResultTable pairwise(final Screening s) {
        final ResultTable.Builder b = ResultTable.builder(text("feature"), text("group_a"), text("group_b"),
            text("method"), real("statistic"), real("p_value"));
        for (final FeatureComparison f : s.features()) {
            for (final PairwiseComparison p : f.pairwise()) {
                b.row(f.feature(), p.groupA(), p.groupB(), p.method(), p.statistic(), p.pValue());
            }
        }
        return b.build();
    }

    /** @return group {@code g}'s summary as text: mean ± SD, median (Q1, Q3), or level counts */
    private static String describe(final FeatureComparison f, final int g) {
        final GroupSummary s = f.groups().get(g);
        if (f.categorical()) {
            final List<String> parts = new ArrayList<>();
            final CategoryCounts c = f.counts();
            for (int l = 0; l < c.levels().size(); l++) {
                final long count = c.counts()[l][g];
                parts.add(c.levels().get(l) + " " + count + TableOne.percent(count, s.n(), 1));
            }
            return String.join(", ", parts);
        }
        return f.normal() ? String.format(Locale.ROOT, "%.4g ± %.4g (n=%d)", s.mean(), s.sd(), s.n())
            : String.format(Locale.ROOT, "%.4g (%.4g, %.4g) (n=%d)", s.median(), s.q1(), s.q3(), s.n());
    }
}
