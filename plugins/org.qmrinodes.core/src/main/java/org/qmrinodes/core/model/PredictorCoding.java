package org.qmrinodes.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How one predictor column becomes design-matrix terms. A numeric predictor is one term named
 * after the column. A categorical predictor with k levels is dummy (treatment) coded as R's
 * {@code contr.treatment}: k − 1 indicator terms {@code COL=LEVEL}, one per level other than the
 * reference level, in level order.
 *
 * @param column the column name
 * @param categorical whether the column is categorical
 * @param levels all levels in order (empty for a numeric predictor)
 * @param reference the reference level (null for a numeric predictor)
 */
public record PredictorCoding(String column, boolean categorical, List<String> levels, String reference) {

    /** Checks that the reference is one of the levels. */
    public PredictorCoding {
        Objects.requireNonNull(column);
        levels = List.copyOf(levels);
        if (categorical && !levels.contains(reference)) {
            throw new IllegalArgumentException("reference level " + reference + " not among " + levels);
        }
        if (!categorical && (!levels.isEmpty() || reference != null)) {
            throw new IllegalArgumentException("a numeric predictor has no levels");
        }
    }

    /** @return the coding of a numeric column */
    public static PredictorCoding numeric(final String column) {
        return new PredictorCoding(column, false, List.of(), null);
    }

    /** @return the levels that get a dummy term: every level except the reference, in level order */
    public List<String> dummyLevels() {
        final List<String> out = new ArrayList<>(levels);
        out.remove(reference);
        return out;
    }

    /** @return the term names this predictor contributes ({@code COL} or {@code COL=LEVEL} …) */
    public List<String> terms() {
        return categorical ? dummyLevels().stream().map(l -> column + "=" + l).toList() : List.of(column);
    }

    /** @return the model degrees of freedom of the predictor: 1, or k − 1 for k levels */
    public int degreesOfFreedom() {
        return terms().size();
    }
}
