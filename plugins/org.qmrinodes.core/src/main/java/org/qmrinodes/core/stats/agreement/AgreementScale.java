package org.qmrinodes.core.stats.agreement;

import java.util.Arrays;
import java.util.List;

/**
 * Verbal interpretation bands for agreement coefficients (ICC, kappa). Every band includes its lower
 * limit and excludes its upper limit, [a, b); the top band also includes 1 and the bottom band
 * everything below its upper limit (negative values included). NaN has no band.
 */
public enum AgreementScale {
    /**
     * Koo &amp; Li (2016), J Chiropr Med 15:155–163, for ICCs (the default for ICC): poor &lt; 0.5,
     * moderate 0.5–0.75, good 0.75–0.9, excellent ≥ 0.9.
     */
    KOO_LI("koo-li", new double[] {0.5, 0.75, 0.9}, "poor", "moderate", "good", "excellent"),
    /**
     * The bands printed by Shen25 for kappa and ICC (METHODS.md §5): slight &lt; 0.2, fair 0.2–0.4,
     * moderate 0.4–0.6, good 0.6–0.8, excellent ≥ 0.8 (the printed bands 0.21–0.40 etc. leave gaps;
     * half-open intervals close them).
     */
    SHEN25("shen25", new double[] {0.2, 0.4, 0.6, 0.8}, "slight", "fair", "moderate", "good", "excellent"),
    /**
     * Landis &amp; Koch (1977), Biometrics 33:159–174, for kappa (the default for kappa): poor &lt; 0,
     * slight 0–0.2, fair 0.2–0.4, moderate 0.4–0.6, substantial 0.6–0.8, almost perfect ≥ 0.8.
     */
    LANDIS_KOCH("landis-koch", new double[] {0, 0.2, 0.4, 0.6, 0.8}, "poor", "slight", "fair", "moderate",
        "substantial", "almost perfect");

    private final String label;
    private final double[] upperLimits;
    private final List<String> bands;

    AgreementScale(final String label, final double[] upperLimits, final String... bands) {
        this.label = label;
        this.upperLimits = upperLimits;
        this.bands = List.of(bands);
    }

    /** @return the name used in settings and on the command line, e.g. {@code koo-li} */
    public String label() {
        return label;
    }

    /** @return the band names from lowest to highest */
    public List<String> bands() {
        return bands;
    }

    /**
     * @param value a coefficient
     * @return the name of its band, or {@code null} for NaN
     */
    public String band(final double value) {
        if (Double.isNaN(value)) {
            return null;
        }
        int b = 0;
        while (b < upperLimits.length && value >= upperLimits[b]) {
            b++;
        }
        return bands.get(b);
    }

    /**
     * @param text a label such as {@code koo-li}
     * @return the scale
     * @throws IllegalArgumentException naming the allowed labels
     */
    public static AgreementScale parse(final String text) {
        return Arrays.stream(values()).filter(s -> s.label.equalsIgnoreCase(text.trim())).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("Unknown agreement scale '" + text + "'; use one of "
                + String.join(", ", labels()) + "."));
    }

    /** @return the labels of all scales */
    public static List<String> labels() {
        return Arrays.stream(values()).map(AgreementScale::label).toList();
    }
}
