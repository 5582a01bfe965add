package org.qmrinodes.cli;

import java.io.PrintStream;
import java.util.List;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.plot.LassoPlots;
import org.qmrinodes.core.stats.lasso.CrossValidatedLasso;
import org.qmrinodes.core.stats.lasso.CrossValidationResult;
import org.qmrinodes.core.stats.lasso.CvMeasure;
import org.qmrinodes.core.stats.lasso.ElasticNetSettings;
import org.qmrinodes.core.stats.lasso.FeatureMatrix;
import org.qmrinodes.core.stats.lasso.FoldAssignment;
import org.qmrinodes.core.stats.lasso.LambdaChoice;
import org.qmrinodes.core.stats.lasso.LassoTables;

/** {@code qmri lasso}: L1-penalised logistic regression with k-fold CV, as R {@code cv.glmnet}. */
final class LassoCommand implements Command {

    @Override
    public String name() {
        return "lasso";
    }

    @Override
    public String synopsis() {
        return "LASSO or elastic-net logistic regression with k-fold cross-validation, as glmnet's cv.glmnet.";
    }

    @Override
    public String summary() {
        return """
            L1-penalised (LASSO; elastic net with --alpha < 1) logistic regression of the positive class on the
            --features columns with k-fold cross-validation, as glmnet 4.1-6 cv.glmnet(x, y, family="binomial",
            foldid=..., type.measure="deviance"): the same lambda sequence, CV curve and coefficients.
            --out: term,coef_lambda_min,coef_lambda_1se (first row (Intercept); original feature scale).
            --path-out: lambda,cv_mean,cv_sd,nonzero, then log_lambda,cv_lower,cv_upper,deviance_ratio,measure,chosen.
            --selected-out: the intercept and the features with a non-zero coefficient at --rule's lambda.
            Folds: the --fold-id column (1..K), else stratified random folds from --seed. Rows with a missing
            outcome, feature or fold id are skipped and counted.""";
    }

    @Override
    public Options options() {
        return new Options().required("in", "FILE", "input CSV table")
            .required("truth", "COL", "binary outcome column")
            .required("positive", "VALUE", "outcome value of the modelled (positive) class (compared as text)")
            .required("features", "C1,C2,...", "candidate feature columns")
            .optional("folds", "K", "number of stratified random folds (ignored with --fold-id)", "10")
            .optional("fold-id", "COL", "column with a fold number 1..K per row (as cv.glmnet's foldid)", null)
            .optional("alpha", "A", "elastic-net mixing: 1 LASSO, 0 ridge", "1")
            .optional("seed", "N", "random seed of the stratified folds", "1")
            .optional("measure", "deviance|auc|class", "CV measure (type.measure)", "deviance")
            .optional("out", "FILE", "coefficient table (default: standard output)", null)
            .optional("path-out", "FILE", "also write the CV curve, one row per lambda", null)
            .optional("selected-out", "FILE", "also write the features selected at --rule's lambda with their"
                + " coefficients, as the LASSO Learner node's Coefficients output", null)
            .optional("rule", "min|1se", "the lambda of --selected-out: lambda.min or lambda.1se", "min")
            .optional("coef-path-out", "FILE", "also write the coefficient path (step,lambda,term,coefficient)", null)
            .optional("plot-cv", "FILE.png", "also draw the CV curve (mean +- SD against log lambda)", null)
            .optional("plot-path", "FILE.png", "also draw the coefficient paths against log lambda", null)
            .inputs("in").outputs("out", "path-out", "selected-out", "coef-path-out", "plot-cv", "plot-path");
    }

    @Override
    public void run(final Options o, final PrintStream out, final PrintStream err) throws CliException {
        final List<String> features = o.list("features");
        if (features.isEmpty()) {
            throw CliException.usage("--features needs at least one column name");
        }
        final double alpha = o.number(name(), "alpha");
        if (!(alpha >= 0 && alpha <= 1)) {
            throw CliException.usage("option --alpha must be between 0 and 1, got '" + o.get("alpha") + "'");
        }
        final CvMeasure measure = CvMeasure.parse(o.choice(name(), "measure", "deviance", "auc", "class"));
        final CsvTableReader table = CsvTableReader.read(o.path("in"), err);
        final ScoreInputs in = ScoreInputs.read(table, o.get("truth"), o.get("positive"), features, "LASSO logistic regression");
        final String foldColumn = o.get("fold-id");
        final double[] foldIds = foldColumn == null ? new double[table.size()] : table.numbers(foldColumn);
        final FoldAssignment folds = foldColumn != null ? FoldAssignment.given(foldColumn, foldIds)
            : FoldAssignment.stratified((int) wholeNumber(o, "folds", 3), wholeNumber(o, "seed", Long.MIN_VALUE));
        final CrossValidationResult cv;
        try {
            final FeatureMatrix data = FeatureMatrix.completeCases(in.outcome(), in.names(), in.scores(), foldIds);
            cv = CrossValidatedLasso.run(data, folds, ElasticNetSettings.defaults().withAlpha(alpha), measure);
            if (data.skippedRows() > 0) {
                err.println("warning: " + table.file() + ": " + data.skippedRows() + " of " + table.size()
                    + " rows skipped (missing outcome, feature" + (foldColumn == null ? "" : " or fold id") + ").");
            }
        } catch (final InvalidDataException e) {
            throw table.error(e);
        }
        cv.warnings().forEach(w -> err.println("warning: " + w));
        CsvTableWriter.write(LassoTables.coefficients(cv), o.output("out"), out);
        if (o.get("path-out") != null) {
            CsvTableWriter.write(LassoTables.cvCurve(cv), o.output("path-out"), out);
        }
        if (o.get("selected-out") != null) {
            final LambdaChoice rule = o.choice(name(), "rule", "min", "1se").equals("min") ? LambdaChoice.MIN
                : LambdaChoice.ONE_SE;
            CsvTableWriter.write(LassoTables.selectedCoefficients(cv, rule), o.output("selected-out"), out);
        }
        if (o.get("coef-path-out") != null) {
            CsvTableWriter.write(LassoTables.coefficientPath(cv.path()), o.output("coef-path-out"), out);
        }
        if (o.get("plot-cv") != null) {
            FigureFiles.png(o.output("plot-cv"), LassoPlots.cvCurve(cv, "", 1600, 1000));
        }
        if (o.get("plot-path") != null) {
            FigureFiles.png(o.output("plot-path"), LassoPlots.coefficientPaths(cv.path(), "", 1600, 1000));
        }
    }

    private static long wholeNumber(final Options o, final String option, final long min) throws CliException {
        try {
            final long v = Long.parseLong(o.get(option).trim());
            if (v < min || min > 0 && v > Integer.MAX_VALUE) {
                throw new NumberFormatException();
            }
            return v;
        } catch (final NumberFormatException e) {
            throw CliException.usage("option --" + option + " needs a whole number" + (min > 0 ? " of at least " + min : "")
                + ", got '" + o.get(option) + "'");
        }
    }
}
