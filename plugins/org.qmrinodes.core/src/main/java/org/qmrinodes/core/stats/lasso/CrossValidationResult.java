package org.qmrinodes.core.stats.lasso;

import java.util.List;

/**
 * A cross-validated elastic-net logistic path, as R {@code cv.glmnet} returns it.
 *
 * @param path the path fitted on all complete cases ({@code glmnet.fit})
 * @param measure the CV measure
 * @param cvMean per lambda, the mean CV measure ({@code cvm})
 * @param cvSd per lambda, its standard error ({@code cvsd})
 * @param folds the fold (1-based) of each complete case
 * @param foldCount number of folds K
 * @param indexMin 0-based index of lambda.min
 * @param index1se 0-based index of lambda.1se
 * @param warnings conditions the user should know about (features constant within a fold, a
 *        fold whose path stopped early, a measure changed, …), including those of the full fit
 */
public record CrossValidationResult(LogisticPath path, CvMeasure measure, double[] cvMean, double[] cvSd,
    int[] folds, int foldCount, int indexMin, int index1se, List<String> warnings) {

    /** Checks lengths and copies. */
    public CrossValidationResult {
        cvMean = cvMean.clone();
        cvSd = cvSd.clone();
        folds = folds.clone();
        warnings = List.copyOf(warnings);
        if (cvMean.length != path.size() || cvSd.length != path.size()) {
            throw new IllegalArgumentException("CV curve and path differ in length");
        }
    }

    /** @return the mean CV measure per lambda (a copy) */
    @Override
    public double[] cvMean() {
        return cvMean.clone();
    }

    /** @return the CV standard error per lambda (a copy) */
    @Override
    public double[] cvSd() {
        return cvSd.clone();
    }

    /** @return the fold of each complete case, 1-based (a copy) */
    @Override
    public int[] folds() {
        return folds.clone();
    }

    /** @return the 0-based path index of {@code choice} */
    public int index(final LambdaChoice choice) {
        return choice == LambdaChoice.MIN ? indexMin : index1se;
    }

    /** @return lambda.min */
    public double lambdaMin() {
        return path.lambda(indexMin);
    }

    /** @return lambda.1se */
    public double lambda1se() {
        return path.lambda(index1se);
    }

    /** @return the rad-score (intercept and non-zero coefficients) at {@code choice} */
    public RadScore radScore(final LambdaChoice choice) {
        return path.radScore(index(choice));
    }
}
