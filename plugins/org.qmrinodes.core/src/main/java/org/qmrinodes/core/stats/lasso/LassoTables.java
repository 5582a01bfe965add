package org.qmrinodes.core.stats.lasso;

import static org.qmrinodes.core.data.ResultTable.integer;
import static org.qmrinodes.core.data.ResultTable.real;
import static org.qmrinodes.core.data.ResultTable.text;

import org.qmrinodes.core.data.ResultTable;

/**
 * The output tables of a cross-validated LASSO, shared by the KNIME nodes and the command line.
 * The leading columns are the fixed ones of the {@code qmri lasso} contract; further columns follow.
 */
public final class LassoTables {

    /** Term name of the intercept, as R prints it. */
    public static final String INTERCEPT = "(Intercept)";

    private LassoTables() {
    }

    /**
     * The coefficients at lambda.min and lambda.1se on the original feature scale, as
     * {@code coef(cv, s = "lambda.min")}: first the intercept, then every feature (0 when not selected).
     *
     * @param cv the cross-validation
     * @return columns {@code term, coef_lambda_min, coef_lambda_1se}
     */
    public static ResultTable coefficients(final CrossValidationResult cv) {
        final LogisticPath path = cv.path();
        final double[] min = path.coefficients(cv.indexMin());
        final double[] se = path.coefficients(cv.index1se());
        final ResultTable.Builder b = ResultTable.builder(text("term"), real("coef_lambda_min"),
            real("coef_lambda_1se"));
        b.row(INTERCEPT, path.intercept(cv.indexMin()), path.intercept(cv.index1se()));
        for (int j = 0; j < min.length; j++) {
            b.row(path.features().get(j), min[j], se[j]);
        }
        return b.build();
    }

    /**
     * The coefficients of the model at the chosen lambda, as a learner reports them: the intercept
     * and the features with a non-zero coefficient at {@code choice}, in path order, with their
     * coefficients at lambda.min and lambda.1se (original scale) as {@link #coefficients}.
     *
     * @param cv the cross-validation, or null for the header only
     * @param choice the chosen lambda
     * @return columns {@code term, coef_lambda_min, coef_lambda_1se, coefficient} (the last at
     *         {@code choice}), then {@code lambda}, {@code lambda_rule}
     */
    public static ResultTable selectedCoefficients(final CrossValidationResult cv, final LambdaChoice choice) {
        final ResultTable.Builder b = ResultTable.builder(text("term"), real("coef_lambda_min"),
            real("coef_lambda_1se"), real("coefficient"), real("lambda"), text("lambda_rule"));
        if (cv == null) {
            return b.build();
        }
        final LogisticPath path = cv.path();
        final int chosen = cv.index(choice);
        final double[] min = path.coefficients(cv.indexMin());
        final double[] se = path.coefficients(cv.index1se());
        final double[] at = path.coefficients(chosen);
        final double lambda = path.lambda(chosen);
        b.row(INTERCEPT, path.intercept(cv.indexMin()), path.intercept(cv.index1se()), path.intercept(chosen), lambda,
            choice.label());
        for (int j = 0; j < at.length; j++) {
            if (at[j] != 0) {
                b.row(path.features().get(j), min[j], se[j], at[j], lambda, choice.label());
            }
        }
        return b.build();
    }

    /**
     * The CV curve, one row per lambda in path order.
     *
     * @param cv the cross-validation, or null for the header only
     * @return columns {@code lambda, cv_mean, cv_sd, nonzero}, then {@code log_lambda, cv_lower,
     *         cv_upper, deviance_ratio, measure} and {@code chosen} ({@code lambda.min},
     *         {@code lambda.1se}, both joined by {@code ;}, or empty)
     */
    public static ResultTable cvCurve(final CrossValidationResult cv) {
        final ResultTable.Builder b = ResultTable.builder(real("lambda"), real("cv_mean"), real("cv_sd"),
            integer("nonzero"), real("log_lambda"), real("cv_lower"), real("cv_upper"), real("deviance_ratio"),
            text("measure"), text("chosen"));
        if (cv == null) {
            return b.build();
        }
        final LogisticPath path = cv.path();
        final double[] cvm = cv.cvMean();
        final double[] cvsd = cv.cvSd();
        final double[] dev = path.devianceRatios();
        for (int s = 0; s < path.size(); s++) {
            final String chosen = s == cv.indexMin() && s == cv.index1se() ? "lambda.min;lambda.1se"
                : s == cv.indexMin() ? "lambda.min" : s == cv.index1se() ? "lambda.1se" : null;
            b.row(path.lambda(s), cvm[s], cvsd[s], path.nonzero(s), Math.log(path.lambda(s)), cvm[s] - cvsd[s],
                cvm[s] + cvsd[s], dev[s], cv.measure().label(), chosen);
        }
        return b.build();
    }

    /**
     * The coefficient path in long form: the intercept and every non-zero coefficient of each lambda.
     *
     * @param path the path
     * @return columns {@code step, lambda, term, coefficient}
     */
    public static ResultTable coefficientPath(final LogisticPath path) {
        final ResultTable.Builder b = ResultTable.builder(integer("step"), real("lambda"), text("term"),
            real("coefficient"));
        for (int s = 0; s < path.size(); s++) {
            b.row(s + 1, path.lambda(s), INTERCEPT, path.intercept(s));
            final double[] beta = path.coefficients(s);
            for (int j = 0; j < beta.length; j++) {
                if (beta[j] != 0) {
                    b.row(s + 1, path.lambda(s), path.features().get(j), beta[j]);
                }
            }
        }
        return b.build();
    }
}
