package org.qmrinodes.core.stats.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.qmrinodes.core.data.InvalidDataException;

/**
 * The bias-corrected calibration curve of a binary logistic model, as R
 * {@code rms::calibrate(lrm(...), B)} (method "boot", lowess smoother; rms 6.5,
 * {@code validation/evaluation/ALGORITHMS.md} §d): on a grid of 50 predicted probabilities from the
 * 5th to the (n − 4)th smallest apparent prediction, the lowess curve (iter = 0) of observed on
 * predicted, interpolated linearly (undefined outside the predictions' range); per resample the
 * curve error of the resample fit on its own rows (training) and on all rows (test);
 * corrected = apparent − (mean training error − mean test error). A resample whose fit fails is
 * skipped and counted; a grid point undefined in a resample does not count for that point.
 */
public final class BootstrapCalibration {

    /** Grid points of the curve. */
    public static final int GRID = 50;

    /**
     * One grid point.
     *
     * @param predicted the predicted probability
     * @param calibratedApparent the apparent (smoothed observed) probability
     * @param calibratedCorrected the bias-corrected probability
     * @param apparentError apparent − predicted
     * @param training mean training error
     * @param test mean test error
     * @param optimism training − test
     * @param correctedError apparent error − optimism
     * @param n resamples that count for this point
     */
    public record Point(double predicted, double calibratedApparent, double calibratedCorrected, double apparentError,
        double training, double test, double optimism, double correctedError, int n) {
    }

    /**
     * @param curve the grid points
     * @param resamples resamples drawn
     * @param failed resamples whose fit failed
     */
    public record Result(List<Point> curve, int resamples, int failed) {
    }

    private BootstrapCalibration() {
    }

    /**
     * @param x design matrix (dummy-coded)
     * @param y outcomes
     * @param resamples resamples of 1-based row numbers (see {@link BootstrapValidation#drawResamples})
     * @return the curve
     * @throws InvalidDataException when there are 10 rows or fewer, or the model cannot be fitted
     */
    public static Result calibrate(final double[][] x, final boolean[] y, final List<int[]> resamples) {
        final int n = y.length;
        if (n <= 10) {
            throw new InvalidDataException("a bootstrap calibration curve needs more than 10 cases, got " + n);
        }
        final RmsLogisticFit.Fit original = RmsLogisticFit.fit(x, y, null, RmsLogisticFit.MAXIT, 1e-7);
        if (original.failed()) {
            throw new InvalidDataException("the logistic model cannot be fitted on the original data");
        }
        final double[] p0 = BootstrapValidation.expit(BootstrapValidation.linearPredictor(x, original.coefficients()), 1, 0);
        final double[] sorted = p0.clone();
        Arrays.sort(sorted);
        final double from = sorted[4];
        final double to = sorted[n - 5];
        final double[] grid = new double[GRID];
        for (int k = 0; k < GRID; k++) {
            grid[k] = k == GRID - 1 ? to : from + k * (to - from) / (GRID - 1);
        }
        final double[] apparent = curveAt(p0, y, grid);
        final double[] trainSum = new double[GRID];
        final double[] testSum = new double[GRID];
        final int[] counts = new int[GRID];
        int failed = 0;
        for (final int[] rows : resamples) {
            final double[][] xb = new double[n][];
            final boolean[] yb = new boolean[n];
            for (int i = 0; i < n; i++) {
                xb[i] = x[rows[i] - 1];
                yb[i] = y[rows[i] - 1];
            }
            final RmsLogisticFit.Fit fit = RmsLogisticFit.fit(xb, yb, null, RmsLogisticFit.MAXIT, 1e-13);
            if (fit.failed()) {
                failed++;
                continue;
            }
            final double[] train = curveAt(BootstrapValidation.expit(BootstrapValidation.linearPredictor(xb, fit.coefficients()),
                1, 0), yb, grid);
            final double[] test = curveAt(BootstrapValidation.expit(BootstrapValidation.linearPredictor(x, fit.coefficients()),
                1, 0), y, grid);
            for (int k = 0; k < GRID; k++) {
                if (Double.isNaN(train[k]) || Double.isNaN(test[k])) {
                    continue;
                }
                trainSum[k] += train[k] - grid[k];
                testSum[k] += test[k] - grid[k];
                counts[k]++;
            }
        }
        final List<Point> out = new ArrayList<>(GRID);
        for (int k = 0; k < GRID; k++) {
            final double training = trainSum[k] / counts[k];
            final double test = testSum[k] / counts[k];
            final double optimism = training - test;
            out.add(new Point(grid[k], apparent[k], apparent[k] - optimism, apparent[k] - grid[k], training, test, optimism,
                apparent[k] - grid[k] - optimism, counts[k]));
        }
        return new Result(List.copyOf(out), resamples.size(), failed);
    }

    /** lowess(p, y, iter = 0) interpolated at the grid (first value at tied x; NaN outside the range of p). */
    private static double[] curveAt(final double[] p, final boolean[] y, final double[] grid) {
        final double[] yd = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            yd[i] = y[i] ? 1 : 0;
        }
        final Lowess.Curve c = Lowess.smooth(p, yd, 2.0 / 3, 0, Double.NaN);
        final double[] xs = c.x();
        final double[] fs = c.fitted();
        // distinct knots, the first value of each tie
        final double[] kx = new double[xs.length];
        final double[] ky = new double[xs.length];
        int m = 0;
        for (int i = 0; i < xs.length; i++) {
            if (m == 0 || xs[i] != kx[m - 1]) {
                kx[m] = xs[i];
                ky[m] = fs[i];
                m++;
            }
        }
        final double[] out = new double[grid.length];
        for (int k = 0; k < grid.length; k++) {
            final double g = grid[k];
            if (m == 0 || g < kx[0] || g > kx[m - 1]) {
                out[k] = Double.NaN;
                continue;
            }
            int j = Arrays.binarySearch(kx, 0, m, g);
            if (j >= 0) {
                out[k] = ky[j];
                continue;
            }
            j = -j - 1;
            final double t = (g - kx[j - 1]) / (kx[j] - kx[j - 1]);
            out[k] = ky[j - 1] + t * (ky[j] - ky[j - 1]);
        }
        return out;
    }
}
