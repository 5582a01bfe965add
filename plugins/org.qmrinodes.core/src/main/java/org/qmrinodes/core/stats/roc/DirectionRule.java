package org.qmrinodes.core.stats.roc;

import java.util.Locale;

/** How the direction of a ROC curve is chosen: fixed, or from the data as pROC's {@code "auto"}. */
public enum DirectionRule {
    /** Higher scores for the class whose median is higher, as pROC {@code direction = "auto"}. */
    AUTO,
    /** Higher scores indicate the positive class (pROC {@code "<"}). */
    HIGHER,
    /** Lower scores indicate the positive class (pROC {@code ">"}). */
    LOWER;

    /**
     * @param scores the split scores
     * @return the direction this rule gives for these scores
     */
    public Direction resolve(final ClassScores scores) {
        return switch (this) {
            case AUTO -> Direction.auto(scores);
            case HIGHER -> Direction.HIGHER;
            case LOWER -> Direction.LOWER;
        };
    }

    /** @return the lower-case name used in settings and on the command line */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param text {@code auto}, {@code higher} or {@code lower} (any case)
     * @return the rule
     * @throws IllegalArgumentException for any other text
     */
    public static DirectionRule parse(final String text) {
        for (final DirectionRule r : values()) {
            if (r.label().equalsIgnoreCase(text.trim())) {
                return r;
            }
        }
        throw new IllegalArgumentException("Unknown direction '" + text + "': use auto, higher or lower.");
    }
}
