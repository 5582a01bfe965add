package org.qmrinodes.cli;

import java.io.PrintStream;
import java.util.List;

import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.model.DesignCoding;
import org.qmrinodes.core.model.PredictorColumn;

/**
 * The complete rows of a logistic model's table, read from
 * {@code --in F --truth COL --positive V --predictors … [--categorical …] [--reference C=LEVEL]}: rows
 * with a missing outcome or predictor are left out (and counted on standard error), the predictors
 * dummy coded as {@link DesignCoding} does.
 *
 * @param table the input table (for error messages naming its lines)
 * @param outcome the outcome of every input row
 * @param predictors the predictor columns of every input row
 * @param coding the predictors' coding, learnt on the complete rows
 * @param design the complete rows' indices and design matrix (no intercept column)
 * @param y the outcome of each complete row, in design order
 */
public record ModelRows(CsvTableReader table, BinaryOutcome outcome, List<PredictorColumn> predictors, DesignCoding coding,
    DesignCoding.Rows design, boolean[] y) {

    /** @return {@code options} with --in, --truth, --positive, --predictors, --categorical and --reference added */
    static Options declare(final Options options) {
        return PredictorOptions.declare(options.required("in", "FILE", "input CSV table")
            .required("truth", "COL", "binary outcome column")
            .required("positive", "VALUE", "outcome value of the positive class (compared as text)"));
    }

    /**
     * @param o the parsed options
     * @param err where the count of incomplete rows is reported
     * @param analysis the analysis, for messages (e.g. {@code bootstrap validation})
     * @param used what happens to the complete rows, for the count (e.g. {@code validated})
     * @return the model's rows
     * @throws CliException (usage) for bad model options or a missing column; (data) naming file, line
     *         and column for unusable values
     */
    static ModelRows read(final Options o, final PrintStream err, final String analysis, final String used)
        throws CliException {
        final PredictorOptions model = PredictorOptions.parse(o);
        return of(CsvTableReader.read(o.path("in"), err), o.get("truth"), o.get("positive"), model, err, analysis, used);
    }

    /**
     * @param table the table read
     * @param truth the outcome column
     * @param positive its positive class
     * @param model the predictors, which of them are categorical and their reference levels
     * @param err where the count of incomplete rows is reported
     * @param analysis the analysis, for messages
     * @param used what happens to the complete rows, for the count
     * @return the model's rows
     * @throws CliException as {@link #read}
     */
    public static ModelRows of(final CsvTableReader table, final String truth, final String positive,
        final PredictorOptions model, final PrintStream err, final String analysis, final String used)
        throws CliException {
        final List<String> labels = table.texts(truth);
        final List<PredictorColumn> predictors = model.columns(table);
        try {
            final BinaryOutcome outcome = BinaryOutcome.of(truth, labels, positive, analysis);
            final boolean[] use = DesignCoding.completeRows(outcome, predictors);
            final DesignCoding coding = DesignCoding.learn(predictors, model.references(), use);
            final DesignCoding.Rows design = coding.encode(predictors, use);
            final int n = design.rows().length;
            final int skipped = use.length - n;
            if (skipped > 0) {
                err.println("warning: " + skipped + " row" + (skipped == 1 ? "" : "s")
                    + " with a missing outcome or predictor left out; " + n + " rows " + used);
            }
            final boolean[] y = new boolean[n];
            for (int k = 0; k < n; k++) {
                y[k] = outcome.isPositive(design.rows()[k]);
            }
            return new ModelRows(table, outcome, predictors, coding, design, y);
        } catch (final InvalidDataException e) {
            throw table.error(e);
        }
    }
}
