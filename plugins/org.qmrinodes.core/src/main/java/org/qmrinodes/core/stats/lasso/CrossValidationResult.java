package org.qmrinodes.core.stats.lasso;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.model.DesignCoding;
import org.qmrinodes.core.model.LinearPredictorModel;
import org.qmrinodes.core.model.PredictorCoding;

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

    /**
     * The fitted model at {@code choice}, for a model port: the features with a non-zero
     * coefficient (in path order) with their coefficients on the original scale and the intercept,
     * so that its linear predictor is the rad-score {@link #radScore}. Its conventions record
     * alpha, the chosen lambda and rule, lambda.min and lambda.1se, the CV measure actually used,
     * the folds, the positive class and the number of cases.
     *
     * @param choice which lambda
     * @param outcome the outcome the path was fitted to (column and class labels)
     * @param folds how the folds were made
     * @return the model
     */
    public LinearPredictorModel model(final LambdaChoice choice, final BinaryOutcome outcome,
        final FoldAssignment folds) {
        final RadScore score = radScore(choice);
        final Map<String, String> conventions = new LinkedHashMap<>();
        conventions.put("positive_class", outcome.positiveLabel());
        conventions.put("alpha", Double.toString(path.alpha()));
        conventions.put("lambda", Double.toString(path.lambda(index(choice))));
        conventions.put("lambda_rule", choice.label());
        conventions.put("lambda_min", Double.toString(lambdaMin()));
        conventions.put("lambda_1se", Double.toString(lambda1se()));
        conventions.put("cv_measure", measure.label());
        conventions.put("folds", Integer.toString(foldCount));
        conventions.put("fold_assignment", folds instanceof FoldAssignment.Given g ? "fold-id column '" + g.column()
            + "'" : "stratified random folds, seed " + ((FoldAssignment.Stratified)folds).seed());
        conventions.put("standardisation", "features standardised (1/n SD) for fitting; coefficients on the"
            + " original scale");
        conventions.put("cases", Integer.toString(path.cases()));
        conventions.put("missing_values", "rows with a missing outcome, feature or fold id left out ("
            + path.skippedRows() + ")");
        return new LinearPredictorModel(path.alpha() == 1 ? "LASSO logistic regression"
            : "elastic-net logistic regression (alpha " + path.alpha() + ")", outcome.column(),
            outcome.positiveLabel(), outcome.negativeLabel(),
            new DesignCoding(score.features().stream().map(PredictorCoding::numeric).toList()), score.intercept(),
            score.coefficients(), conventions);
    }
}
