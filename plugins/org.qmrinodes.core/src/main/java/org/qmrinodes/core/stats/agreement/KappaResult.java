package org.qmrinodes.core.stats.agreement;

import java.util.List;
import java.util.Objects;

/**
 * Cohen's (weighted) kappa of two raters.
 *
 * @param raterA name of the first rater column
 * @param raterB name of the second rater column
 * @param weights the weighting
 * @param categories the categories in weight order
 * @param n cases rated by both raters
 * @param skippedRows rows left out because a rating was missing
 * @param observedAgreement weighted observed agreement p<sub>o</sub>
 * @param expectedAgreement weighted chance agreement p<sub>c</sub>
 * @param kappa (p<sub>o</sub> − p<sub>c</sub>)/(1 − p<sub>c</sub>), NaN when undefined
 * @param standardError large-sample SE (Fleiss, Cohen &amp; Everitt 1969)
 * @param ciLower lower confidence limit, kappa − z·SE, at least −1
 * @param ciUpper upper confidence limit, kappa + z·SE, at most 1
 * @param nullStandardError SE under H0: kappa = 0 (Fleiss, Cohen &amp; Everitt 1969)
 * @param z kappa / null SE
 * @param pValue two-sided, 2·Φ(−|z|)
 * @param confidenceLevel level of the interval
 * @param messages why values are missing or need care
 */
public record KappaResult(String raterA, String raterB, KappaWeights weights, List<String> categories, int n,
    int skippedRows, double observedAgreement, double expectedAgreement, double kappa, double standardError,
    double ciLower, double ciUpper, double nullStandardError, double z, double pValue, double confidenceLevel,
    List<String> messages) {

    /** Copies the lists. */
    public KappaResult {
        Objects.requireNonNull(weights);
        categories = List.copyOf(categories);
        messages = List.copyOf(messages);
    }
}
