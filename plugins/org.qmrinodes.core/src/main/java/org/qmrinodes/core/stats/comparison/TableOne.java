package org.qmrinodes.core.stats.comparison;

import static org.qmrinodes.core.data.ResultTable.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.qmrinodes.core.data.DisplayNumbers;
import org.qmrinodes.core.data.ResultTable;

/**
 * "Table 1" of a publication from a screening: one row per continuous feature with mean ± SD (when
 * no group's normality test rejects) or median (Q1, Q3), one header row per categorical feature
 * followed by one row per level with n (% of the column), and the p-value of the overall test and
 * of chosen pairwise contrasts. A contrast's p is the post hoc p (Bonferroni t, Tamhane T2 or
 * Dunn–Bonferroni; unadjusted 2-group chi-square/Fisher for categorical features), the overall p
 * when there are only two groups, and "NA" when not tested — or, with
 * {@code pairwiseOnlyIfSignificant}, when the overall p is not below α (Shen25's layout). A
 * categorical variable with more than {@link GroupComparison#MAX_LEVELS} levels (an identifier) gets
 * its header row with the reason it was not tested, but no level rows.
 *
 * <p>Numbers are printed as a journal prints them ({@link DisplayNumbers}): p below 0.001 as
 * {@code < 0.001}, other p to three significant digits, summaries to {@code significantDigits}
 * significant digits. The numeric screening tables keep full precision.
 *
 * @param significantDigits significant digits of means, SDs, medians and quartiles (3 as journals print them)
 * @param percentDecimals decimals of percentages
 * @param contrasts the pairwise contrasts as {@code {groupA, groupB}}; empty: every pair
 * @param pairwiseOnlyIfSignificant show pairwise p only when the overall p &lt; {@code alpha}
 * @param alpha the level for that rule
 */
public record TableOne(int significantDigits, int percentDecimals, List<String[]> contrasts, boolean pairwiseOnlyIfSignificant,
    double alpha) {

    /** The text of a value that was not tested. */
    public static final String NOT_TESTED = DisplayNumbers.MISSING;

    /** Checks the digits and copies the contrasts. */
    public TableOne {
        if (significantDigits < 1) {
            throw new IllegalArgumentException("significant digits of Table 1 summaries must be at least 1, got "
                + significantDigits);
        }
        contrasts = contrasts.stream().map(String[]::clone).toList();
    }

    /**
     * @param s the screening
     * @return columns {@code variable, level, Overall, <one per group>, p_value, p <a> vs <b> …, test}
     *         (all text, as printed)
     * @throws IllegalArgumentException if a contrast names a group that is not compared
     */
    public ResultTable table(final Screening s) {
        final List<String[]> pairs = new ArrayList<>();
        if (contrasts.isEmpty()) {
            for (final int[] p : PostHocTests.pairs(s.groups().size())) {
                pairs.add(new String[] {s.groups().get(p[0]), s.groups().get(p[1])});
            }
        } else {
            for (final String[] c : contrasts) {
                if (!s.groups().contains(c[0]) || !s.groups().contains(c[1])) {
                    throw new IllegalArgumentException("Contrast '" + c[0] + " vs " + c[1] + "' names a group that is "
                        + "not compared; groups: " + s.groups() + ".");
                }
                pairs.add(c);
            }
        }
        final List<ResultTable.Column> columns = new ArrayList<>(List.of(text("variable"), text("level"), text("Overall")));
        s.groups().forEach(g -> columns.add(text(g)));
        columns.add(text("p_value"));
        pairs.forEach(p -> columns.add(text("p " + p[0] + " vs " + p[1])));
        columns.add(text("test"));
        final List<List<Object>> rows = new ArrayList<>();
        for (final FeatureComparison f : s.features()) {
            final List<Object> row = new ArrayList<>();
            if (f.categorical()) {
                row.add(f.feature() + ", n (%)");
                row.add("");
                row.add(Integer.toString(f.overall().n()));
                f.groups().forEach(g -> row.add(Integer.toString(g.n())));
            } else {
                row.add(f.feature() + (f.normal() ? ", mean ± SD" : ", median (Q1, Q3)"));
                row.add("");
                row.add(describe(f.overall(), f.normal()));
                f.groups().forEach(g -> row.add(describe(g, f.normal())));
            }
            row.add(p(f.pValue()));
            for (final String[] pair : pairs) {
                row.add(contrastP(f, pair, s.groups().size()));
            }
            row.add(f.result() == null ? NOT_TESTED + " (" + f.note() + ")" : f.result().test());
            rows.add(row);
            if (f.categorical() && f.counts().levels().size() <= GroupComparison.MAX_LEVELS) {
                final CategoryCounts c = f.counts();
                for (int l = 0; l < c.levels().size(); l++) {
                    final List<Object> level = new ArrayList<>(List.of("", c.levels().get(l),
                        c.levelTotal(l) + percent(c.levelTotal(l), f.overall().n(), percentDecimals)));
                    for (int g = 0; g < f.groups().size(); g++) {
                        level.add(c.counts()[l][g] + percent(c.counts()[l][g], f.groups().get(g).n(), percentDecimals));
                    }
                    while (level.size() < columns.size()) {
                        level.add("");
                    }
                    rows.add(level);
                }
            }
        }
        return new ResultTable(columns, rows);
    }

    /**
     * The caption of a Table 1: how variables are summarised, which tests gave the p-values, and
     * when "NA" is printed.
     *
     * @param s the screening the table shows
     * @param settings the settings it was made with (normality test and level)
     * @return one paragraph of plain text
     */
    public String caption(final Screening s, final ComparisonSettings settings) {
        final java.util.Set<String> tests = new java.util.TreeSet<>();
        s.features().stream().filter(f -> f.result() != null).forEach(f -> tests.add(f.result().test()));
        final StringBuilder b = new StringBuilder("Continuous variables: mean ± SD when the ")
            .append(settings.normality().label()).append(" test rejects normality in no group at α = ")
            .append(number(settings.alpha())).append(", else median (Q1, Q3); categorical variables: n (% of the column)"
                + ". p_value: the overall two-sided test of the variable (").append(String.join(", ", tests))
            .append("; see the test column).");
        if (s.groups().size() > 2) {
            b.append(" Pairwise p: post hoc Bonferroni t after ANOVA, Tamhane T2 after Welch ANOVA, Dunn with"
                + " Bonferroni after Kruskal–Wallis; for categorical variables the same test on the 2-group table,"
                + " unadjusted.");
            if (pairwiseOnlyIfSignificant) {
                b.append(" Pairwise p shown only when the overall p < ").append(number(alpha)).append('.');
            }
        } else {
            b.append(" With two groups the pairwise p is the overall p.");
        }
        return b.append(" NA: not tested. p below 0.001 printed as < 0.001, other p to ").append(DisplayNumbers.DIGITS)
            .append(" significant digits; summaries to ").append(significantDigits).append(" significant digits.")
            .toString();
    }

    private static String number(final double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /**
     * @param contrasts contrasts as {@code A:B} (surrounding spaces ignored; empty entries skipped)
     * @return them as {@code {A, B}} pairs
     * @throws IllegalArgumentException if one is not of that form
     */
    public static List<String[]> parseContrasts(final List<String> contrasts) {
        final List<String[]> pairs = new ArrayList<>();
        for (final String c : contrasts) {
            if (c.isBlank()) {
                continue;
            }
            final String[] pair = c.split(":");
            if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank()) {
                throw new IllegalArgumentException("A contrast is written A:B (two group labels), got '" + c.trim()
                    + "'.");
            }
            pairs.add(new String[] {pair[0].trim(), pair[1].trim()});
        }
        return pairs;
    }

    private String contrastP(final FeatureComparison f, final String[] pair, final int groups) {
        if (f.result() == null) {
            return NOT_TESTED;
        }
        if (groups == 2) {
            return p(f.pValue());
        }
        if (pairwiseOnlyIfSignificant && !(f.pValue() < alpha)) {
            return NOT_TESTED;
        }
        final PairwiseComparison p = f.pair(pair[0], pair[1]);
        return p == null ? NOT_TESTED : p(p.pValue());
    }

    private String describe(final GroupSummary g, final boolean normal) {
        if (g.n() == 0) {
            return NOT_TESTED;
        }
        final int d = significantDigits;
        return normal ? DisplayNumbers.significant(g.mean(), d) + " ± " + DisplayNumbers.significant(g.sd(), d)
            : DisplayNumbers.significant(g.median(), d) + " (" + DisplayNumbers.significant(g.q1(), d) + ", "
                + DisplayNumbers.significant(g.q3(), d) + ")";
    }

    private static String p(final double p) {
        return DisplayNumbers.pValue(p);
    }

    static String percent(final long count, final int total, final int decimals) {
        return total == 0 ? "" : String.format(Locale.ROOT, " (%." + decimals + "f%%)", 100.0 * count / total);
    }

    /**
     * @param table a table from {@link #table}
     * @param title the caption
     * @return a self-contained HTML rendering
     */
    public static String html(final ResultTable table, final String title) {
        final StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
            .append(escape(title)).append("</title><style>table{border-collapse:collapse;font-family:sans-serif}"
                + "th,td{padding:2px 8px;text-align:left}thead th{border-top:2px solid;border-bottom:1px solid}"
                + "tbody tr:last-child td{border-bottom:2px solid}</style></head><body>\n<table>\n<caption>")
            .append(escape(title)).append("</caption>\n<thead><tr>");
        table.columnNames().forEach(c -> b.append("<th>").append(escape(c)).append("</th>"));
        b.append("</tr></thead>\n<tbody>\n");
        for (final List<Object> row : table.rows()) {
            b.append("<tr>");
            row.forEach(c -> b.append("<td>").append(escape(c == null ? "" : c.toString())).append("</td>"));
            b.append("</tr>\n");
        }
        return b.append("</tbody>\n</table>\n</body></html>\n").toString();
    }

    private static String escape(final String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
