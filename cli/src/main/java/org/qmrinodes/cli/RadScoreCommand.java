package org.qmrinodes.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.stats.lasso.RadScore;

/**
 * {@code qmri radscore}: a rad-score from a coefficient table of {@code qmri lasso}, applied to the rows of
 * another table (e.g. the test set of a training/test split), as the Rad-score Predictor node applies a
 * LASSO model.
 */
final class RadScoreCommand implements Command {

    private static final String INTERCEPT = "(Intercept)";

    @Override
    public String name() {
        return "radscore";
    }

    @Override
    public String synopsis() {
        return "Applies a LASSO coefficient table (qmri lasso --out) to a table's rows: the rad-score of each row.";
    }

    @Override
    public String summary() {
        return """
            Reads a coefficient table as qmri lasso --out writes it (term, coef_lambda_min, coef_lambda_1se; first
            row (Intercept)) and scores every row of --in: rad_score = intercept + sum of coefficient x value over
            the features with a non-zero coefficient at the chosen lambda (--no-intercept leaves the intercept
            out, as some papers print the score). A row with a missing value in a selected feature gets no score
            (empty) and is counted; a selected feature that is not a column of --in is an error naming it. Writes
            the --key columns, then rad_score.""";
    }

    @Override
    public Options options() {
        return new Options().required("in", "FILE", "input CSV table with the feature columns")
            .required("coefficients", "COEF.csv", "coefficient table of qmri lasso --out")
            .optional("lambda", "min|1se", "which column of coefficients: lambda.min or lambda.1se", "min")
            .flag("no-intercept", "leave the intercept out of the score")
            .optional("key", "C[,...]", "input columns copied into the output to identify the rows", null)
            .optional("out", "FILE", "output table (default: standard output)", null)
            .inputs("in", "coefficients").outputs("out");
    }

    @Override
    public void run(final Options o, final PrintStream out, final PrintStream err) throws CliException {
        final String lambda = o.choice(name(), "lambda", "min", "1se");
        final CsvTableReader coefficients = CsvTableReader.read(o.path("coefficients"), err);
        final List<String> terms = coefficients.texts("term");
        final double[] values = coefficients.numbers(lambda.equals("min") ? "coef_lambda_min" : "coef_lambda_1se");
        double intercept = 0;
        final List<String> features = new ArrayList<>();
        final List<Double> betas = new ArrayList<>();
        for (int r = 0; r < terms.size(); r++) {
            if (INTERCEPT.equals(terms.get(r))) {
                intercept = values[r];
            } else {
                features.add(terms.get(r));
                betas.add(values[r]);
            }
        }
        final RadScore score = RadScore.of(features, intercept, betas.stream().mapToDouble(Double::doubleValue).toArray());
        final CsvTableReader table = CsvTableReader.read(o.path("in"), err);
        final Map<String, double[]> columns = new HashMap<>();
        for (final String f : score.features()) {
            columns.put(f, table.numbers(f));
        }
        final double[] scores;
        try {
            scores = score.apply(columns, !o.has("no-intercept"));
        } catch (final InvalidDataException e) {
            throw table.error(e);
        }
        final List<String> keys = o.list("key");
        final List<ResultTable.Column> outColumns = new ArrayList<>();
        final List<List<String>> keyValues = new ArrayList<>();
        for (final String k : keys) {
            outColumns.add(ResultTable.text(k));
            keyValues.add(table.texts(k));
        }
        outColumns.add(ResultTable.real("rad_score"));
        final ResultTable.Builder result = ResultTable.builder(outColumns.toArray(ResultTable.Column[]::new));
        for (int i = 0; i < scores.length; i++) {
            final Object[] row = new Object[keys.size() + 1];
            for (int k = 0; k < keys.size(); k++) {
                row[k] = keyValues.get(k).get(i);
            }
            row[keys.size()] = scores[i];
            result.row(row);
        }
        final int unscored = RadScore.unscoredRows(scores);
        if (unscored > 0) {
            err.println("warning: " + unscored + " rows have a missing value in a selected feature and no rad-score");
        }
        CsvTableWriter.write(result.build(), o.output("out"), out);
    }
}
