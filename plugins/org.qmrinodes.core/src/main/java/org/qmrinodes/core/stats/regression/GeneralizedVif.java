package org.qmrinodes.core.stats.regression;

/**
 * Collinearity of one predictor with the others in a fitted model, as {@code car::vif}: with R the
 * correlation matrix of the coefficient estimates (intercept removed), the generalized variance
 * inflation factor of Fox &amp; Monette (1992) is GVIF = det R<sub>jj</sub> · det R<sub>−j,−j</sub> / det R,
 * where j are the predictor's terms. For a one-term predictor it is the ordinary VIF. (For a
 * glm it uses the weighted information, so it differs slightly from 1/(1 − R²<sub>j</sub>) of an
 * unweighted regression of x<sub>j</sub> on the others.)
 *
 * @param predictor the predictor column
 * @param degreesOfFreedom its number of terms
 * @param gvif the generalized VIF
 * @param adjusted GVIF<sup>1/(2·df)</sup>, comparable across predictors with different df
 */
public record GeneralizedVif(String predictor, int degreesOfFreedom, double gvif, double adjusted) {
}
