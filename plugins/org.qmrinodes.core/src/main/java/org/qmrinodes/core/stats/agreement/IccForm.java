package org.qmrinodes.core.stats.agreement;

/**
 * The six intraclass correlation forms of Shrout &amp; Fleiss (1979), named as R {@code psych::ICC}
 * names them, with the equivalent McGraw &amp; Wong (1996) model, type and unit.
 *
 * <p>With MSB, MSJ, MSE the subject, rater and residual mean squares of the two-way ANOVA and MSW the
 * within-subject mean square of the one-way ANOVA (n subjects, k raters):
 * <ul>
 * <li>ICC1 = (MSB − MSW)/(MSB + (k−1)·MSW), ICC1k = (MSB − MSW)/MSB;</li>
 * <li>ICC2 = (MSB − MSE)/(MSB + (k−1)·MSE + k·(MSJ − MSE)/n), ICC2k = (MSB − MSE)/(MSB + (MSJ − MSE)/n);</li>
 * <li>ICC3 = (MSB − MSE)/(MSB + (k−1)·MSE), ICC3k = (MSB − MSE)/MSB.</li>
 * </ul>
 */
public enum IccForm {
    /** Shrout &amp; Fleiss ICC(1,1). */
    ICC1("ICC(1,1)", "one-way random effects, absolute agreement, single rater"),
    /** Shrout &amp; Fleiss ICC(2,1); the project's default form (METHODS.md §5). */
    ICC2("ICC(2,1)", "two-way random effects, absolute agreement, single rater"),
    /** Shrout &amp; Fleiss ICC(3,1). */
    ICC3("ICC(3,1)", "two-way mixed effects, consistency, single rater"),
    /** Shrout &amp; Fleiss ICC(1,k). */
    ICC1k("ICC(1,k)", "one-way random effects, absolute agreement, mean of k raters"),
    /** Shrout &amp; Fleiss ICC(2,k). */
    ICC2k("ICC(2,k)", "two-way random effects, absolute agreement, mean of k raters"),
    /** Shrout &amp; Fleiss ICC(3,k). */
    ICC3k("ICC(3,k)", "two-way mixed effects, consistency, mean of k raters");

    private final String shroutFleiss;
    private final String mcGrawWong;

    IccForm(final String shroutFleiss, final String mcGrawWong) {
        this.shroutFleiss = shroutFleiss;
        this.mcGrawWong = mcGrawWong;
    }

    /** @return the name used in tables, as psych: {@code ICC1} … {@code ICC3k} */
    public String label() {
        return name();
    }

    /** @return the Shrout &amp; Fleiss notation, e.g. {@code ICC(2,1)} */
    public String shroutFleiss() {
        return shroutFleiss;
    }

    /** @return the McGraw &amp; Wong description: model, type and unit */
    public String mcGrawWong() {
        return mcGrawWong;
    }

    /** @return whether the form rates the mean of the k raters rather than a single rater */
    public boolean isAverage() {
        return this == ICC1k || this == ICC2k || this == ICC3k;
    }

    /**
     * @param text a label such as {@code ICC2}, {@code icc2k} or {@code ICC(2,1)}
     * @return the form
     * @throws IllegalArgumentException naming the allowed labels
     */
    public static IccForm parse(final String text) {
        for (final IccForm f : values()) {
            if (f.name().equalsIgnoreCase(text.trim()) || f.shroutFleiss.equalsIgnoreCase(text.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException(
            "Unknown ICC form '" + text + "'; use one of ICC1, ICC2, ICC3, ICC1k, ICC2k, ICC3k.");
    }
}
