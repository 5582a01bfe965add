package org.qmrinodes.core.data;

import java.util.ArrayList;
import java.util.List;

/**
 * The cases with an outcome and a value in every score column (the project's missing-value rule,
 * {@link MissingValues#isMissing}), so that several scores or models are judged on the same cases.
 *
 * @param event whether each kept case is positive
 * @param scores the scores of the kept cases, one array per score, in the given order
 * @param skipped cases left out for a missing outcome or score
 */
public record CompleteCases(boolean[] event, List<double[]> scores, int skipped) {

    /**
     * @param outcome the outcome of every case
     * @param scores one value per case for each score
     * @return the complete cases
     */
    public static CompleteCases of(final BinaryOutcome outcome, final List<double[]> scores) {
        final boolean[] keep = new boolean[outcome.size()];
        int kept = 0;
        for (int i = 0; i < keep.length; i++) {
            boolean complete = !outcome.isMissing(i);
            for (int m = 0; m < scores.size() && complete; m++) {
                complete = !MissingValues.isMissing(scores.get(m)[i]);
            }
            keep[i] = complete;
            kept += complete ? 1 : 0;
        }
        final boolean[] event = new boolean[kept];
        final List<double[]> keptScores = new ArrayList<>();
        scores.forEach(s -> keptScores.add(new double[event.length]));
        for (int i = 0, j = 0; i < keep.length; i++) {
            if (keep[i]) {
                event[j] = outcome.isPositive(i);
                for (int m = 0; m < scores.size(); m++) {
                    keptScores.get(m)[j] = scores.get(m)[i];
                }
                j++;
            }
        }
        return new CompleteCases(event, List.copyOf(keptScores), keep.length - kept);
    }
}
