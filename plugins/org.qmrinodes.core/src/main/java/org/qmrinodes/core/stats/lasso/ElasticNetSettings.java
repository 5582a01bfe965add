package org.qmrinodes.core.stats.lasso;

/**
 * The settings of an elastic-net logistic path, named and defaulted as the arguments of R
 * {@code glmnet(family = "binomial")}.
 *
 * <p>The penalty at lambda λ is λ·Σ<sub>j</sub>[(1 − α)/2·β<sub>j</sub>² + α·|β<sub>j</sub>|] on the
 * standardised coefficients; α = 1 is the LASSO, α = 0 ridge regression.
 *
 * @param alpha the elastic-net mixing α in [0, 1] ({@code alpha}, default 1)
 * @param lambdaCount number of lambdas on an automatic path ({@code nlambda}, default 100)
 * @param lambdaMinRatio smallest lambda as a fraction of lambda_max ({@code lambda.min.ratio});
 *        {@code NaN} for glmnet's default, 0.01 when there are fewer cases than features, else 1e-4
 * @param lambdas a fixed decreasing lambda sequence ({@code lambda}), or {@code null} for the
 *        automatic path
 * @param threshold convergence threshold of coordinate descent ({@code thresh}, default 1e-7): a
 *        pass converges when every weighted squared coefficient change is below threshold × null
 *        deviance / (2n)
 * @param maxPasses maximal total number of passes over the data ({@code maxit}, default 10⁵)
 * @param maxVariables stop the automatic path when more features than this are non-zero
 *        ({@code dfmax}); 0 for glmnet's default, the number of features + 1
 */
public record ElasticNetSettings(double alpha, int lambdaCount, double lambdaMinRatio, double[] lambdas,
    double threshold, int maxPasses, int maxVariables) {

    /** Checks ranges and copies the lambdas. */
    public ElasticNetSettings {
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be in [0, 1]: " + alpha);
        }
        if (lambdas == null && lambdaCount < 2) {
            throw new IllegalArgumentException("an automatic lambda path needs at least 2 lambdas: " + lambdaCount);
        }
        if (!Double.isNaN(lambdaMinRatio) && !(lambdaMinRatio > 0 && lambdaMinRatio < 1)) {
            throw new IllegalArgumentException("lambda.min.ratio must be in (0, 1): " + lambdaMinRatio);
        }
        if (lambdas != null) {
            lambdas = lambdas.clone();
            if (lambdas.length == 0) {
                throw new IllegalArgumentException("the lambda sequence is empty");
            }
            for (int i = 0; i < lambdas.length; i++) {
                if (!(lambdas[i] >= 0) || i > 0 && lambdas[i] > lambdas[i - 1]) {
                    throw new IllegalArgumentException("lambdas must be non-negative and decreasing");
                }
            }
        }
        if (!(threshold > 0) || maxPasses < 1 || maxVariables < 0) {
            throw new IllegalArgumentException("threshold, maxPasses and maxVariables must be positive");
        }
    }

    /** @return glmnet's defaults: the LASSO on an automatic path of 100 lambdas */
    public static ElasticNetSettings defaults() {
        return new ElasticNetSettings(1, 100, Double.NaN, null, 1e-7, 100_000, 0);
    }

    /** @return these settings with mixing {@code a} */
    public ElasticNetSettings withAlpha(final double a) {
        return new ElasticNetSettings(a, lambdaCount, lambdaMinRatio, lambdas, threshold, maxPasses, maxVariables);
    }

    /** @return these settings with the fixed lambda sequence {@code sequence} */
    public ElasticNetSettings withLambdas(final double[] sequence) {
        return new ElasticNetSettings(alpha, lambdaCount, lambdaMinRatio, sequence, threshold, maxPasses,
            maxVariables);
    }

    /** @return the lambdas (a copy), or {@code null} for an automatic path */
    @Override
    public double[] lambdas() {
        return lambdas == null ? null : lambdas.clone();
    }

    /** @return the effective lambda.min.ratio for {@code cases} rows and {@code features} columns */
    double minRatio(final int cases, final int features) {
        if (!Double.isNaN(lambdaMinRatio)) {
            return lambdaMinRatio;
        }
        return cases < features ? 1e-2 : 1e-4;
    }
}
