package org.qmrinodes.core.stats.regression;

/** How the coefficients of a logistic model are estimated. */
public enum FitMethod {
    /** Maximum likelihood, as R {@code glm(family = binomial)}. */
    MAXIMUM_LIKELIHOOD("maximum likelihood"),
    /** Firth's penalised likelihood (Firth 1993; Heinze &amp; Schemper 2002), finite under separation. */
    FIRTH("firth");

    private final String label;

    FitMethod(final String label) {
        this.label = label;
    }

    /** @return the name used in settings and outputs */
    public String label() {
        return label;
    }

    /**
     * @param label {@code maximum likelihood} (or {@code ml}) or {@code firth}, case-insensitive
     * @return the method
     */
    public static FitMethod parse(final String label) {
        for (final FitMethod m : values()) {
            if (m.label.equalsIgnoreCase(label)) {
                return m;
            }
        }
        if ("ml".equalsIgnoreCase(label)) {
            return MAXIMUM_LIKELIHOOD;
        }
        throw new IllegalArgumentException("unknown fit method '" + label + "'; use 'maximum likelihood' or 'firth'");
    }
}
