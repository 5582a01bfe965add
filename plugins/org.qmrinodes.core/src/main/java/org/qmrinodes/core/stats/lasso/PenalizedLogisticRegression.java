package org.qmrinodes.core.stats.lasso;

/**
 * Elastic-net penalised logistic regression over a path of lambdas, matching R glmnet 4.1-6
 * {@code glmnet(x, y, family = "binomial")} (Friedman, Hastie &amp; Tibshirani 2010, J Stat Softw
 * 33(1)).
 *
 * <p>Minimises −(1/n)·Σ<sub>i</sub>[y<sub>i</sub>η<sub>i</sub> − log(1 + e<sup>η<sub>i</sub></sup>)]
 * + λ·Σ<sub>j</sub>[(1 − α)/2·β<sub>j</sub>² + α|β<sub>j</sub>|], η<sub>i</sub> = β₀ + x<sub>i</sub>ᵀβ, on
 * features standardised as glmnet does (mean and 1/n variance); the intercept is not penalised and
 * the coefficients are reported on the original scale. Constant features are left out with
 * coefficient 0. Because of the standardisation the fit does not depend on a feature's unit: a
 * feature multiplied by s (even 1e160 or 1e-300) gets the same selection and its coefficient divided
 * by s; a feature whose values are too large (above half the largest double) or too small (below
 * n times the smallest normal double) to be standardised exactly is refused, naming it.
 *
 * <p>The automatic path has {@code nlambda} lambdas from lambda_max = max<sub>j</sub>|Σ w<sub>i</sub>(y<sub>i</sub> − ȳ)x̃<sub>ij</sub>|/α
 * (standardised x̃, w = 1/n; α floored at 0.001), the smallest lambda with every coefficient 0,
 * down to lambda.min.ratio·lambda_max, equally spaced on the log scale. It stops early, as glmnet,
 * once at least 5 lambdas are fitted and the deviance ratio grows by less than 1e-5, exceeds
 * 0.999, or more than {@code dfmax} features are non-zero.
 */
public final class PenalizedLogisticRegression {

    private PenalizedLogisticRegression() {
    }

    /**
     * Fits the regularisation path.
     *
     * @param data the complete cases (outcome and features)
     * @param settings alpha, the lambda sequence and convergence settings
     * @return the path, coefficients on the original scale
     * @throws org.qmrinodes.core.data.InvalidDataException if every feature is constant
     */
    public static LogisticPath fit(final FeatureMatrix data, final ElasticNetSettings settings) {
        return LogisticCoordinateDescent.fit(data, settings);
    }
}
