package org.qmrinodes.core.stats.lasso;

import java.util.Locale;

/** Which lambda of a cross-validated path to use, as {@code coef(cv, s = ...)}. */
public enum LambdaChoice {
    /** The lambda with the best mean CV measure ({@code "lambda.min"}; Fr24's choice). */
    MIN("lambda.min"),
    /** The largest lambda whose mean CV measure is within one SD of the best ({@code "lambda.1se"}). */
    ONE_SE("lambda.1se");

    private final String label;

    LambdaChoice(final String label) {
        this.label = label;
    }

    /** @return glmnet's name */
    public String label() {
        return label;
    }

    /**
     * @param text {@code lambda.min}/{@code min} or {@code lambda.1se}/{@code 1se}
     * @return the choice
     */
    public static LambdaChoice parse(final String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "lambda.min", "min" -> MIN;
            case "lambda.1se", "1se" -> ONE_SE;
            default -> throw new IllegalArgumentException("unknown lambda choice '" + text
                + "' (lambda.min or lambda.1se)");
        };
    }
}
