/**
 * Univariate group comparison: two- and k-sample tests of continuous features (t, Mann–Whitney,
 * ANOVA, Welch ANOVA, Kruskal–Wallis, Levene), tests of contingency tables (Pearson chi-square,
 * Fisher–Freeman–Halton exact), normality tests (Shapiro–Wilk, Kolmogorov–Smirnov, Lilliefors),
 * post hoc pairwise comparisons, the {@code auto} rule that picks a test per feature, feature
 * screening and the "Table 1" summary. Every p-value agrees with R to 1e-9 relative
 * ({@code validation/comparison/}).
 */
package org.qmrinodes.core.stats.comparison;
