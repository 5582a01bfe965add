package org.qmrinodes.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.data.CompleteCases;
import org.qmrinodes.core.data.InvalidDataException;

/**
 * The binary outcome and the score columns of an input table, as the {@code roc} and
 * {@code delong} commands read them ({@code --truth --positive --score}).
 *
 * @param outcome the outcome per row
 * @param names score column names
 * @param scores score values per row (NaN where missing), parallel to {@code names}
 */
public record ScoreInputs(BinaryOutcome outcome, List<String> names, List<double[]> scores) {

    /**
     * @param scoreArgument how the --score value is shown in help, e.g. {@code C1[,C2...]}
     * @param directionHelp help text of --direction
     * @return the options every score-evaluating command takes: --in --truth --positive --score --direction
     */
    static Options options(final String scoreArgument, final String directionHelp) {
        return new Options().required("in", "FILE", "input CSV table")
            .required("truth", "COL", "binary outcome column")
            .required("positive", "VALUE", "outcome value of the positive class (compared as text)")
            .required("score", scoreArgument, "score columns")
            .optional("direction", "auto|higher|lower", directionHelp, "auto").inputs("in");
    }

    /**
     * @return the options every probability-judging command takes: --in --truth --positive --prob
     */
    static Options probabilityOptions() {
        return new Options().required("in", "FILE", "input CSV table")
            .required("truth", "COL", "binary outcome column")
            .required("positive", "VALUE", "outcome value of the positive class (compared as text)")
            .required("prob", "C1[,C2...]", "predicted probability columns, each in [0, 1]");
    }

    /**
     * @param analysis what reads the scores, for messages (e.g. "a ROC analysis")
     */
    public static ScoreInputs read(final CsvTableReader table, final String truth, final String positive,
        final List<String> names, final String analysis) throws CliException {
        if (names.isEmpty()) {
            throw CliException.usage("--score needs at least one column name");
        }
        final List<String> labels = table.texts(truth);
        final List<double[]> scores = new ArrayList<>();
        for (final String name : names) {
            scores.add(table.numbers(name));
        }
        try {
            return new ScoreInputs(BinaryOutcome.of(truth, labels, positive, analysis), List.copyOf(names), scores);
        } catch (final InvalidDataException e) {
            throw table.error(e);
        }
    }

    /**
     * Keeps the rows with an outcome and a value in every score column, so that every score is
     * judged on the same cases; the skipped rows are counted in a warning on {@code err}.
     *
     * @param missingWhat what a skipped row lacks besides the outcome, for the warning (e.g. "probability")
     */
    CompleteCases complete(final String missingWhat, final PrintStream err) {
        final CompleteCases cases = CompleteCases.of(outcome, scores);
        final int skipped = cases.skipped();
        if (skipped > 0) {
            err.println("warning: " + skipped + " row" + (skipped == 1 ? "" : "s") + " with a missing outcome or "
                + missingWhat + " skipped");
        }
        return cases;
    }
}
