package org.qmrinodes.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.data.InvalidDataException;

/**
 * The binary outcome and the score columns of an input table, as the {@code roc} and
 * {@code delong} commands read them ({@code --truth --positive --score}).
 *
 * @param outcome the outcome per row
 * @param names score column names
 * @param scores score values per row (NaN where missing), parallel to {@code names}
 */
record ScoreInputs(BinaryOutcome outcome, List<String> names, List<double[]> scores) {

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
    static ScoreInputs read(final CsvTableReader table, final String truth, final String positive,
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
     * The rows with an outcome and every score, parallel arrays.
     *
     * @param event whether each kept row is positive
     * @param scores the scores of the kept rows, parallel to {@link ScoreInputs#names()}
     */
    record CompleteCases(boolean[] event, List<double[]> scores) {
    }

    /**
     * Keeps the rows with an outcome and a value in every score column, so that every score is
     * judged on the same cases; the skipped rows are counted in a warning on {@code err}.
     *
     * @param missingWhat what a skipped row lacks besides the outcome, for the warning (e.g. "probability")
     */
    CompleteCases complete(final String missingWhat, final PrintStream err) {
        final boolean[] keep = new boolean[outcome.size()];
        int kept = 0;
        for (int i = 0; i < keep.length; i++) {
            final int row = i;
            keep[i] = !outcome.isMissing(i) && scores.stream().noneMatch(s -> Double.isNaN(s[row]));
            kept += keep[i] ? 1 : 0;
        }
        final int complete = kept;
        final int skipped = keep.length - kept;
        if (skipped > 0) {
            err.println("warning: " + skipped + " row" + (skipped == 1 ? "" : "s") + " with a missing outcome or "
                + missingWhat + " skipped");
        }
        final boolean[] event = new boolean[complete];
        final List<double[]> keptScores = new ArrayList<>();
        scores.forEach(s -> keptScores.add(new double[complete]));
        for (int i = 0, j = 0; i < keep.length; i++) {
            if (keep[i]) {
                event[j] = outcome.isPositive(i);
                for (int m = 0; m < scores.size(); m++) {
                    keptScores.get(m)[j] = scores.get(m)[i];
                }
                j++;
            }
        }
        return new CompleteCases(event, keptScores);
    }
}
