package org.qmrinodes.core.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A fitted model for a binary outcome whose prediction is the linear predictor
 * η = β₀ + Σ β<sub>j</sub>·x<sub>j</sub> over the design terms of {@link DesignCoding}, and the
 * probability of the positive class p = 1 / (1 + e<sup>−η</sup>). It is what a model port carries
 * and what is stored with a workflow: everything needed to apply the model to a new table.
 *
 * @param kind what fitted the model, e.g. {@code logistic regression (maximum likelihood)}
 * @param outcomeColumn the outcome column of the training table
 * @param positiveClass the outcome label whose probability is predicted
 * @param negativeClass the other label
 * @param coding how predictor columns become terms
 * @param intercept β₀
 * @param coefficients one coefficient per term of {@code coding}, in term order
 * @param conventions settings and conventions the fit used, by name (written into outputs)
 */
public record LinearPredictorModel(String kind, String outcomeColumn, String positiveClass, String negativeClass,
    DesignCoding coding, double intercept, double[] coefficients, Map<String, String> conventions) {

    /** Name of the intercept term. */
    public static final String INTERCEPT = "(Intercept)";

    /** Checks the number of coefficients and copies. */
    public LinearPredictorModel {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(outcomeColumn);
        Objects.requireNonNull(positiveClass);
        Objects.requireNonNull(negativeClass);
        Objects.requireNonNull(coding);
        coefficients = coefficients.clone();
        if (coefficients.length != coding.terms().size()) {
            throw new IllegalArgumentException(coefficients.length + " coefficients for terms " + coding.terms());
        }
        conventions = Collections.unmodifiableMap(new LinkedHashMap<>(conventions));
    }

    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    /** @return the term names, {@code (Intercept)} first */
    public List<String> termsWithIntercept() {
        final java.util.ArrayList<String> out = new java.util.ArrayList<>();
        out.add(INTERCEPT);
        out.addAll(coding.terms());
        return out;
    }

    /**
     * @param columns the predictor columns of a table (matched by name)
     * @return the linear predictor per row of the table, NaN where a predictor value is missing
     * @throws org.qmrinodes.core.data.InvalidDataException if a column is absent or a level unseen
     */
    public double[] linearPredictors(final List<PredictorColumn> columns) {
        return linearPredictors(columns, columns.isEmpty() ? 0 : columns.get(0).size());
    }

    /**
     * @param columns the predictor columns of a table (matched by name)
     * @param rowCount the number of rows of the table (what a model without predictors, e.g. a
     *        LASSO fit that kept no feature, predicts for)
     * @return the linear predictor per row of the table, NaN where a predictor value is missing
     * @throws org.qmrinodes.core.data.InvalidDataException if a column is absent or a level unseen
     */
    public double[] linearPredictors(final List<PredictorColumn> columns, final int rowCount) {
        final int n = rowCount;
        final boolean[] all = new boolean[n];
        Arrays.fill(all, true);
        final DesignCoding.Rows rows = coding.encode(columns, all);
        final double[] eta = new double[n];
        Arrays.fill(eta, Double.NaN);
        for (int k = 0; k < rows.rows().length; k++) {
            eta[rows.rows()[k]] = linearPredictor(rows.x()[k]);
        }
        return eta;
    }

    /** @return β₀ + Σ β<sub>j</sub>·x<sub>j</sub> for one coded row */
    public double linearPredictor(final double[] terms) {
        double eta = intercept;
        for (int j = 0; j < terms.length; j++) {
            eta += coefficients[j] * terms[j];
        }
        return eta;
    }

    /** @return the logistic function 1 / (1 + e<sup>−η</sup>) */
    public static double probability(final double eta) {
        return 1 / (1 + Math.exp(-eta));
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof LinearPredictorModel m && kind.equals(m.kind) && outcomeColumn.equals(m.outcomeColumn)
            && positiveClass.equals(m.positiveClass) && negativeClass.equals(m.negativeClass)
            && coding.equals(m.coding) && Double.compare(intercept, m.intercept) == 0
            && Arrays.equals(coefficients, m.coefficients) && conventions.equals(m.conventions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, outcomeColumn, positiveClass, coding, intercept, Arrays.hashCode(coefficients));
    }

    @Override
    public String toString() {
        return "LinearPredictorModel[" + kind + ", " + outcomeColumn + "=" + positiveClass + ", terms "
            + termsWithIntercept() + "]";
    }
}
