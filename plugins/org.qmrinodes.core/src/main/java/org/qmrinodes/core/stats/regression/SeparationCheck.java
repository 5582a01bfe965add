package org.qmrinodes.core.stats.regression;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.model.DesignCoding;
import org.qmrinodes.core.model.PredictorCoding;

/**
 * Detects complete and quasi-complete separation (Albert &amp; Anderson 1984), under which the
 * maximum-likelihood estimates of a logistic model do not exist:
 * <ul>
 * <li>a numeric predictor whose values of one class all lie at or below those of the other
 * (complete when strictly below, quasi-complete when the extremes touch);</li>
 * <li>a level of a categorical predictor that occurs with one outcome class only (quasi-complete);</li>
 * <li>separation by a combination of predictors, seen as Newton iterations whose estimates keep
 * growing: the predictors whose terms move most in the last step are named.</li>
 * </ul>
 */
final class SeparationCheck {

    private SeparationCheck() {
    }

    /** @return one sentence per separating predictor or level (empty when none is found) */
    static List<String> find(final double[][] x, final double[] y, final DesignCoding coding,
        final BinaryOutcome outcome) {
        final List<String> out = new ArrayList<>();
        int column = 1;
        for (final PredictorCoding p : coding.predictors()) {
            if (p.categorical()) {
                final List<String> dummies = p.dummyLevels();
                for (final String level : p.levels()) {
                    final int d = dummies.indexOf(level);
                    int positives = 0;
                    int total = 0;
                    for (int i = 0; i < x.length; i++) {
                        final boolean inLevel = d >= 0 ? x[i][column + d] == 1 : isReference(x[i], column, dummies.size());
                        if (inLevel) {
                            total++;
                            positives += (int)y[i];
                        }
                    }
                    if (positives == 0 || positives == total) {
                        out.add(String.format(Locale.ROOT,
                            "Quasi-complete separation: level '%s' of '%s' occurs only with outcome '%s' (%d rows).",
                            level, p.column(), positives == 0 ? outcome.negativeLabel() : outcome.positiveLabel(),
                            total));
                    }
                }
            } else {
                final String s = numericSeparation(x, y, column, p.column(), outcome);
                if (s != null) {
                    out.add(s);
                }
            }
            column += p.degreesOfFreedom();
        }
        return out;
    }

    private static boolean isReference(final double[] row, final int first, final int count) {
        for (int k = 0; k < count; k++) {
            if (row[first + k] != 0) {
                return false;
            }
        }
        return true;
    }

    private static String numericSeparation(final double[][] x, final double[] y, final int j, final String name,
        final BinaryOutcome outcome) {
        double minPos = Double.POSITIVE_INFINITY;
        double maxPos = Double.NEGATIVE_INFINITY;
        double minNeg = Double.POSITIVE_INFINITY;
        double maxNeg = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            if (y[i] == 1) {
                minPos = Math.min(minPos, x[i][j]);
                maxPos = Math.max(maxPos, x[i][j]);
            } else {
                minNeg = Math.min(minNeg, x[i][j]);
                maxNeg = Math.max(maxNeg, x[i][j]);
            }
        }
        final String low;
        final String high;
        final double below;
        final double above;
        if (maxNeg <= minPos) {
            low = outcome.negativeLabel();
            high = outcome.positiveLabel();
            below = maxNeg;
            above = minPos;
        } else if (maxPos <= minNeg) {
            low = outcome.positiveLabel();
            high = outcome.negativeLabel();
            below = maxPos;
            above = minNeg;
        } else {
            return null;
        }
        return String.format(Locale.ROOT, "%s separation: '%s' separates the outcome '%s' (every '%s' has %s <= %s, "
            + "every '%s' has %s >= %s).", below < above ? "Complete" : "Quasi-complete", name, outcome.column(), low,
            name, fmt(below), high, name, fmt(above));
    }

    private static String fmt(final double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    /** @return the message for a Newton run that did not converge, naming the diverging predictors */
    static String divergenceMessage(final double[][] x, final NewtonRaphson.Solution fit, final List<String> terms,
        final List<String> predictorOf, final FitMethod method) {
        final double[] movement = new double[terms.size()];
        double max = 0;
        for (int j = 1; j < terms.size(); j++) {
            movement[j] = Math.abs(fit.lastSteps()[j]) * standardDeviation(x, j);
            max = Math.max(max, movement[j]);
        }
        final Set<String> named = new LinkedHashSet<>();
        for (int j = 1; j < terms.size(); j++) {
            if (movement[j] >= 0.1 * max && max > 0) {
                named.add("'" + predictorOf.get(j) + "'");
            }
        }
        final String who = named.isEmpty() ? "the intercept" : String.join(", ", named);
        if (method == FitMethod.FIRTH) {
            return "Firth's penalised likelihood did not converge in " + NewtonRaphson.MAX_ITERATIONS
                + " iterations; the estimates of " + who + " keep changing.";
        }
        return "Complete or quasi-complete separation by a combination of predictors: the estimates of " + who
            + " grow without bound (no convergence in " + NewtonRaphson.MAX_ITERATIONS + " iterations). The "
            + "maximum-likelihood estimates do not exist; use Firth's penalised likelihood, or remove or merge "
            + "predictors.";
    }

    private static double standardDeviation(final double[][] x, final int j) {
        double mean = 0;
        for (final double[] row : x) {
            mean += row[j];
        }
        mean /= x.length;
        double ss = 0;
        for (final double[] row : x) {
            ss += (row[j] - mean) * (row[j] - mean);
        }
        return Math.sqrt(ss / Math.max(1, x.length - 1));
    }
}
