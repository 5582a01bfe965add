package org.qmrinodes.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.qmrinodes.core.data.MissingValues;


/**
 * One predictor column of an input table, as a model sees it: numeric values or categorical labels.
 */
public sealed interface PredictorColumn {

    /** @return the column name */
    String name();

    /** @return number of rows */
    int size();

    /** @return whether row {@code row} is missing (NaN, null or empty text) */
    boolean isMissing(int row);

    /**
     * A numeric predictor.
     *
     * @param name column name
     * @param values one value per row, NaN where missing
     */
    record Numeric(String name, double[] values) implements PredictorColumn {

        /** Copies the values. */
        public Numeric {
            Objects.requireNonNull(name);
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        /** @return the value of row {@code row} */
        public double value(final int row) {
            return values[row];
        }

        @Override
        public int size() {
            return values.length;
        }

        @Override
        public boolean isMissing(final int row) {
            return MissingValues.isMissing(values[row]);
        }
    }

    /**
     * A categorical predictor; labels are compared as text.
     *
     * @param name column name
     * @param labels one label per row, null or empty where missing
     */
    record Categorical(String name, List<String> labels) implements PredictorColumn {

        /** Copies the labels. */
        public Categorical {
            Objects.requireNonNull(name);
            labels = Collections.unmodifiableList(new ArrayList<>(labels));
        }

        /** @return the label of row {@code row} */
        public String label(final int row) {
            return labels.get(row);
        }

        @Override
        public int size() {
            return labels.size();
        }

        @Override
        public boolean isMissing(final int row) {
            final String l = labels.get(row);
            return l == null || l.isEmpty();
        }
    }
}
