package org.qmrinodes.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        return new Options().required("in", "FILE", "input CSV table")
            .required("truth", "COL", "binary outcome column")
            .required("positive", "VALUE", "outcome value of the positive class (compared as text)")
            .required("predictors", "C1,C2,...", "predictor columns")
            .optional("categorical", "C[,...]", "predictors to treat as categorical (dummy coded)", null)
            .optional("reference", "C=LEVEL[,...]", "reference level of a categorical predictor", null)
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
        final List<String> names = o.list("predictors");
        if (names.isEmpty()) {
            throw CliException.usage("--predictors needs at least one column name");
        }
        final List<String> categorical = o.list("categorical");
        for (final String c : categorical) {
            if (!names.contains(c)) {
                throw CliException.usage("--categorical names '" + c + "', which is not in --predictors");
            }
        }
        final Map<String, String> references = new LinkedHashMap<>();
        for (final String r : o.list("reference")) {
            final int eq = r.indexOf('=');
            if (eq <= 0 || eq == r.length() - 1) {
                throw CliException.usage("--reference needs COL=LEVEL, got '" + r + "'");
            }
            final String column = r.substring(0, eq);
            if (!categorical.contains(column)) {
                throw CliException.usage("--reference names '" + column + "', which is not in --categorical");
            }
            references.put(column, r.substring(eq + 1));
        }
        final CsvTableReader table = CsvTableReader.read(o.path("in"), err);
        final List<String> labels = table.texts(o.get("truth"));
        final List<PredictorColumn> predictors = new ArrayList<>();
        for (final String name : names) {
            predictors.add(categorical.contains(name) ? new PredictorColumn.Categorical(name, table.texts(name))
                : new PredictorColumn.Numeric(name, table.numbers(name)));
        }
        final LogisticOptions defaults = LogisticOptions.defaults();
        final LogisticOptions leveled;
        try {
            leveled = new LogisticOptions(method, level, true, references, defaults.vifThreshold(),
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
