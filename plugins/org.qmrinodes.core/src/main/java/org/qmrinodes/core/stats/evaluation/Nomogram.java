package org.qmrinodes.core.stats.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.model.DesignCoding;
import org.qmrinodes.core.model.LinearPredictorModel;
import org.qmrinodes.core.model.PredictorCoding;
import org.qmrinodes.core.stats.regression.LogisticFit;

/**
 * The points of a nomogram of a main-effects logistic model, as R
 * {@code rms::nomogram(lrm(...), fun = plogis)} computes them with {@code datadist} defaults (rms
 * 6.5; {@code validation/evaluation/ALGORITHMS.md} §e):
 * <ul>
 * <li>ticks: a numeric predictor with more than 10 distinct values gets {@code pretty(min, max, 10)}
 * (ticks may reach past the data), one with at most 10 distinct values those values; a categorical
 * predictor its levels;</li>
 * <li>points = (contribution − the predictor's smallest contribution) · scale, with scale =
 * 100 / the widest contribution range, so that the widest predictor spans 0–100;</li>
 * <li>total points ticks {@code pretty(0, max(100, scale · max(lp ticks − intercept')))}, linear
 * predictor ticks {@code pretty(range of the linear predictor over the data)}, probability ticks
 * {@code pretty(expit(range of the lp ticks))} placed by linear interpolation on a 1000-point grid of
 * the lp ticks' range, as rms places them (ticks outside it dropped).</li>
 * </ul>
 */
public final class Nomogram {

    /** Axis name of the total points ticks. */
    public static final String TOTAL_POINTS = "Total Points";
    /** Axis name of the linear predictor ticks. */
    public static final String LINEAR_PREDICTOR = "Linear Predictor";
    /** Axis name of the probability ticks. */
    public static final String PROBABILITY = "Probability";

    /**
     * A predictor of the model.
     *
     * @param name its name (the axis label)
     * @param levels categorical: the levels in order, the first the reference; null for numeric
     * @param coefficients numeric: one slope; categorical: one coefficient per level (0 for the reference)
     * @param values numeric: the predictor's values in the data (for its ticks); ignored for categorical
     */
    public record Predictor(String name, List<String> levels, double[] coefficients, double[] values) {

        /** @return a numeric predictor */
        public static Predictor numeric(final String name, final double slope, final double[] values) {
            return new Predictor(name, null, new double[] {slope}, values.clone());
        }

        /** @return a categorical predictor; {@code coefficients} per level, reference first with 0 */
        public static Predictor categorical(final String name, final List<String> levels, final double[] coefficients) {
            return new Predictor(name, List.copyOf(levels), coefficients.clone(), null);
        }
    }

    /**
     * One tick of an axis.
     *
     * @param axis the axis: a predictor's name, {@code Total Points}, {@code Linear Predictor} or {@code Probability}
     * @param label the tick's text (a level name, or the value)
     * @param value the tick's value (NaN for a level)
     * @param points its position in points
     */
    public record Tick(String axis, String label, double value, double points) {
    }

    /**
     * @param ticks every axis's ticks, predictor axes first
     * @param scale points per unit of linear predictor
     * @param interceptAtAxisMinima β₀ + Σ smallest contributions
     */
    public record Result(List<Tick> ticks, double scale, double interceptAtAxisMinima) {

        /**
         * @param linearPredictor a case's linear predictor β₀ + Σ βⱼxⱼ
         * @return its total points, scale · (lp − β₀ − Σ smallest contributions): the sum of the points
         *         its predictor values get on their axes
         */
        public double totalPoints(final double linearPredictor) {
            return scale * (linearPredictor - interceptAtAxisMinima);
        }

        /** @return the probability at a total of {@code points}: expit(points / scale + intercept at the axis minima) */
        public double probability(final double points) {
            return 1 / (1 + Math.exp(-(points / scale + interceptAtAxisMinima)));
        }

        /**
         * @param linearPredictor whether the Linear Predictor axis is listed (after the Probability axis)
         * @return columns {@code axis,value,points,label}: every tick as {@code qmri nomogram} writes it,
         *         a level's value being its name
         */
        public ResultTable pointsTable(final boolean linearPredictor) {
            final ResultTable.Builder b = ResultTable.builder(ResultTable.text("axis"), ResultTable.text("value"),
                ResultTable.real("points"), ResultTable.text("label"));
            final List<Tick> ordered = new ArrayList<>(ticks.stream().filter(t -> !t.axis().equals(LINEAR_PREDICTOR)).toList());
            if (linearPredictor) {
                ticks.stream().filter(t -> t.axis().equals(LINEAR_PREDICTOR)).forEach(ordered::add);
            }
            for (final Tick t : ordered) {
                b.row(t.axis(), Double.isNaN(t.value()) ? t.label() : Double.toString(t.value()), t.points(), t.label());
            }
            return b.build();
        }
    }

    /**
     * The nomogram of a fitted main-effects logistic model: one axis per predictor of the coding, in
     * the coding's order (a categorical predictor's levels reference first), numeric ticks and the
     * linear predictor's range taken from the design rows.
     *
     * @param fit the fit, whose terms are the coding's terms
     * @param coding how the predictors became terms
     * @param x the design rows the model was fitted on, one column per term
     * @return the nomogram
     * @throws InvalidDataException when no predictor changes the linear predictor
     */
    public static Result of(final LogisticFit fit, final DesignCoding coding, final double[][] x) {
        final List<String> terms = coding.terms();
        final double[] beta = new double[terms.size()];
        for (int t = 0; t < beta.length; t++) {
            beta[t] = fit.coefficient(terms.get(t)).estimate();
        }
        final double intercept = fit.coefficient(LinearPredictorModel.INTERCEPT).estimate();
        final List<Predictor> predictors = new ArrayList<>();
        int t = 0;
        for (final PredictorCoding p : coding.predictors()) {
            if (p.categorical()) {
                final List<String> levels = new ArrayList<>(List.of(p.reference()));
                levels.addAll(p.dummyLevels());
                final double[] coefficients = new double[levels.size()];
                System.arraycopy(beta, t, coefficients, 1, levels.size() - 1);
                predictors.add(Predictor.categorical(p.column(), levels, coefficients));
                t += levels.size() - 1;
            } else {
                final double[] values = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    values[i] = x[i][t];
                }
                predictors.add(Predictor.numeric(p.column(), beta[t], values));
                t++;
            }
        }
        final double[] lp = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            lp[i] = intercept;
            for (int k = 0; k < beta.length; k++) {
                lp[i] += beta[k] * x[i][k];
            }
        }
        return of(intercept, predictors, lp);
    }

    private Nomogram() {
    }

    /**
     * @param intercept β₀
     * @param predictors the model's predictors
     * @param linearPredictors the model's linear predictor for each case of the data
     * @return the nomogram's ticks
     * @throws InvalidDataException when no predictor has any range of contribution
     */
    public static Result of(final double intercept, final List<Predictor> predictors, final double[] linearPredictors) {
        final List<double[]> tickValues = new ArrayList<>();
        final List<double[]> contributions = new ArrayList<>();
        double widest = 0;
        double shifted = intercept;
        final double[] lo = new double[predictors.size()];
        for (int j = 0; j < predictors.size(); j++) {
            final Predictor p = predictors.get(j);
            final double[] ticks;
            final double[] contribution;
            if (p.levels() != null) {
                ticks = new double[p.levels().size()];
                Arrays.fill(ticks, Double.NaN);
                contribution = p.coefficients().clone();
            } else {
                final double[] distinct = Arrays.stream(p.values()).filter(Double::isFinite).distinct().sorted().toArray();
                if (distinct.length == 0) {
                    throw new InvalidDataException("predictor '" + p.name() + "' has no values for its axis");
                }
                ticks = distinct.length <= 10 ? distinct : Pretty.ticks(distinct[0], distinct[distinct.length - 1], 10);
                contribution = new double[ticks.length];
                for (int t = 0; t < ticks.length; t++) {
                    contribution[t] = p.coefficients()[0] * ticks[t];
                }
            }
            final double min = Arrays.stream(contribution).min().orElse(0);
            final double max = Arrays.stream(contribution).max().orElse(0);
            lo[j] = min;
            shifted += min;
            widest = Math.max(widest, max - min);
            tickValues.add(ticks);
            contributions.add(contribution);
        }
        if (!(widest > 0)) {
            throw new InvalidDataException("no predictor changes the linear predictor; a nomogram has nothing to show");
        }
        final double scale = 100 / widest;
        final List<Tick> out = new ArrayList<>();
        for (int j = 0; j < predictors.size(); j++) {
            final Predictor p = predictors.get(j);
            for (int t = 0; t < tickValues.get(j).length; t++) {
                final double v = tickValues.get(j)[t];
                out.add(new Tick(p.name(), p.levels() != null ? p.levels().get(t) : format(v), v,
                    (contributions.get(j)[t] - lo[j]) * scale));
            }
        }
        final double lpMin = Arrays.stream(linearPredictors).min().orElse(0);
        final double lpMax = Arrays.stream(linearPredictors).max().orElse(0);
        final double[] lpAt = Pretty.ticks(lpMin, lpMax, 10);
        double maxPoints = 100;
        for (final double l : lpAt) {
            maxPoints = Math.max(maxPoints, scale * (l - shifted));
        }
        for (final double t : Pretty.ticks(0, maxPoints, 10)) {
            out.add(new Tick(TOTAL_POINTS, format(t), t, t));
        }
        for (final double l : lpAt) {
            out.add(new Tick(LINEAR_PREDICTOR, format(l), l, (l - shifted) * scale));
        }
        final double gridLo = lpAt[0];
        final double gridHi = lpAt[lpAt.length - 1];
        final int grid = 1000;
        final double[] xs = new double[grid];
        final double[] ps = new double[grid];
        for (int i = 0; i < grid; i++) {
            xs[i] = i == grid - 1 ? gridHi : gridLo + i * (gridHi - gridLo) / (grid - 1);
            ps[i] = 1 / (1 + Math.exp(-xs[i]));
        }
        for (final double f : Pretty.ticks(ps[0], ps[grid - 1], 10)) {
            if (f < ps[0] || f > ps[grid - 1]) {
                continue;
            }
            int j = Arrays.binarySearch(ps, f);
            final double lp;
            if (j >= 0) {
                lp = xs[j];
            } else {
                j = -j - 1;
                lp = xs[j - 1] + (f - ps[j - 1]) / (ps[j] - ps[j - 1]) * (xs[j] - xs[j - 1]);
            }
            out.add(new Tick(PROBABILITY, format(f), f, (lp - shifted) * scale));
        }
        return new Result(List.copyOf(out), scale, shifted);
    }

    private static String format(final double v) {
        final double r = Math.round(v * 1e10) / 1e10;
        return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }
}
