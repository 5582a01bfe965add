package org.qmrinodes.core.stats.agreement;

/**
 * One ICC form of one feature, as a row of {@code psych::ICC}'s results.
 *
 * @param form the form
 * @param icc the coefficient
 * @param f the F statistic of its test against 0 (MSB/MSW for ICC1/ICC1k, MSB/MSE otherwise)
 * @param df1 numerator degrees of freedom (n − 1)
 * @param df2 denominator degrees of freedom (n(k − 1) for ICC1/ICC1k, (n − 1)(k − 1) otherwise)
 * @param pValue upper tail probability of F
 * @param ciLower lower confidence limit (McGraw &amp; Wong 1996), NaN where undefined
 * @param ciUpper upper confidence limit, NaN where undefined
 */
public record IccEstimate(IccForm form, double icc, double f, int df1, int df2, double pValue, double ciLower,
    double ciUpper) {
}
