package org.qmrinodes.core.stats.lasso;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.qmrinodes.core.data.InvalidDataException;

/**
 * How the complete cases are split into cross-validation folds: fold ids given per input row (as
 * {@code cv.glmnet(foldid = ...)}), or stratified random folds drawn from a seed.
 */
public sealed interface FoldAssignment {

    /**
     * Fold ids 1..K per input row, as glmnet's {@code foldid}.
     *
     * @param column name of the fold-id column (for messages)
     * @param ids one id per input row; {@code NaN} where missing (those rows must already be
     *        excluded from the feature matrix, see {@link FeatureMatrix#completeCases})
     * @return the assignment
     */
    static FoldAssignment given(final String column, final double[] ids) {
        return new Given(column, ids.clone());
    }

    /**
     * Stratified random folds: the cases of each class, in an order shuffled with
     * {@code java.util.Random(seed)}, are dealt to the folds in turn (the second class continuing
     * where the first stopped), so that every fold holds both classes in about their overall
     * proportion and fold sizes differ by at most one.
     *
     * @param folds number of folds K (at least 3, as glmnet)
     * @param seed the random seed
     * @return the assignment
     */
    static FoldAssignment stratified(final int folds, final long seed) {
        if (folds < 3) {
            throw new IllegalArgumentException("at least 3 folds are needed: " + folds);
        }
        return new Stratified(folds, seed);
    }

    /**
     * @param data the complete cases
     * @return the fold (0-based) of each complete case
     * @throws InvalidDataException if a fold id is not a whole number ≥ 1, a fold between 1 and
     *         the largest id is empty, or there are fewer than 3 folds or more folds than cases
     */
    int[] resolve(FeatureMatrix data);

    /**
     * @param column fold-id column
     * @param ids one id per input row
     */
    record Given(String column, double[] ids) implements FoldAssignment {
        @Override
        public int[] resolve(final FeatureMatrix data) {
            final int[] rows = data.sourceRows();
            final int[] fold = new int[rows.length];
            int k = 0;
            for (int r = 0; r < rows.length; r++) {
                final double id = ids[rows[r]];
                if (!(id >= 1) || id != Math.rint(id) || id > Integer.MAX_VALUE) {
                    throw new InvalidDataException("Fold-id column '" + column + "', row " + (rows[r] + 1) + ": '" + id
                        + "' is not a fold number (whole numbers 1, 2, ... are expected).");
                }
                fold[r] = (int) id - 1;
                k = Math.max(k, fold[r] + 1);
            }
            final int[] sizes = new int[k];
            for (final int f : fold) {
                sizes[f]++;
            }
            for (int f = 0; f < k; f++) {
                if (sizes[f] == 0) {
                    throw new InvalidDataException("Fold-id column '" + column + "': fold " + (f + 1)
                        + " has no complete case, but folds up to " + k + " are used.");
                }
            }
            if (k < 3) {
                throw new InvalidDataException("Fold-id column '" + column + "' defines " + k
                    + " fold(s); cross-validation needs at least 3.");
            }
            return fold;
        }
    }

    /**
     * @param folds number of folds
     * @param seed random seed
     */
    record Stratified(int folds, long seed) implements FoldAssignment {
        @Override
        public int[] resolve(final FeatureMatrix data) {
            if (folds > data.rows()) {
                throw new InvalidDataException(folds + " folds requested but only " + data.rows()
                    + " complete cases.");
            }
            final Random random = new Random(seed);
            final boolean[] positive = data.positiveView();
            final int[] fold = new int[positive.length];
            int next = 0;
            for (final boolean cls : new boolean[] {true, false}) {
                final List<Integer> rows = new ArrayList<>();
                for (int r = 0; r < positive.length; r++) {
                    if (positive[r] == cls) {
                        rows.add(r);
                    }
                }
                Collections.shuffle(rows, random);
                for (final int r : rows) {
                    fold[r] = next;
                    next = (next + 1) % folds;
                }
            }
            return fold;
        }
    }
}
