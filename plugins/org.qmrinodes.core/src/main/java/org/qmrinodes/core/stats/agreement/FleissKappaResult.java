package org.qmrinodes.core.stats.agreement;

import java.util.List;
import java.util.Objects;

/**
 * Fleiss' kappa of m raters.
 *
 * @param ratingColumn name of the rating column
 * @param subjects subjects rated by every rater
 * @param raters number of raters m
 * @param droppedSubjects subjects left out because a rating was missing
 * @param categories the categories that occur
 * @param kappa Fleiss' kappa, NaN when undefined
 * @param nullStandardError SE under H0: kappa = 0 (Fleiss, Nee &amp; Landis 1979)
 * @param z kappa / null SE
 * @param pValue two-sided, 2·Φ(−|z|)
 * @param messages why values are missing or need care
 */
public record FleissKappaResult(String ratingColumn, int subjects, int raters, int droppedSubjects,
    List<String> categories, double kappa, double nullStandardError, double z, double pValue, List<String> messages) {

    /** Copies the lists. */
    public FleissKappaResult {
        Objects.requireNonNull(ratingColumn);
        categories = List.copyOf(categories);
        messages = List.copyOf(messages);
    }
}
