package org.qmrinodes.core.stats.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;

/**
 * Harrell's optimism bootstrap of a binary logistic model, as R
 * {@code rms::validate(lrm(...), B)} (rms 6.5; {@code validation/evaluation/ALGORITHMS.md} §d):
 * each resample (n rows drawn with replacement) is fitted; the indices of that fit on its own rows
 * (training) and on all original rows (test) are averaged over the successful resamples;
 * optimism = training − test, corrected = apparent − optimism. Indices, in rms' order: Dxy
 * (Somers' D, exact), R2 (Nagelkerke), Intercept and Slope (of the recalibration logit P = a + b·lp),
 * Emax (largest |p − recalibrated p| over p = 0, 0.0005, …, 1 with the corrected intercept and
 * slope), D, U, Q, B (Brier), g and gp (Gini's mean difference of lp and of p); C = Dxy/2 + 0.5 is
 * added after Dxy. A resample whose fit fails (divergence under separation, a singular design —
 * e.g. a dummy column without its level —, one outcome class) is skipped and counted, as rms does.
 *
 * <p>The resamples can be given (1-based row numbers as R's {@code sample(n, replace = TRUE)} draws
 * them, to compare with R) or drawn from a seed with the JDK's {@link SplittableRandom}.
 */
public final class BootstrapValidation {

    /** rms' index names in output order (C added after Dxy). */
    public static final List<String> INDICES = List.of("Dxy", "C", "R2", "Intercept", "Slope", "Emax", "D", "U", "Q", "B",
        "g", "gp");

    /**
     * One index.
     *
     * @param index its name
     * @param apparent on the original fit
     * @param optimism training − test
     * @param corrected apparent − optimism
     * @param training mean over resamples of the resample fit on its own rows
     * @param test mean over resamples of the resample fit on all original rows
     * @param n resamples that count for this index
     */
    public record Row(String index, double apparent, double optimism, double corrected, double training, double test, int n) {
    }

    /**
     * @param rows one row per index in {@link #INDICES} order
     * @param resamples resamples drawn
     * @param failed resamples whose fit failed (left out)
     */
    public record Result(List<Row> rows, int resamples, int failed) {
    }

    private static final int TRAINING_MAXIT = RmsLogisticFit.MAXIT;

    /** @return the validation table's columns: {@code index,apparent,optimism,corrected,training,test,n} */
    public static ResultTable.Builder tableColumns() {
        return ResultTable.builder(ResultTable.text("index"), ResultTable.real("apparent"), ResultTable.real("optimism"),
            ResultTable.real("corrected"), ResultTable.real("training"), ResultTable.real("test"),
            ResultTable.integer("n"));
    }

    /**
     * @param result a validation
     * @return one row per index, rms' {@code B} named {@code Brier} as the CLI contract names it
     */
    public static ResultTable table(final Result result) {
        final ResultTable.Builder b = tableColumns();
        for (final Row r : result.rows()) {
            b.row(r.index().equals("B") ? "Brier" : r.index(), r.apparent(), r.optimism(), r.corrected(), r.training(),
                r.test(), r.n());
        }
        return b.build();
    }

    private BootstrapValidation() {
    }

    /**
     * @param n rows
     * @param resamples number of resamples B
     * @param seed random seed
     * @return B resamples of 1-based row numbers drawn with replacement
     */
    public static List<int[]> drawResamples(final int n, final int resamples, final long seed) {
        final SplittableRandom random = new SplittableRandom(seed);
        final List<int[]> out = new ArrayList<>(resamples);
        for (int b = 0; b < resamples; b++) {
            final int[] rows = new int[n];
            for (int i = 0; i < n; i++) {
                rows[i] = 1 + random.nextInt(n);
            }
            out.add(rows);
        }
        return out;
    }

    /**
     * @param x design matrix, one row per case, one column per predictor term (dummy-coded already)
     * @param y outcomes
     * @param resamples resamples of 1-based row numbers, each of length n
     * @return the validation
     * @throws InvalidDataException when the original model cannot be fitted, or a resample has the
     *         wrong length or row numbers outside 1..n
     */
    public static Result validate(final double[][] x, final boolean[] y, final List<int[]> resamples) {
        final int n = y.length;
        final RmsLogisticFit.Fit original = RmsLogisticFit.fit(x, y, null, RmsLogisticFit.MAXIT, 1e-7);
        if (original.failed()) {
            throw new InvalidDataException("the logistic model cannot be fitted on the original data (one outcome class,"
                + " separation or collinear predictors)");
        }
        final double[] lp0 = linearPredictor(x, original.coefficients());
        final double[] apparent = trainingIndices(lp0, y, original, n);
        final double[] trainSum = new double[11];
        final double[] testSum = new double[11];
        final int[] counts = new int[11];
        int failed = 0;
        int index = 0;
        for (final int[] rows : resamples) {
            index++;
            if (rows.length != n) {
                throw new InvalidDataException("resample " + index + " has " + rows.length + " row numbers, the data " + n);
            }
            final double[][] xb = new double[n][];
            final boolean[] yb = new boolean[n];
            for (int i = 0; i < n; i++) {
                if (rows[i] < 1 || rows[i] > n) {
                    throw new InvalidDataException("resample " + index + ": row number " + rows[i] + " is not in 1.." + n);
                }
                xb[i] = x[rows[i] - 1];
                yb[i] = y[rows[i] - 1];
            }
            final RmsLogisticFit.Fit fit = RmsLogisticFit.fit(xb, yb, null, TRAINING_MAXIT, 1e-12);
            if (fit.failed()) {
                failed++;
                continue;
            }
            final double[] lpTrain = linearPredictor(xb, fit.coefficients());
            final double[] training = trainingIndices(lpTrain, yb, fit, n);
            final double[] test = testIndices(linearPredictor(x, fit.coefficients()), y, n);
            for (int k = 0; k < 11; k++) {
                if (Double.isNaN(training[k]) || Double.isNaN(test[k])) {
                    continue;
                }
                trainSum[k] += training[k];
                testSum[k] += test[k];
                counts[k]++;
            }
        }
        // internal order: Dxy, R2, Intercept, Slope, D, U, Q, B, g, gp, (unused)
        final double[] training = new double[11];
        final double[] test = new double[11];
        final double[] corrected = new double[11];
        for (int k = 0; k < 10; k++) {
            training[k] = trainSum[k] / counts[k];
            test[k] = testSum[k] / counts[k];
            corrected[k] = apparent[k] - (training[k] - test[k]);
        }
        final double emax = emax(corrected[2], corrected[3]);
        final List<Row> out = new ArrayList<>();
        final String[] names = {"Dxy", "R2", "Intercept", "Slope", "D", "U", "Q", "B", "g", "gp"};
        for (int k = 0; k < names.length; k++) {
            out.add(new Row(names[k], apparent[k], training[k] - test[k], corrected[k], training[k], test[k], counts[k]));
            if (k == 0) {
                out.add(new Row("C", apparent[0] / 2 + 0.5, (training[0] - test[0]) / 2, corrected[0] / 2 + 0.5,
                    training[0] / 2 + 0.5, test[0] / 2 + 0.5, counts[0]));
            }
            if (k == 3) {
                out.add(new Row("Emax", 0, emax, emax, 0, emax, counts[0]));
            }
        }
        return new Result(List.copyOf(out), resamples.size(), failed);
    }

    /** The fit's own indices on its rows: Dxy, R2, Intercept 0, Slope 1, D, U, Q, B, g, gp. */
    private static double[] trainingIndices(final double[] lp, final boolean[] y, final RmsLogisticFit.Fit fit, final int n) {
        final double d = (fit.likelihoodRatio() - 1) / n;
        final double u = -2.0 / n;
        final double[] p = expit(lp, 1, 0);
        return new double[] {somersDxy(lp, y), fit.nagelkerke(n), 0, 1, d, u, d - u, brier(p, y), giniMd(lp, 1), giniMd(p, 1),
            0};
    }

    /** The resample fit's indices on all original rows, through the recalibration refit of y on lp. */
    private static double[] testIndices(final double[] lp, final boolean[] y, final int n) {
        final double[][] design = new double[n][1];
        for (int i = 0; i < n; i++) {
            design[i][0] = lp[i];
        }
        final RmsLogisticFit.Fit r = RmsLogisticFit.fit(design, y, null, RmsLogisticFit.MAXIT, 1e-13);
        if (r.failed()) {
            final double[] nan = new double[11];
            Arrays.fill(nan, Double.NaN);
            return nan;
        }
        final double a = r.coefficients()[0];
        final double b = r.coefficients()[1];
        double l01 = 0;
        for (int i = 0; i < n; i++) {
            l01 -= 2 * ((y[i] ? lp[i] : 0) - Math.log1p(Math.exp(lp[i])));
        }
        final double d = (r.likelihoodRatio() - 1) / n;
        final double u = (l01 - r.deviance() - 2) / n;
        return new double[] {somersDxy(lp, y), r.nagelkerke(n), a, b, d, u, d - u, brier(expit(lp, 1, 0), y), giniMd(lp, b),
            giniMd(expit(lp, b, a), 1), 0};
    }

    private static double emax(final double a, final double b) {
        double m = 0;
        for (int k = 0; k <= 2000; k++) {
            final double p = k * 5e-4;
            final double cal = 1 / (1 + Math.exp(-(a + b * Math.log(p / (1 - p)))));
            final double e = Math.abs(p - cal);
            if (!Double.isNaN(e)) {
                m = Math.max(m, e);
            }
        }
        return m;
    }

    static double[] linearPredictor(final double[][] x, final double[] beta) {
        final double[] lp = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double s = beta[0];
            for (int j = 1; j < beta.length; j++) {
                s += beta[j] * x[i][j - 1];
            }
            lp[i] = s;
        }
        return lp;
    }

    static double[] expit(final double[] lp, final double slope, final double intercept) {
        final double[] p = new double[lp.length];
        for (int i = 0; i < lp.length; i++) {
            p[i] = 1 / (1 + Math.exp(-(intercept + slope * lp[i])));
        }
        return p;
    }

    private static double brier(final double[] p, final boolean[] y) {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            final double r = p[i] - (y[i] ? 1 : 0);
            s += r * r;
        }
        return s / p.length;
    }

    /** Gini's mean difference Σ_{i≠j} |s·x_i − s·x_j| / (n(n − 1)), by the sorted-values identity. */
    static double giniMd(final double[] x, final double scale) {
        final int n = x.length;
        final double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = scale * x[i];
        }
        Arrays.sort(s);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += (2.0 * (i + 1) - n - 1) * s[i];
        }
        return 2 * sum / ((double) n * (n - 1));
    }

    /** Somers' Dxy = 2(C − ½) with C the mid-rank AUC (ties count one half), NaN for one class. */
    static double somersDxy(final double[] score, final boolean[] y) {
        final int n = score.length;
        final Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(score[a], score[b]));
        double rankSum = 0;
        int events = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && score[order[j + 1]] == score[order[i]]) {
                j++;
            }
            final double midRank = (i + j + 2) / 2.0;
            for (int k = i; k <= j; k++) {
                if (y[order[k]]) {
                    rankSum += midRank;
                    events++;
                }
            }
            i = j + 1;
        }
        final int nonEvents = n - events;
        if (events == 0 || nonEvents == 0) {
            return Double.NaN;
        }
        final double c = (rankSum - events * (events + 1) / 2.0) / ((double) events * nonEvents);
        return 2 * (c - 0.5);
    }
}
