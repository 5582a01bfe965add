package org.qmrinodes.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A binary outcome column: for every row, whether the case belongs to the positive class, or
 * whether its outcome is missing.
 *
 * <p>Labels are compared as text. The column must hold exactly two distinct non-missing labels
 * and the chosen positive label must be one of them; anything else is an {@link
 * InvalidDataException} naming the column and the labels found.
 *
 * @param column name of the outcome column (used in messages)
 * @param positiveLabel the label of the positive class
 * @param negativeLabel the other label
 * @param positive per row: {@code true} for the positive class (meaningless where missing)
 * @param missing per row: {@code true} where the outcome is missing
 */
public record BinaryOutcome(String column, String positiveLabel, String negativeLabel, boolean[] positive,
    boolean[] missing) {

    /** Validates lengths and copies the arrays. */
    public BinaryOutcome {
        Objects.requireNonNull(column);
        Objects.requireNonNull(positiveLabel);
        Objects.requireNonNull(negativeLabel);
        if (positive.length != missing.length) {
            throw new IllegalArgumentException("positive and missing flags differ in length");
        }
        positive = positive.clone();
        missing = missing.clone();
    }

    /**
     * Builds the outcome from one label per row.
     *
     * @param column the column name, for messages
     * @param labels one label per row; {@code null} or empty text is missing
     * @param positiveLabel which label is the positive class
     * @return the outcome
     * @throws InvalidDataException if the column does not hold exactly two labels, one of which is
     *         {@code positiveLabel}
     */
    public static BinaryOutcome of(final String column, final List<String> labels, final String positiveLabel) {
        return of(column, labels, positiveLabel, "the analysis");
    }

    /**
     * Builds the outcome from one label per row, for a named analysis.
     *
     * @param column the column name, for messages
     * @param labels one label per row; {@code null} or empty text is missing
     * @param positiveLabel which label is the positive class
     * @param analysis the analysis that needs the outcome, named in messages, e.g. {@code a ROC
     *        analysis}, {@code logistic regression}, {@code the LASSO}
     * @return the outcome
     * @throws InvalidDataException if the column does not hold exactly two labels, one of which is
     *         {@code positiveLabel}
     */
    public static BinaryOutcome of(final String column, final List<String> labels, final String positiveLabel,
        final String analysis) {
        if (positiveLabel == null || positiveLabel.isEmpty()) {
            throw new InvalidDataException("No positive class chosen for outcome column '" + column + "'.");
        }
        final Set<String> distinct = distinctLabels(labels, new LinkedHashSet<>());
        if (distinct.size() > 2) {
            throw new InvalidDataException("Outcome column '" + column + "' is not binary: it holds "
                + distinct.size() + " different values " + preview(distinct) + ".");
        }
        if (!distinct.contains(positiveLabel)) {
            throw new InvalidDataException("Outcome column '" + column + "' has no row with the positive class '"
                + positiveLabel + "'; values found: " + preview(distinct) + ".");
        }
        if (distinct.size() < 2) {
            throw new InvalidDataException("Outcome column '" + column + "' holds only one class ('" + positiveLabel
                + "'); " + analysis + " needs positive and negative cases.");
        }
        final String negativeLabel = distinct.stream().filter(l -> !l.equals(positiveLabel)).findFirst().orElseThrow();
        final boolean[] positive = new boolean[labels.size()];
        final boolean[] missing = new boolean[labels.size()];
        for (int i = 0; i < positive.length; i++) {
            final String label = labels.get(i);
            missing[i] = isMissing(label);
            positive[i] = !missing[i] && label.equals(positiveLabel);
        }
        return new BinaryOutcome(column, positiveLabel, negativeLabel, positive, missing);
    }

    /**
     * The positive class to use when none is chosen: the later of the two labels in sorted order
     * (numerically when both are numbers, else as text), as R pROC's default {@code levels}, which
     * take the second factor level as the cases — so {@code 1} of 0/1 and {@code yes} of no/yes.
     *
     * @param column the column name, for messages
     * @param labels one label per row; {@code null} or empty text is missing
     * @return the label
     * @throws InvalidDataException if the column does not hold exactly two labels
     */
    public static String defaultPositiveLabel(final String column, final List<String> labels) {
        final Set<String> distinct = distinctLabels(labels, new java.util.TreeSet<>());
        if (distinct.size() != 2) {
            throw new InvalidDataException("Outcome column '" + column + "' must hold exactly two classes; it holds "
                + distinct.size() + " " + preview(distinct) + ".");
        }
        final String first = distinct.stream().findFirst().orElseThrow();
        final String second = distinct.stream().skip(1).findFirst().orElseThrow();
        try {
            return Double.parseDouble(first) > Double.parseDouble(second) ? first : second;
        } catch (final NumberFormatException e) {
            return second;
        }
    }

    /** @return number of rows */
    public int size() {
        return positive.length;
    }

    /** @return per-row positive flags (a copy) */
    @Override
    public boolean[] positive() {
        return positive.clone();
    }

    /** @return per-row missing flags (a copy) */
    @Override
    public boolean[] missing() {
        return missing.clone();
    }

    /** @return whether row {@code row} is a positive case (false when missing) */
    public boolean isPositive(final int row) {
        return positive[row];
    }

    /** @return whether the outcome of row {@code row} is missing */
    public boolean isMissing(final int row) {
        return missing[row];
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof BinaryOutcome b && column.equals(b.column) && positiveLabel.equals(b.positiveLabel)
            && negativeLabel.equals(b.negativeLabel) && Arrays.equals(positive, b.positive)
            && Arrays.equals(missing, b.missing);
    }

    @Override
    public int hashCode() {
        return Objects.hash(column, positiveLabel, negativeLabel, Arrays.hashCode(positive), Arrays.hashCode(missing));
    }

    @Override
    public String toString() {
        return "BinaryOutcome[" + column + ": " + positiveLabel + " vs " + negativeLabel + ", " + size() + " rows]";
    }

    /** @return {@code into} with every non-missing label added */
    private static Set<String> distinctLabels(final List<String> labels, final Set<String> into) {
        for (final String label : labels) {
            if (!isMissing(label)) {
                into.add(label);
            }
        }
        return into;
    }

    private static boolean isMissing(final String label) {
        return label == null || label.isEmpty();
    }

    private static String preview(final Set<String> labels) {
        final List<String> shown = new ArrayList<>();
        for (final String l : labels) {
            if (shown.size() == 5) {
                shown.add("...");
                break;
            }
            shown.add("'" + l + "'");
        }
        return shown.toString();
    }
}
