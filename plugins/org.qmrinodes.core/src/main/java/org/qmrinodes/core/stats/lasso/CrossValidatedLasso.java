package org.qmrinodes.core.stats.lasso;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.qmrinodes.core.data.InvalidDataException;

/**
 * K-fold cross-validation of an elastic-net logistic path, matching R glmnet 4.1-6
 * {@code cv.glmnet(x, y, family = "binomial", foldid = ..., type.measure = ...)} (Friedman, Hastie
 * &amp; Tibshirani 2010, J Stat Softw 33(1), §7).
 *
 * <p>The path is fitted on all complete cases; each fold is then refitted on the other folds, with
 * its own automatic lambda path unless a fixed sequence is set, and its held-out cases are
 * predicted at the full-data lambdas by linear interpolation in lambda. For each lambda, with m<sub>k</sub> the
 * mean measure over the n<sub>k</sub> held-out cases of fold k (for AUC: the AUC of fold k),
 * <pre>
 *   cvm  = Σ n<sub>k</sub> m<sub>k</sub> / Σ n<sub>k</sub>
 *   cvsd = sqrt( Σ n<sub>k</sub> (m<sub>k</sub> − cvm)² / Σ n<sub>k</sub> / (K − 1) )
 * </pre>
 * as {@code cv.glmnet} with {@code grouped = TRUE}; with fewer than 3 cases per fold it uses the
 * individual cases instead (N − 1 in the denominator), and AUC with fewer than 10 cases per fold
 * falls back to deviance, both with a warning, as glmnet. lambda.min is the largest lambda with
 * the best cvm; lambda.1se the largest lambda whose cvm is no worse than cvm + cvsd at lambda.min.
 */
public final class CrossValidatedLasso {

    private static final double PROB_MIN = 1e-5;

    private CrossValidatedLasso() {
    }

    /**
     * Runs the cross-validation.
     *
     * @param data the complete cases
     * @param folds the fold ids or how to draw them
     * @param settings alpha, lambda sequence and convergence settings
     * @param measure the CV measure
     * @return the path, the CV curve and the chosen lambdas
     * @throws InvalidDataException for unusable fold ids or if every feature is constant
     */
    public static CrossValidationResult run(final FeatureMatrix data, final FoldAssignment folds,
        final ElasticNetSettings settings, final CvMeasure measure) {
        return run(data, folds, settings, measure, CvProgress.NONE);
    }

    /**
     * Runs the cross-validation and reports each finished fit.
     *
     * @param data the complete cases
     * @param folds the fold ids or how to draw them
     * @param settings alpha, lambda sequence and convergence settings
     * @param measure the CV measure
     * @param progress told before the first fit, before each fold and after each fit; may stop the run by
     *        throwing
     * @return the path, the CV curve and the chosen lambdas
     * @throws InvalidDataException for unusable fold ids or if every feature is constant
     */
    public static CrossValidationResult run(final FeatureMatrix data, final FoldAssignment folds,
        final ElasticNetSettings settings, final CvMeasure measure, final CvProgress progress) {
        final int[] fold = folds.resolve(data);
        final int k = Arrays.stream(fold).max().orElseThrow() + 1;
        progress.fitted(0, k + 1, "Cross-validation prepared");
        final LogisticPath full = PenalizedLogisticRegression.fit(data, settings);
        final AtomicInteger done = new AtomicInteger(1);
        progress.fitted(1, k + 1, "Path on all " + data.rows() + " cases fitted");
        final List<String> warnings = new ArrayList<>(full.warnings());
        final int n = data.rows();
        final int steps = full.size();
        final double[] lambdas = full.lambdas();
        final double[][] linearPredictor = new double[steps][n];
        final List<List<String>> foldWarnings = IntStream.range(0, k).parallel()
            .mapToObj(f -> {
                progress.fitted(done.get(), k + 1, "Fitting fold " + (f + 1) + " of " + k);
                final List<String> w = predictHeldOut(data, fold, f, settings, lambdas, linearPredictor);
                progress.fitted(done.incrementAndGet(), k + 1, "Fold " + (f + 1) + " of " + k + " fitted");
                return w;
            }).toList();
        for (int f = 0; f < k; f++) {
            for (final String w : foldWarnings.get(f)) {
                warnings.add("Fold " + (f + 1) + ": " + w);
            }
        }
        CvMeasure used = measure;
        if (measure == CvMeasure.AUC && n / (double) k < 10) {
            used = CvMeasure.DEVIANCE;
            warnings.add("Fewer than 10 cases per fold for AUC; deviance used instead (as glmnet).");
        }
        final boolean grouped = n / (double) k >= 3;
        if (!grouped) {
            warnings.add("Fewer than 3 cases per fold; the CV standard error is computed over cases, not folds"
                + " (as glmnet's grouped = FALSE).");
        }
        final boolean[] positive = data.positiveView();
        final double[] cvm = new double[steps];
        final double[] cvsd = new double[steps];
        for (int s = 0; s < steps; s++) {
            final double[] msd = grouped || used == CvMeasure.AUC
                ? foldSummary(used, linearPredictor[s], positive, fold, k)
                : caseSummary(used, linearPredictor[s], positive);
            cvm[s] = msd[0];
            cvsd[s] = msd[1];
        }
        final double sign = used.maximised() ? -1 : 1;
        int idMin = 0;
        for (int s = 1; s < steps; s++) {
            if (sign * cvm[s] < sign * cvm[idMin]) {
                idMin = s;
            }
        }
        final double bound = sign * cvm[idMin] + cvsd[idMin];
        int id1se = 0;
        while (sign * cvm[id1se] > bound) {
            id1se++;
        }
        return new CrossValidationResult(full, used, cvm, cvsd, Arrays.stream(fold).map(f -> f + 1).toArray(), k,
            idMin, id1se, warnings);
    }

    /**
     * Fits fold {@code f} on the other folds with its own lambda path (as {@code cv.glmnet}, which
     * passes the user's {@code lambda} argument, by default none, to the fold fits) and writes the
     * held-out linear predictors at the full-data lambdas, interpolating the fold's coefficients
     * linearly in lambda as {@code predict.glmnet(s = lambda)}; returns the fold's warnings.
     */
    private static List<String> predictHeldOut(final FeatureMatrix data, final int[] fold, final int f,
        final ElasticNetSettings settings, final double[] lambdas, final double[][] linearPredictor) {
        final int[] train = IntStream.range(0, fold.length).filter(i -> fold[i] != f).toArray();
        final int[] test = IntStream.range(0, fold.length).filter(i -> fold[i] == f).toArray();
        final LogisticPath path;
        try {
            path = PenalizedLogisticRegression.fit(data.subset(train), settings);
        } catch (final InvalidDataException e) {
            throw new InvalidDataException("Cross-validation fold " + (f + 1) + ": " + e.getMessage());
        }
        final int p = data.featureCount();
        final LambdaInterpolation at = new LambdaInterpolation(path.lambdas());
        for (int s = 0; s < lambdas.length; s++) {
            at.locate(lambdas[s]);
            final double[] eta = linearPredictor[s];
            final double a0 = at.blend(path.intercept(at.left), path.intercept(at.right));
            for (final int i : test) {
                eta[i] = a0;
            }
            for (int j = 0; j < p; j++) {
                final double b = at.blend(path.coefficientView(at.left, j), path.coefficientView(at.right, j));
                if (b != 0) {
                    final double[] x = data.columnView(j);
                    for (final int i : test) {
                        eta[i] += b * x[i];
                    }
                }
            }
        }
        return path.warnings();
    }

    /**
     * Linear interpolation of a path at a lambda, as glmnet's {@code lambda.interp}: lambdas are
     * mapped to [0, 1] by (λ₁ − λ)/(λ₁ − λ<sub>K</sub>), the target is clamped into that range, and
     * the coefficients are frac·β<sub>left</sub> + (1 − frac)·β<sub>right</sub>.
     */
    private static final class LambdaInterpolation {
        private final double[] scaled;
        private final double first;
        private final double span;
        private int left;
        private int right;
        private double frac;

        LambdaInterpolation(final double[] lambdas) {
            first = lambdas[0];
            span = lambdas[0] - lambdas[lambdas.length - 1];
            scaled = new double[lambdas.length];
            for (int i = 0; i < lambdas.length; i++) {
                scaled[i] = (first - lambdas[i]) / span;
            }
        }

        void locate(final double lambda) {
            final int k = scaled.length;
            if (k == 1) {
                left = 0;
                right = 0;
                frac = 1;
                return;
            }
            final double v = Math.min(Math.max((first - lambda) / span, scaled[0]), scaled[k - 1]);
            int i = 0;
            int j = k - 1;
            while (i < j - 1) {
                final int mid = (i + j) / 2;
                if (v < scaled[mid]) {
                    j = mid;
                } else {
                    i = mid;
                }
            }
            final double coord = v == scaled[j] ? j : v == scaled[i] ? i
                : i + (v - scaled[i]) / (scaled[j] - scaled[i]);
            left = (int) Math.floor(coord);
            right = (int) Math.ceil(coord);
            frac = left == right || Math.abs(scaled[left] - scaled[right]) < Math.ulp(1.0) ? 1
                : (v - scaled[right]) / (scaled[left] - scaled[right]);
        }

        double blend(final double atLeft, final double atRight) {
            return atLeft * frac + atRight * (1 - frac);
        }
    }

    /** @return {cvm, cvsd} over fold means weighted by fold size, K − 1 in the SE denominator */
    private static double[] foldSummary(final CvMeasure measure, final double[] eta, final boolean[] positive,
        final int[] fold, final int k) {
        final double[] sum = new double[k];
        final int[] size = new int[k];
        for (int i = 0; i < eta.length; i++) {
            sum[fold[i]] += caseLoss(measure, eta[i], positive[i]);
            size[fold[i]]++;
        }
        final double[] foldMean = new double[k];
        for (int f = 0; f < k; f++) {
            foldMean[f] = measure == CvMeasure.AUC ? foldAuc(eta, positive, fold, f) : sum[f] / size[f];
        }
        double total = 0;
        double weighted = 0;
        for (int f = 0; f < k; f++) {
            weighted += size[f] * foldMean[f];
            total += size[f];
        }
        final double mean = weighted / total;
        double squares = 0;
        for (int f = 0; f < k; f++) {
            squares += size[f] * (foldMean[f] - mean) * (foldMean[f] - mean);
        }
        return new double[] {mean, Math.sqrt(squares / total / (k - 1))};
    }

    /** @return {cvm, cvsd} over individual held-out cases, N − 1 in the SE denominator */
    private static double[] caseSummary(final CvMeasure measure, final double[] eta, final boolean[] positive) {
        final double[] loss = new double[eta.length];
        double sum = 0;
        for (int i = 0; i < eta.length; i++) {
            loss[i] = caseLoss(measure, eta[i], positive[i]);
            sum += loss[i];
        }
        final double mean = sum / eta.length;
        double squares = 0;
        for (final double l : loss) {
            squares += (l - mean) * (l - mean);
        }
        return new double[] {mean, Math.sqrt(squares / eta.length / (eta.length - 1))};
    }

    /** @return the deviance or misclassification of one held-out case (0 for AUC, which is per fold) */
    private static double caseLoss(final CvMeasure measure, final double eta, final boolean positive) {
        final double p = 1 / (1 + Math.exp(-eta));
        return switch (measure) {
            case DEVIANCE -> {
                final double clipped = Math.min(Math.max(p, PROB_MIN), 1 - PROB_MIN);
                yield -2 * Math.log(positive ? clipped : 1 - clipped);
            }
            case MISCLASSIFICATION -> positive ? (p <= 0.5 ? 1 : 0) : (p >= 0.5 ? 1 : 0);
            case AUC -> 0;
        };
    }

    /** @return the Mann–Whitney AUC of fold {@code f}'s held-out predictions, ties counted ½ */
    private static double foldAuc(final double[] eta, final boolean[] positive, final int[] fold, final int f) {
        double pairs = 0;
        double wins = 0;
        for (int i = 0; i < eta.length; i++) {
            if (fold[i] != f || !positive[i]) {
                continue;
            }
            for (int j = 0; j < eta.length; j++) {
                if (fold[j] == f && !positive[j]) {
                    pairs++;
                    wins += eta[i] > eta[j] ? 1 : eta[i] == eta[j] ? 0.5 : 0;
                }
            }
        }
        return pairs == 0 ? Double.NaN : wins / pairs;
    }
}
