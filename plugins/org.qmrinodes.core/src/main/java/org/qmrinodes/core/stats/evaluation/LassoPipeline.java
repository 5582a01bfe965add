package org.qmrinodes.core.stats.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.stats.lasso.CrossValidatedLasso;
import org.qmrinodes.core.stats.lasso.CrossValidationResult;
import org.qmrinodes.core.stats.lasso.CvMeasure;
import org.qmrinodes.core.stats.lasso.ElasticNetSettings;
import org.qmrinodes.core.stats.lasso.FeatureMatrix;
import org.qmrinodes.core.stats.lasso.FoldAssignment;
import org.qmrinodes.core.stats.lasso.LambdaChoice;

/**
 * The rad-score pipeline of a radiomics study as a {@link BootstrapValidation.Pipeline}: on the rows
 * given, λ is chosen by K-fold cross-validation of the LASSO ({@link CrossValidatedLasso}, glmnet's
 * {@code cv.glmnet}) with stratified folds drawn from {@code seed + resample}, and the model is the
 * path's intercept and coefficients at λ.min or λ.1se (original scale). Repeating the selection in
 * every resample is what keeps the bootstrap-corrected indices of a selected model honest (Harrell,
 * Regression Modeling Strategies, 2nd ed., §5.3.5). A bootstrap resample repeats cases, so a case can
 * fall in a training fold and in its held-out fold at once; that is how {@code cv.glmnet} run on a
 * resample behaves too.
 */
public final class LassoPipeline implements BootstrapValidation.Pipeline {

    private final ElasticNetSettings settings;
    private final CvMeasure measure;
    private final LambdaChoice choice;
    private final int folds;
    private final long seed;

    /**
     * @param settings alpha and the λ path
     * @param measure the CV measure
     * @param choice λ.min or λ.1se
     * @param folds K
     * @param seed the folds' seed; resample b uses {@code seed + b}
     */
    public LassoPipeline(final ElasticNetSettings settings, final CvMeasure measure, final LambdaChoice choice,
        final int folds, final long seed) {
        this.settings = settings;
        this.measure = measure;
        this.choice = choice;
        this.folds = folds;
        this.seed = seed;
    }

    @Override
    public double[] fit(final double[][] x, final boolean[] y, final int resample) {
        final int n = y.length;
        final int k = x[0].length;
        final List<String> names = new ArrayList<>(k);
        final List<double[]> columns = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            names.add("x" + (j + 1));
            final double[] column = new double[n];
            for (int i = 0; i < n; i++) {
                column[i] = x[i][j];
            }
            columns.add(column);
        }
        final CrossValidationResult cv;
        try {
            final FeatureMatrix data = FeatureMatrix.completeCases(
                new BinaryOutcome("outcome", "1", "0", y, new boolean[n]), names, columns);
            cv = CrossValidatedLasso.run(data, FoldAssignment.stratified(folds, seed + resample), settings, measure);
        } catch (final InvalidDataException e) {
            return null;
        }
        final int step = cv.index(choice);
        final double[] beta = new double[k + 1];
        beta[0] = cv.path().intercept(step);
        System.arraycopy(cv.path().coefficients(step), 0, beta, 1, k);
        return beta;
    }
}
