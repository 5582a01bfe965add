package org.qmrinodes.core.stats.comparison;

import java.util.Locale;

/** Which normality test decides between mean ± SD with parametric tests and median (IQR) with rank tests. */
public enum NormalityRule {
    /** Shapiro–Wilk (R {@code shapiro.test}); needs 3 values per group. */
    SHAPIRO_WILK("shapiro-wilk"),
    /** Kolmogorov–Smirnov with Lilliefors' correction (R {@code nortest::lillie.test}); needs 5 values. */
    LILLIEFORS("lilliefors"),
    /** Plain one-sample Kolmogorov–Smirnov against N(mean, SD) as SPSS's "one-sample K-S" (R {@code ks.test}). */
    KOLMOGOROV_SMIRNOV("ks");

    private final String label;

    NormalityRule(final String label) {
        this.label = label;
    }

    /** @return the name used in settings and on the command line */
    public String label() {
        return label;
    }

    /** Runs the test; throws {@link org.qmrinodes.core.data.InvalidDataException} when it cannot. */
    TestResult test(final double[] x) {
        return switch (this) {
            case SHAPIRO_WILK -> NormalityTests.shapiroWilk(x);
            case LILLIEFORS -> NormalityTests.lilliefors(x);
            case KOLMOGOROV_SMIRNOV -> NormalityTests.kolmogorovSmirnov(x);
        };
    }

    /**
     * @param text shapiro-wilk, lilliefors or ks (any case)
     * @return the rule
     */
    public static NormalityRule parse(final String text) {
        final String t = text.trim().toLowerCase(Locale.ROOT);
        for (final NormalityRule r : values()) {
            if (r.label.equals(t)) {
                return r;
            }
        }
        throw new IllegalArgumentException("Unknown normality test '" + text + "': use shapiro-wilk, lilliefors or ks.");
    }
}
