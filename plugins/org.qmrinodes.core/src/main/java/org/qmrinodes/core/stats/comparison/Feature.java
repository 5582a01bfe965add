package org.qmrinodes.core.stats.comparison;

import java.util.ArrayList;
import java.util.List;

import org.qmrinodes.core.data.MissingValues;


/**
 * One feature column to compare between groups: numeric values (NaN, or any value that is not
 * finite, is missing: {@link MissingValues}) or categorical
 * labels ({@code null} or empty for missing).
 *
 * @param name the column name
 * @param numbers the values when continuous, else {@code null}
 * @param labels the labels when categorical, else {@code null}
 */
public record Feature(String name, double[] numbers, List<String> labels) {

    /** @return a continuous feature */
    public static Feature continuous(final String name, final double[] values) {
        return new Feature(name, values.clone(), null);
    }

    /** @return a categorical feature */
    public static Feature categorical(final String name, final List<String> labels) {
        return new Feature(name, null, java.util.Collections.unmodifiableList(new ArrayList<>(labels)));
    }

    /** @return whether the feature is categorical */
    public boolean isCategorical() {
        return labels != null;
    }

    /** @return number of rows */
    public int size() {
        return isCategorical() ? labels.size() : numbers.length;
    }

    /** @return whether row {@code row} is missing */
    boolean isMissing(final int row) {
        return isCategorical() ? labels.get(row) == null || labels.get(row).isEmpty() : MissingValues.isMissing(numbers[row]);
    }
}
