package org.qmrinodes.core.stats.lasso;

import java.util.List;

/**
 * A fitted elastic-net logistic regularisation path, as {@code glmnet(family = "binomial")}
 * returns it: for each lambda the intercept and the coefficients on the original scale of the
 * features, and the fraction of null deviance explained.
 *
 * @param features feature names, in coefficient order
 * @param alpha the elastic-net mixing used
 * @param lambdas the lambdas, decreasing; on an automatic path the first is
 *        exp(2·ln λ₂ − ln λ₃) as glmnet reports it
 * @param intercepts the unpenalised intercept per lambda
 * @param coefficients per lambda, one coefficient per feature (original scale)
 * @param devianceRatios per lambda, 1 − deviance/null deviance ({@code dev.ratio})
 * @param nullDeviance deviance of the intercept-only model ({@code nulldev})
 * @param cases complete cases used
 * @param skippedRows rows dropped for missing values
 * @param passes total coordinate-descent passes ({@code npasses})
 * @param warnings conditions the user should know about (constant features, truncated path, …)
 */
public record LogisticPath(List<String> features, double alpha, double[] lambdas, double[] intercepts,
    double[][] coefficients, double[] devianceRatios, double nullDeviance, int cases, int skippedRows, int passes,
    List<String> warnings) {

    /** Checks lengths and copies everything. */
    public LogisticPath {
        features = List.copyOf(features);
        warnings = List.copyOf(warnings);
        lambdas = lambdas.clone();
        intercepts = intercepts.clone();
        devianceRatios = devianceRatios.clone();
        if (intercepts.length != lambdas.length || coefficients.length != lambdas.length
            || devianceRatios.length != lambdas.length) {
            throw new IllegalArgumentException("path arrays differ in length");
        }
        final double[][] copy = new double[coefficients.length][];
        for (int s = 0; s < copy.length; s++) {
            if (coefficients[s].length != features.size()) {
                throw new IllegalArgumentException("step " + s + " has " + coefficients[s].length + " coefficients");
            }
            copy[s] = coefficients[s].clone();
        }
        coefficients = copy;
    }

    /** @return number of lambdas on the path */
    public int size() {
        return lambdas.length;
    }

    /** @return the lambdas (a copy) */
    @Override
    public double[] lambdas() {
        return lambdas.clone();
    }

    /** @return lambda number {@code step} */
    public double lambda(final int step) {
        return lambdas[step];
    }

    /** @return the intercepts (a copy) */
    @Override
    public double[] intercepts() {
        return intercepts.clone();
    }

    /** @return the deviance ratios (a copy) */
    @Override
    public double[] devianceRatios() {
        return devianceRatios.clone();
    }

    /** @return all coefficients, [step][feature] (a copy) */
    @Override
    public double[][] coefficients() {
        final double[][] copy = new double[coefficients.length][];
        for (int s = 0; s < copy.length; s++) {
            copy[s] = coefficients[s].clone();
        }
        return copy;
    }

    /** @return the coefficients at lambda number {@code step} (a copy) */
    public double[] coefficients(final int step) {
        return coefficients[step].clone();
    }

    /** @return the intercept at lambda number {@code step} */
    public double intercept(final int step) {
        return intercepts[step];
    }

    /** @return the number of non-zero coefficients at lambda number {@code step} (glmnet's {@code df}) */
    public int nonzero(final int step) {
        int count = 0;
        for (final double b : coefficients[step]) {
            count += b != 0 ? 1 : 0;
        }
        return count;
    }

    /**
     * @param step lambda number
     * @return the rad-score of that lambda: its intercept and non-zero coefficients
     */
    public RadScore radScore(final int step) {
        return RadScore.of(features, intercepts[step], coefficients[step]);
    }

    double coefficientView(final int step, final int feature) {
        return coefficients[step][feature];
    }
}
