package org.qmrinodes.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.plot.TablePlot;
import org.qmrinodes.core.stats.comparison.ComparisonSettings;
import org.qmrinodes.core.stats.comparison.ComparisonTables;
import org.qmrinodes.core.stats.comparison.ComparisonTest;
import org.qmrinodes.core.stats.comparison.ContingencyTests;
import org.qmrinodes.core.stats.comparison.Feature;
import org.qmrinodes.core.stats.comparison.GroupComparison;
import org.qmrinodes.core.stats.comparison.NormalityRule;
import org.qmrinodes.core.stats.comparison.Screening;
import org.qmrinodes.core.stats.comparison.TableOne;
import org.qmrinodes.core.stats.multiplicity.PValueAdjustment;

/** {@code qmri compare}: univariate group comparison of feature columns, as R, and Table 1. */
public final class CompareCommand implements Command {

    @Override
    public String name() {
        return "compare";
    }

    @Override
    public String synopsis() {
        return "Univariate group comparison of feature columns (t, Mann-Whitney, ANOVA, Kruskal-Wallis, chi-square, Fisher) and Table 1.";
    }

    @Override
    public String summary() {
        return """
            Univariate group comparison, one row per feature: feature, test, statistic, p_value, n, then
            p_adjusted, df1, df2, type, groups, group_n, summary (mean ± SD or median (Q1, Q3) per group,
            or level counts), normality_p, levene_p, pairwise (post hoc p), skipped_rows and note (what
            --test auto chose and why, or why a feature was not tested). p-values as R: t.test (welch;
            var.equal=TRUE for t), wilcox.test defaults, aov / oneway.test, kruskal.test, chisq.test
            (Yates on 2x2 unless --no-yates), fisher.test (Fisher-Freeman-Halton for r x c).
            auto: categorical -> chi-square, or fisher when more than 20% of expected counts are below 5;
            continuous -> normality (per group, --normality) and Levene decide between t/anova,
            welch/welch-anova and mann-whitney/kruskal-wallis. Rows with a missing group or value are
            skipped per feature and counted.""";
    }

    @Override
    public Options options() {
        return new Options().required("in", "FILE", "input CSV table")
            .required("group", "COL", "group column (e.g. HER2 status), compared as text")
            .required("value", "C1[,C2...]", "feature columns; numeric unless listed in --categorical")
            .optional("categorical", "D1[,D2...]", "feature columns to treat as categorical (levels as text)", null)
            .optional("test", ComparisonTest.labels(), "the test; auto picks per feature", "auto")
            .optional("groups", "G1,G2[,...]", "the groups to compare, in this order (default: all, sorted)", null)
            .optional("normality", "shapiro-wilk|lilliefors|ks", "normality test of the auto rule and the summaries",
                "shapiro-wilk")
            .optional("alpha", "P", "level of the normality and Levene tests in the auto rule", "0.05")
            .flag("no-yates", "no continuity correction of 2x2 chi-square tests (Shen25 and Fr24 reproduce without)")
            .optional("adjust", "none|bonferroni|holm|bh", "multiple-testing adjustment over features", "none")
            .optional("out", "FILE", "output table (default: standard output)", null)
            .optional("groups-out", "FILE", "also write per-group descriptives (feature,group,level,n,mean,sd,...)",
                null)
            .optional("pairwise-out", "FILE", "also write the post hoc comparisons (feature,group_a,group_b,...)", null)
            .optional("table1-out", "FILE", "also write Table 1 as CSV (HTML when FILE ends in .html, an image with"
                + " the tests named below it when .png)", null)
            .optional("table1-title", "TEXT", "title of the HTML or PNG Table 1 (default: Table 1: the groups)", null)
            .optional("contrasts", "A:B[,C:D...]", "Table 1 pairwise contrasts (default: every pair)", null)
            .optional("digits", "N", "Table 1 significant digits of means, SDs, medians and quartiles", "3")
            .inputs("in").outputs("out", "groups-out", "pairwise-out", "table1-out");
    }

    @Override
    public void run(final Options o, final PrintStream out, final PrintStream err) throws CliException {
        final ComparisonTest test = ComparisonTest.parse(o.choice(name(), "test", ComparisonTest.labels().split("\\|")));
        final NormalityRule normality = NormalityRule.parse(o.choice(name(), "normality", "shapiro-wilk", "lilliefors",
            "ks"));
        final PValueAdjustment adjustment = PValueAdjustment.parse(o.choice(name(), "adjust", "none", "bonferroni",
            "holm", "bh"));
        final double alpha = o.number(name(), "alpha");
        if (!(alpha > 0 && alpha < 1)) {
            throw CliException.usage("option --alpha must be in (0, 1), got " + alpha);
        }
        final CsvTableReader table = CsvTableReader.read(o.path("in"), err);
        final List<String> categorical = o.list("categorical");
        final List<String> values = new ArrayList<>(o.list("value"));
        categorical.stream().filter(c -> !values.contains(c)).forEach(values::add);
        if (values.isEmpty()) {
            throw CliException.usage("--value needs at least one column name");
        }
        final ComparisonSettings settings = new ComparisonSettings(test, normality, alpha, !o.has("no-yates"), 0.2,
            ContingencyTests.DEFAULT_FISHER_TABLE_LIMIT, o.list("groups"));
        final Screening s = screen(table, o.get("group"), values, categorical, settings, adjustment);
        s.warnings().forEach(w -> err.println("warning: " + w));
        CsvTableWriter.write(ComparisonTables.screening(s), o.output("out"), out);
        if (o.get("groups-out") != null) {
            CsvTableWriter.write(ComparisonTables.groupSummaries(s), o.output("groups-out"), out);
        }
        if (o.get("pairwise-out") != null) {
            CsvTableWriter.write(ComparisonTables.pairwise(s), o.output("pairwise-out"), out);
        }
        if (o.get("table1-out") != null) {
            writeTableOne(o, s, settings);
        }
    }

    private void writeTableOne(final Options o, final Screening s, final ComparisonSettings settings)
        throws CliException {
        final int digits = o.integer("digits", 1, 3);
        final Path file = o.output("table1-out");
        final String title = o.get("table1-title") != null ? o.get("table1-title")
            : "Table 1: " + String.join(" vs ", s.groups());
        try {
            final TableOne layout = new TableOne(digits, 1, TableOne.parseContrasts(o.list("contrasts")), true, 0.05);
            final var t = layout.table(s);
            if (file.toString().endsWith(".html")) {
                Files.writeString(file, TableOne.html(t, title));
            } else if (file.toString().endsWith(".png")) {
                Files.write(file, TablePlot.png(t, title, layout.caption(s, settings)));
            } else {
                CsvTableWriter.write(t, file, null);
            }
        } catch (final IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        } catch (final IOException e) {
            throw CliException.data("cannot write " + file + ": " + e.getMessage());
        }
    }

    /**
     * @param table the input table
     * @param group the group column
     * @param values the feature columns
     * @param categorical those of them (or further columns) to treat as categorical
     * @param settings the test settings
     * @param adjustment the adjustment over features
     * @return the screening
     * @throws CliException for a missing column (usage) or bad data (naming the file)
     */
    public static Screening screen(final CsvTableReader table, final String group, final List<String> values,
        final List<String> categorical, final ComparisonSettings settings, final PValueAdjustment adjustment)
        throws CliException {
        final List<String> groupLabels = table.texts(group);
        final List<Feature> features = new ArrayList<>();
        for (final String v : values) {
            features.add(categorical.contains(v) ? Feature.categorical(v, table.texts(v))
                : Feature.continuous(v, table.numbers(v)));
        }
        try {
            return GroupComparison.screen(group, groupLabels, features, settings, adjustment, (i, n, f) -> {
            });
        } catch (final InvalidDataException e) {
            throw table.error(e);
        }
    }
}
