package org.qmrinodes.cli;

import java.io.PrintStream;
import java.util.List;

import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.model.PredictorColumn;
import org.qmrinodes.core.stats.regression.FitMethod;
import org.qmrinodes.core.stats.regression.LogisticFit;
import org.qmrinodes.core.stats.regression.LogisticOptions;
import org.qmrinodes.core.stats.regression.LogisticRegression;
import org.qmrinodes.core.stats.regression.LogisticTables;

/** {@code qmri logistic}: maximum-likelihood (or Firth) logistic regression, as R glm(family = binomial). */
final class LogisticCommand implements Command {

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
            and counted. Separation is an error under maximum likelihood; --method firth gives finite estimates.""";
    }

    @Override
    public Options options() {
        return ModelRows.declare(new Options())
            .flag("univariable", "fit one model per predictor instead of one model with all")
            .optional("method", "ml|firth", "maximum likelihood, or Firth's penalised likelihood", "ml")
            .optional("conf-level", "P", "level of the confidence intervals", "0.95")
            .optional("fit-out", "FILE", "also write the fit statistics (deviance, AIC, LR test, R2, EPV)", null)
            .optional("vif-out", "FILE", "also write generalized VIFs and events per variable", null)
            .optional("out", "FILE", "output table (default: standard output)", null)
            .inputs("in").outputs("out", "fit-out", "vif-out");
    }

    @Override
    public void run(final Options o, final PrintStream out, final PrintStream err) throws CliException {
        final FitMethod method = o.choice(name(), "method", "ml", "firth").equals("firth") ? FitMethod.FIRTH
            : FitMethod.MAXIMUM_LIKELIHOOD;
        final double level = o.number(name(), "conf-level");
        final PredictorOptions model = PredictorOptions.parse(o);
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
    }
}
