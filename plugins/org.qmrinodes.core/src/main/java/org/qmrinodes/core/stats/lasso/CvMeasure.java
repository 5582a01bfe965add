package org.qmrinodes.core.stats.lasso;

import java.util.Locale;

/** The loss that cross-validation averages over held-out cases, as {@code cv.glmnet}'s {@code type.measure}. */
public enum CvMeasure {
    /** Binomial deviance −2[y log p + (1 − y) log(1 − p)], p clipped to [1e-5, 1 − 1e-5] ({@code "deviance"}). */
    DEVIANCE("deviance", "Binomial deviance"),
    /** Area under the ROC curve of each held-out fold, maximised ({@code "auc"}). */
    AUC("auc", "AUC"),
    /** Misclassification rate at p = 0.5; p exactly 0.5 counts as an error, as glmnet ({@code "class"}). */
    MISCLASSIFICATION("class", "Misclassification error");

    private final String label;
    private final String title;

    CvMeasure(final String label, final String title) {
        this.label = label;
        this.title = title;
    }

    /** @return glmnet's name of the measure */
    public String label() {
        return label;
    }

    /** @return the name shown on plot axes */
    public String title() {
        return title;
    }

    /** @return whether larger values are better */
    public boolean maximised() {
        return this == AUC;
    }

    /**
     * @param text {@code deviance}, {@code auc} or {@code class} (also {@code misclassification})
     * @return the measure
     */
    public static CvMeasure parse(final String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "deviance" -> DEVIANCE;
            case "auc" -> AUC;
            case "class", "misclassification" -> MISCLASSIFICATION;
            default -> throw new IllegalArgumentException("unknown CV measure '" + text
                + "' (deviance, auc or class)");
        };
    }
}
