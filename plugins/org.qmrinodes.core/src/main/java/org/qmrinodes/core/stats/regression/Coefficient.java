package org.qmrinodes.core.stats.regression;

/**
 * One estimated coefficient of a logistic model.
 *
 * @param term term name: {@code (Intercept)}, a numeric column, or {@code COL=LEVEL}
 * @param predictor the predictor column the term belongs to ({@code (Intercept)} for the intercept)
 * @param estimate β (B in the papers), on the log-odds scale
 * @param standardError √[I(β̂)⁻¹]<sub>jj</sub>
 * @param z the Wald statistic β/SE
 * @param pValue two-sided Wald p-value 2Φ(−|z|)
 * @param oddsRatio e<sup>β</sup>
 * @param waldLower lower Wald limit of the odds ratio, exp(β − z<sub>1−α/2</sub>SE) (R {@code exp(confint.default())})
 * @param waldUpper upper Wald limit of the odds ratio
 * @param profileLower lower profile-likelihood limit of the odds ratio (R 4.2 {@code exp(confint())}); NaN when not computed or not reached
 * @param profileUpper upper profile-likelihood limit of the odds ratio
 */
public record Coefficient(String term, String predictor, double estimate, double standardError, double z,
    double pValue, double oddsRatio, double waldLower, double waldUpper, double profileLower, double profileUpper) {
}
