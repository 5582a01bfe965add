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
     * A whole model-building procedure (e.g. feature selection by a cross-validated LASSO and the
     * fit), repeated in every resample so that its optimism includes the selection.
     */
    @FunctionalInterface
    public interface Pipeline {
        /**
         * @param x the design rows to build the model on (dummy-coded already)
         * @param y their outcomes
         * @param resample 0 for the original data, b for the b-th resample (for seeding the
         *        procedure's own randomness reproducibly)
         * @return the model's coefficients, intercept first, one per column of x (0 for a term
         *         left out), or null when the procedure cannot build a model on these rows
         */
        double[] fit(double[][] x, boolean[] y, int resample);
    }

    /**
     * Told after each resample (resamples may run in parallel, so calls may come from several
     * threads); may stop the validation by throwing an unchecked exception, e.g.
     * {@link java.util.concurrent.CancellationException}, which reaches the caller.
     */
    @FunctionalInterface
    public interface Progress {
        /** Ignores all progress. */
        Progress NONE = (done, total) -> {
        };

        /**
         * @param done resamples finished
         * @param total resamples in all
         */
        void resampled(int done, int total);
    }

    /** Fits the model on the given rows; {@code original} for the apparent fit. */
    private interface Fitter {
        RmsLogisticFit.Fit fit(double[][] x, boolean[] y, int resample);
    }

    /**
     * @param x design matrix, one row per case, one column per predictor term (dummy-coded already)
     * @param y outcomes
     * @param resamples resamples of 1-based row numbers, each of length n
     * @return the validation of the maximum-likelihood logistic model, as {@code rms::validate}
     * @throws InvalidDataException when the original model cannot be fitted, or a resample has the
     *         wrong length or row numbers outside 1..n
     */
    public static Result validate(final double[][] x, final boolean[] y, final List<int[]> resamples) {
        return validate(x, y, resamples, Progress.NONE);
    }

    /**
     * {@link #validate(double[][], boolean[], List)} telling {@code progress} after each resample.
     *
     * @return the validation
     */
    public static Result validate(final double[][] x, final boolean[] y, final List<int[]> resamples,
        final Progress progress) {
        return run(x, y, resamples, (rows, outcome, b) -> RmsLogisticFit.fit(rows, outcome, null, RmsLogisticFit.MAXIT,
            b == 0 ? 1e-7 : 1e-12), progress);
    }

    /**
     * The optimism bootstrap of a whole {@link Pipeline}: in every resample the pipeline builds its
     * model from scratch, the model's indices on the resample (training) and on the original rows
     * (test) are taken as for a fitted model; a resample where the pipeline returns null counts as
     * failed. The training likelihood ratio, D and R² are those of the pipeline's coefficients
     * (unpenalised log-likelihood), so that for a maximum-likelihood pipeline the result is
     * {@code rms::validate}'s.
     *
     * @param x design matrix
     * @param y outcomes
     * @param resamples resamples of 1-based row numbers
     * @param pipeline the model-building procedure
     * @param progress told after each resample
     * @return the validation
     * @throws InvalidDataException when the pipeline cannot build a model on the original data
     */
    public static Result validatePipeline(final double[][] x, final boolean[] y, final List<int[]> resamples,
        final Pipeline pipeline, final Progress progress) {
        return run(x, y, resamples, (rows, outcome, b) -> {
            final double[] beta = pipeline.fit(rows, outcome, b);
            return beta == null ? new RmsLogisticFit.Fit(new double[rows[0].length + 1], Double.NaN, Double.NaN, true)
                : RmsLogisticFit.fit(rows, outcome, beta, 1, 1e-12);
        }, progress);
    }

    private static Result run(final double[][] x, final boolean[] y, final List<int[]> resamples, final Fitter fitter,
        final Progress progress) {
        final int n = y.length;
        final RmsLogisticFit.Fit original = fitter.fit(x, y, 0);
        if (original.failed()) {
            throw new InvalidDataException("the logistic model cannot be fitted on the original data (one outcome class,"
                + " separation or collinear predictors)");
        }
        final double[] lp0 = linearPredictor(x, original.coefficients());
        final double[] apparent = trainingIndices(lp0, y, original, n);
        int index = 0;
        for (final int[] rows : resamples) {
            index++;
            if (rows.length != n) {
                throw new InvalidDataException("resample " + index + " has " + rows.length + " row numbers, the data " + n);
            }
            for (final int row : rows) {
                if (row < 1 || row > n) {
                    throw new InvalidDataException("resample " + index + ": row number " + row + " is not in 1.." + n);
                }
            }
        }
        final java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        final double[][][] perResample = java.util.stream.IntStream.range(0, resamples.size()).parallel().mapToObj(b -> {
            final int[] rows = resamples.get(b);
            final double[][] xb = new double[n][];
            final boolean[] yb = new boolean[n];
            for (int i = 0; i < n; i++) {
                xb[i] = x[rows[i] - 1];
                yb[i] = y[rows[i] - 1];
            }
            final RmsLogisticFit.Fit fit = fitter.fit(xb, yb, b + 1);
            final double[][] indices = fit.failed() ? null : new double[][] {
                trainingIndices(linearPredictor(xb, fit.coefficients()), yb, fit, n),
                testIndices(linearPredictor(x, fit.coefficients()), y, n)};
            progress.resampled(done.incrementAndGet(), resamples.size());
            return indices;
        }).toArray(double[][][]::new);
        final double[] trainSum = new double[11];
        final double[] testSum = new double[11];
        final int[] counts = new int[11];
        int failed = 0;
        for (final double[][] indices : perResample) {
            if (indices == null) {
                failed++;
                continue;
            }
            for (int k = 0; k < 11; k++) {
                if (Double.isNaN(indices[0][k]) || Double.isNaN(indices[1][k])) {
                    continue;
                }
                trainSum[k] += indices[0][k];
                testSum[k] += indices[1][k];
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
        int events = 0;
        for (final boolean b : y) {
            events += b ? 1 : 0;
        }
        final int nonEvents = y.length - events;
        if (events == 0 || nonEvents == 0) {
            return Double.NaN;
        }
        final double[] pos = new double[events];
        final double[] neg = new double[nonEvents];
        int a = 0;
        int b = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i]) {
                pos[a++] = score[i];
            } else {
                neg[b++] = score[i];
            }
        }
        Arrays.sort(pos);
        Arrays.sort(neg);
        // concordant pairs: for each event, the non-events with a lower score, ties counted half
        double concordant = 0;
        int below = 0;
        int tiedEnd = 0;
        for (final double v : pos) {
            while (below < nonEvents && neg[below] < v) {
                below++;
            }
            tiedEnd = Math.max(tiedEnd, below);
            while (tiedEnd < nonEvents && neg[tiedEnd] == v) {
                tiedEnd++;
            }
            concordant += below + 0.5 * (tiedEnd - below);
        }
        final double c = concordant / ((double) events * nonEvents);
        return 2 * (c - 0.5);
    }
}
