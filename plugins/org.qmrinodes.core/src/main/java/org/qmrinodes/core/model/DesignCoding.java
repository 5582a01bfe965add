package org.qmrinodes.core.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.data.InvalidDataException;

/**
 * The coding of a model's predictor columns into design-matrix terms, learned once on the
 * training rows and applied unchanged to new data (see {@link PredictorCoding}).
 *
 * <p>Levels of a categorical predictor are sorted as R sorts factor levels of a numeric column
 * (numerically) when every level is a number, otherwise by their text in code-point order (R's
 * ordering in the C locale). The default reference level is the first level.
 *
 * @param predictors one coding per predictor column, in model order
 */
public record DesignCoding(List<PredictorCoding> predictors) {

    /** Copies the list. */
    public DesignCoding {
        predictors = List.copyOf(predictors);
    }

    /**
     * The rows of a design matrix.
     *
     * @param rows indices (into the input columns) of the rows used: those without a missing value
     * @param x one row of term values per used row (no intercept column)
     * @param skippedRows rows left out because a predictor value was missing
     */
    public record Rows(int[] rows, double[][] x, int skippedRows) {
    }

    /**
     * @param outcome the outcome per row
     * @param predictors the predictor columns
     * @return per row whether the outcome and every predictor are present: the rows a model is fitted on
     */
    public static boolean[] completeRows(final BinaryOutcome outcome, final List<PredictorColumn> predictors) {
        final boolean[] use = new boolean[outcome.size()];
        for (int i = 0; i < use.length; i++) {
            final int row = i;
            use[i] = !outcome.isMissing(i) && predictors.stream().noneMatch(p -> p.isMissing(row));
        }
        return use;
    }

    /**
     * Learns the coding from the rows flagged {@code use}.
     *
     * @param columns the predictor columns
     * @param categoricalReferences chosen reference level per categorical column name; absent: the first level
     * @param use which rows the model is fitted on
     * @return the coding
     * @throws InvalidDataException if a reference level does not occur, or a categorical column has one level only
     */
    public static DesignCoding learn(final List<PredictorColumn> columns, final Map<String, String> categoricalReferences,
        final boolean[] use) {
        final List<PredictorCoding> codings = new ArrayList<>();
        for (final PredictorColumn column : columns) {
            if (column instanceof PredictorColumn.Categorical c) {
                final List<String> levels = sortedLevels(c, use);
                final String chosen = categoricalReferences.get(c.name());
                if (chosen != null && !levels.contains(chosen)) {
                    throw new InvalidDataException("Reference level '" + chosen + "' of column '" + c.name()
                        + "' does not occur in the rows used; levels: " + levels + ".");
                }
                if (levels.size() < 2) {
                    throw new InvalidDataException("Categorical column '" + c.name() + "' has only "
                        + (levels.isEmpty() ? "missing values" : "the level '" + levels.get(0) + "'")
                        + " in the rows used; a predictor needs at least two levels.");
                }
                codings.add(new PredictorCoding(c.name(), true, levels, chosen != null ? chosen : levels.get(0)));
            } else {
                codings.add(PredictorCoding.numeric(column.name()));
            }
        }
        for (final String name : categoricalReferences.keySet()) {
            if (codings.stream().noneMatch(p -> p.categorical() && p.column().equals(name))) {
                throw new InvalidDataException("A reference level is given for '" + name
                    + "', which is not a categorical predictor of the model.");
            }
        }
        return new DesignCoding(codings);
    }

    private static List<String> sortedLevels(final PredictorColumn.Categorical c, final boolean[] use) {
        final TreeSet<String> distinct = new TreeSet<>();
        for (int i = 0; i < c.size(); i++) {
            if (use[i] && !c.isMissing(i)) {
                distinct.add(c.label(i));
            }
        }
        final List<String> levels = new ArrayList<>(distinct);
        if (levels.stream().allMatch(DesignCoding::isNumber)) {
            levels.sort(Comparator.comparingDouble(Double::parseDouble));
        }
        return levels;
    }

    private static boolean isNumber(final String s) {
        try {
            return Double.isFinite(Double.parseDouble(s));
        } catch (final NumberFormatException e) {
            return false;
        }
    }

    /** @return all term names in order (without the intercept) */
    public List<String> terms() {
        final List<String> out = new ArrayList<>();
        predictors.forEach(p -> out.addAll(p.terms()));
        return out;
    }

    /** @return the predictor column names in order */
    public List<String> columns() {
        return predictors.stream().map(PredictorCoding::column).toList();
    }

    /**
     * Codes the rows flagged {@code use} that have no missing predictor value.
     *
     * @param columns one column per predictor, matched by name (order and extra columns do not matter)
     * @param use which rows to consider (null: all)
     * @return the design rows
     * @throws InvalidDataException if a column is absent or of the wrong kind, or a row holds a level
     *         the model has not seen (naming column, row and level)
     */
    public Rows encode(final List<PredictorColumn> columns, final boolean[] use) {
        final List<PredictorColumn> matched = new ArrayList<>();
        for (final PredictorCoding p : predictors) {
            final PredictorColumn col = columns.stream().filter(c -> c.name().equals(p.column())).findFirst()
                .orElseThrow(() -> new InvalidDataException("The model needs the column '" + p.column()
                    + "', which is not in the table."));
            if (p.categorical() != col instanceof PredictorColumn.Categorical) {
                throw new InvalidDataException("Column '" + p.column() + "' must be "
                    + (p.categorical() ? "categorical" : "numeric") + " as when the model was fitted.");
            }
            matched.add(col);
        }
        final int n = columns.isEmpty() ? (use == null ? 0 : use.length) : columns.get(0).size();
        final int width = terms().size();
        final List<Integer> rows = new ArrayList<>();
        final List<double[]> x = new ArrayList<>();
        int skipped = 0;
        for (int i = 0; i < n; i++) {
            if (use != null && !use[i]) {
                continue;
            }
            final int row = i;
            if (matched.stream().anyMatch(c -> c.isMissing(row))) {
                skipped++;
                continue;
            }
            final double[] values = new double[width];
            int t = 0;
            for (int k = 0; k < predictors.size(); k++) {
                final PredictorCoding p = predictors.get(k);
                if (p.categorical()) {
                    final String label = ((PredictorColumn.Categorical)matched.get(k)).label(i);
                    if (!p.levels().contains(label)) {
                        throw new InvalidDataException("Column '" + p.column() + "', row " + (i + 1) + ": level '"
                            + label + "' was not seen when the model was fitted (levels: " + p.levels() + ").");
                    }
                    for (final String level : p.dummyLevels()) {
                        values[t++] = level.equals(label) ? 1 : 0;
                    }
                } else {
                    values[t++] = ((PredictorColumn.Numeric)matched.get(k)).value(i);
                }
            }
            rows.add(i);
            x.add(values);
        }
        return new Rows(rows.stream().mapToInt(Integer::intValue).toArray(), x.toArray(double[][]::new), skipped);
    }
}
