package org.qmrinodes.core.stats.agreement;

import java.util.Arrays;
import java.util.List;

/**
 * Agreement weights of Cohen's weighted kappa for c ordered categories with indices i, j = 1…c, as
 * R {@code psych::cohen.kappa} defines them: none w = 1 if i = j else 0 (Cohen's kappa), linear
 * w = 1 − |i − j|/(c − 1), quadratic w = 1 − (i − j)²/(c − 1)² (Fleiss &amp; Cohen 1973). Weights use
 * the positions of the categories, not their values.
 */
public enum KappaWeights {
    /** Unweighted (nominal categories). */
    NONE("none"),
    /** Linear weights (ordinal categories). */
    LINEAR("linear"),
    /** Quadratic weights (ordinal categories; close to an ICC). */
    QUADRATIC("quadratic");

    private final String label;

    KappaWeights(final String label) {
        this.label = label;
    }

    /** @return the name used in settings and on the command line */
    public String label() {
        return label;
    }

    /**
     * @param categories number of categories c (at least 2)
     * @return the c × c weight matrix
     */
    public double[][] matrix(final int categories) {
        final double[][] w = new double[categories][categories];
        final double span = categories - 1.0;
        for (int i = 0; i < categories; i++) {
            for (int j = 0; j < categories; j++) {
                final double d = Math.abs(i - j);
                w[i][j] = switch (this) {
                    case NONE -> i == j ? 1 : 0;
                    case LINEAR -> 1 - d / span;
                    case QUADRATIC -> 1 - d * d / (span * span);
                };
            }
        }
        return w;
    }

    /**
     * @param text {@code none}, {@code linear} or {@code quadratic} (any case)
     * @return the weights
     * @throws IllegalArgumentException naming the allowed labels
     */
    public static KappaWeights parse(final String text) {
        return Arrays.stream(values()).filter(w -> w.label.equalsIgnoreCase(text.trim())).findFirst()
            .orElseThrow(() -> new IllegalArgumentException(
                "Unknown kappa weights '" + text + "'; use one of " + String.join(", ", labels()) + "."));
    }

    /** @return the labels of all weightings */
    public static List<String> labels() {
        return Arrays.stream(values()).map(KappaWeights::label).toList();
    }
}
