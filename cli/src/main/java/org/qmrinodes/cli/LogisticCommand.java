package org.qmrinodes.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.model.LinearPredictorModel;
import org.qmrinodes.core.model.PredictorColumn;
import org.qmrinodes.core.stats.regression.FitMethod;
import org.qmrinodes.core.stats.regression.LogisticFit;
import org.qmrinodes.core.stats.regression.LogisticOptions;
import org.qmrinodes.core.stats.regression.LogisticRegression;
import org.qmrinodes.core.stats.regression.LogisticTables;

/** {@code qmri logistic}: maximum-likelihood (or Firth) logistic regression, as R glm(family = binomial). */
final class LogisticCommand implements Command {

    private static final String LINEAR_PREDICTOR = "linear_predictor";
    private static final String PROBABILITY = "probability";

    @Override
    public String name() {
        return "logistic";
    }

    @Override
    public String synopsis() {
        return "Logistic regression of a binary outcome, as R glm(family = binomial), or with Firth's penalty.";
    }

    @Override
    public String summary() {
        return """
            Logistic regression of a binary outcome on numeric and categorical predictors, as R
            glm(family = binomial): one row per term (term, estimate, std_error, z, p_value, odds_ratio and its
            Wald 95% CI or_ci_lower, or_ci_upper as exp(confint.default())), then the profile-likelihood CI as
            R 4.2's exp(confint()), the formatted OR (CI), predictor, model, n and events. Terms: (Intercept),
            numeric predictors by column name, dummy terms of a categorical predictor as COL=LEVEL against its
            reference level (default: the first level in sorted order). Rows with a missing value are left out
            and counted. Separation is an error under maximum likelihood; --method firth gives finite estimates.
            --apply-in FILE --apply-out FILE writes the same for the rows of another table (a test set), the model
            fitted on --in. --predictions-out writes the model's prediction for every input row, in input order: the --key
            columns as the input holds them, linear_predictor (the intercept plus the coefficients times the
            row's terms) and probability (1 / (1 + exp(-linear_predictor)), of the positive class), as R
            predict(fit, newdata) and fitted(fit); both are empty where a predictor is missing. Name the
            outcome among --key to read the file with roc, delong, calibration or dca.""";
    }

    @Override
    public Options options() {
        return ModelRows.declare(new Options())
            .flag("univariable", "fit one model per predictor instead of one model with all")
            .optional("method", "ml|firth", "maximum likelihood, or Firth's penalised likelihood", "ml")
            .optional("conf-level", "P", "level of the confidence intervals", "0.95")
            .optional("fit-out", "FILE", "also write the fit statistics (deviance, AIC, LR test, R2, EPV)", null)
            .optional("vif-out", "FILE", "also write generalized VIFs and events per variable", null)
            .optional("predictions-out", "FILE", "also write each input row's linear predictor and probability"
                + " (not with --univariable)", null)
            .optional("key", "C[,...]", "input columns copied into --predictions-out to identify the rows", null)
            .optional("apply-in", "FILE", "another table with the predictor columns (e.g. a test set) to predict with"
                + " the fitted model", null)
            .optional("apply-out", "FILE", "the model's predictions for --apply-in's rows, as --predictions-out", null)
            .optional("out", "FILE", "output table (default: standard output)", null)
            .inputs("in", "apply-in").outputs("out", "fit-out", "vif-out", "predictions-out", "apply-out");
    }

    @Override
    public void run(final Options o, final PrintStream out, final PrintStream err) throws CliException {
        final FitMethod method = o.choice(name(), "method", "ml", "firth").equals("firth") ? FitMethod.FIRTH
            : FitMethod.MAXIMUM_LIKELIHOOD;
        final double level = o.number(name(), "conf-level");
        final PredictorOptions model = PredictorOptions.parse(o);
        final List<String> keys = predictionKeys(o);
        final CsvTableReader table = CsvTableReader.read(o.path("in"), err);
        final List<String> labels = table.texts(o.get("truth"));
        final List<PredictorColumn> predictors = model.columns(table);
        final LogisticOptions defaults = LogisticOptions.defaults();
        final LogisticOptions leveled;
        try {
            leveled = new LogisticOptions(method, level, true, model.references(), defaults.vifThreshold(),
                defaults.minimumEventsPerVariable());
        } catch (final IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        final List<LogisticFit> fits;
        try {
            final BinaryOutcome outcome = BinaryOutcome.of(o.get("truth"), labels, o.get("positive"), "logistic regression");
            fits = o.has("univariable") ? LogisticRegression.univariable(outcome, predictors, leveled)
                : List.of(LogisticRegression.fit(outcome, predictors, leveled));
        } catch (final InvalidDataException e) {
            throw table.error(e);
        }
        fits.forEach(f -> f.warnings().forEach(w -> err.println("warning: " + w)));
        CsvTableWriter.write(LogisticTables.coefficients(fits), o.output("out"), out);
        if (o.get("fit-out") != null) {
            CsvTableWriter.write(LogisticTables.fitStatistics(fits), o.output("fit-out"), out);
        }
        if (o.get("vif-out") != null) {
            CsvTableWriter.write(LogisticTables.collinearity(fits, leveled), o.output("vif-out"), out);
        }
        if (o.get("predictions-out") != null) {
            CsvTableWriter.write(predictions(table, keys, predictors, fits.get(0).model()), o.output("predictions-out"),
                out);
        }
        if (o.get("apply-in") != null) {
            final CsvTableReader other = CsvTableReader.read(o.path("apply-in"), err);
            CsvTableWriter.write(predictions(other, keys, model.columns(other), fits.get(0).model()),
                o.output("apply-out"), out);
        }
    }

    /**
     * @return the --key columns
     * @throws CliException (usage) for --key without --predictions-out, --predictions-out with
     *         --univariable, or a key named as a prediction column
     */
    private static List<String> predictionKeys(final Options o) throws CliException {
        final List<String> keys = o.list("key");
        if ((o.get("apply-in") == null) != (o.get("apply-out") == null)) {
            throw CliException.usage("--apply-in and --apply-out go together");
        }
        if (o.get("apply-in") != null && o.has("univariable")) {
            throw CliException.usage("--apply-in predicts from one model; leave out --univariable");
        }
        if (o.get("predictions-out") == null && o.get("apply-in") == null) {
            if (!keys.isEmpty()) {
                throw CliException.usage("--key goes with --predictions-out or --apply-out");
            }
            return keys;
        }
        if (o.has("univariable")) {
            throw CliException.usage("--predictions-out predicts from one model; leave out --univariable");
        }
        for (final String k : keys) {
            if (k.equals(LINEAR_PREDICTOR) || k.equals(PROBABILITY)) {
                throw CliException.usage("--key names '" + k + "', a column --predictions-out writes itself");
            }
        }
        return keys;
    }

    /**
     * @return one row per row of {@code table}: its {@code keys}, η = β₀ + Σ βⱼxⱼ and p = 1 / (1 + e<sup>−η</sup>),
     *         both missing where a predictor is
     */
    private static ResultTable predictions(final CsvTableReader table, final List<String> keys,
        final List<PredictorColumn> predictors, final LinearPredictorModel model) throws CliException {
        final List<List<String>> keyValues = new ArrayList<>();
        final List<ResultTable.Column> columns = new ArrayList<>();
        for (final String k : keys) {
            keyValues.add(table.texts(k));
            columns.add(ResultTable.text(k));
        }
        columns.add(ResultTable.real(LINEAR_PREDICTOR));
        columns.add(ResultTable.real(PROBABILITY));
        final double[] eta;
        try {
            eta = model.linearPredictors(predictors, table.size());
        } catch (final InvalidDataException e) {
            throw table.error(e);
        }
        final ResultTable.Builder rows = ResultTable.builder(columns.toArray(ResultTable.Column[]::new));
        for (int i = 0; i < eta.length; i++) {
            final Object[] cells = new Object[keys.size() + 2];
            for (int k = 0; k < keys.size(); k++) {
                cells[k] = keyValues.get(k).get(i);
            }
            if (!Double.isNaN(eta[i])) {
                cells[keys.size()] = eta[i];
                cells[keys.size() + 1] = LinearPredictorModel.probability(eta[i]);
            }
            rows.row(cells);
        }
        return rows.build();
    }
}
