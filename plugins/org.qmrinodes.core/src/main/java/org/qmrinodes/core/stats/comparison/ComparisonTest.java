package org.qmrinodes.core.stats.comparison;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The group tests a user can ask for; {@link #AUTO} lets the data decide per feature. */
public enum ComparisonTest {
    /** Chosen per feature from its type, the number of groups, normality and Levene's test. */
    AUTO("auto", false, 0),
    /** Student's t-test (pooled variance), two groups. */
    STUDENT_T("t", false, 2),
    /** Welch's t-test, two groups. */
    WELCH_T("welch", false, 2),
    /** Mann–Whitney U (Wilcoxon rank-sum), two groups. */
    MANN_WHITNEY("mann-whitney", false, 2),
    /** One-way ANOVA (F test), with Bonferroni pairwise t-tests. */
    ANOVA("anova", false, 0),
    /** Welch's ANOVA, with Tamhane's T2 pairwise tests. */
    WELCH_ANOVA("welch-anova", false, 0),
    /** Kruskal–Wallis H, with Dunn's pairwise tests (Bonferroni). */
    KRUSKAL_WALLIS("kruskal-wallis", false, 0),
    /** Pearson's chi-square test of independence (categorical features). */
    CHI_SQUARE("chi-square", true, 0),
    /** Fisher's exact test, Fisher–Freeman–Halton for r×c tables (categorical features). */
    FISHER("fisher", true, 0);

    private final String label;
    private final boolean categorical;
    private final int requiredGroups;

    ComparisonTest(final String label, final boolean categorical, final int requiredGroups) {
        this.label = label;
        this.categorical = categorical;
        this.requiredGroups = requiredGroups;
    }

    /** @return the name used in settings, on the command line and in the {@code test} column */
    public String label() {
        return label;
    }

    /** @return whether the test applies to categorical features */
    public boolean isCategorical() {
        return categorical;
    }

    /** @return the number of groups the test compares, or 0 for any number from 2 */
    public int requiredGroups() {
        return requiredGroups;
    }

    /** @return every label, {@code |}-separated */
    public static String labels() {
        return Arrays.stream(values()).map(ComparisonTest::label).collect(Collectors.joining("|"));
    }

    /**
     * @param text a label (any case)
     * @return the test
     */
    public static ComparisonTest parse(final String text) {
        final String t = text.trim().toLowerCase(Locale.ROOT);
        for (final ComparisonTest c : values()) {
            if (c.label.equals(t)) {
                return c;
            }
        }
        throw new IllegalArgumentException("Unknown test '" + text + "': use one of " + labels() + ".");
    }
}
