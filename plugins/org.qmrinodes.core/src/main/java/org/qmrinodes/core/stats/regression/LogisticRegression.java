package org.qmrinodes.core.stats.regression;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.qmrinodes.core.data.BinaryOutcome;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.model.DesignCoding;
import org.qmrinodes.core.model.LinearPredictorModel;
import org.qmrinodes.core.model.PredictorCoding;
import org.qmrinodes.core.model.PredictorColumn;

/**
 * Binary logistic regression, logit P(y = 1) = β₀ + Σ β<sub>j</sub>x<sub>j</sub>, matching R
 * {@code glm(y ~ ..., family = binomial)} with treatment (dummy) coding of categorical predictors:
 * estimates, standard errors, Wald z and p ({@code summary.glm}), odds ratios with Wald intervals
 * ({@code exp(confint.default())}) and profile-likelihood intervals ({@code exp(confint())}, MASS
 * profiling; see {@link ProfileLikelihood}), deviance, AIC, the likelihood-ratio test of the model,
 * Nagelkerke's R², generalized VIFs ({@code car::vif}, see {@link GeneralizedVif}) and the
 * events-per-variable ratio (Peduzzi et al. 1996).
 *
 * <p>Estimation is by Newton–Raphson with step halving ({@link NewtonRaphson}), or by Firth's
 * penalised likelihood, which gives finite estimates under separation. Under maximum likelihood,
 * complete or quasi-complete separation (Albert &amp; Anderson 1984), where the estimates do not
 * exist, is an {@link InvalidDataException} naming the predictor.
 *
 * <p>Rows with a missing outcome or predictor value are left out and counted (R's
 * {@code na.omit}); in univariable mode each model leaves out only the rows missing its own
 * predictor.
 */
public final class LogisticRegression {

    /** Label of a multivariable fit. */
    public static final String MULTIVARIABLE = "multivariable";

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
    private static final double RANK_TOLERANCE = 1e-9;

    private LogisticRegression() {
    }

    /**
     * Fits one model with all predictors.
     *
     * @param outcome the outcome per row
     * @param predictors the predictor columns (one value per row)
     * @param options settings
     * @return the fit
     * @throws InvalidDataException for unusable data (one class, constant or collinear predictors,
     *         separation under maximum likelihood, unknown reference level), naming the column
     */
    public static LogisticFit fit(final BinaryOutcome outcome, final List<PredictorColumn> predictors,
        final LogisticOptions options) {
        return fit(outcome, predictors, options, MULTIVARIABLE);
    }

    /**
     * Fits one model per predictor (univariable screening).
     *
     * @param outcome the outcome per row
     * @param predictors the candidate predictors
     * @param options settings; reference levels apply to the matching predictor's model
     * @return one fit per predictor, in the given order, labelled with the predictor's name
     */
    public static List<LogisticFit> univariable(final BinaryOutcome outcome, final List<PredictorColumn> predictors,
        final LogisticOptions options) {
        final List<LogisticFit> fits = new ArrayList<>();
        for (final PredictorColumn p : predictors) {
            final Map<String, String> refs = new LinkedHashMap<>();
            if (options.referenceLevels().containsKey(p.name())) {
                refs.put(p.name(), options.referenceLevels().get(p.name()));
            }
            fits.add(fit(outcome, List.of(p), options.withReferenceLevels(refs), p.name()));
        }
        for (final String name : options.referenceLevels().keySet()) {
            if (predictors.stream().noneMatch(p -> p.name().equals(name))) {
                throw new InvalidDataException("A reference level is given for '" + name
                    + "', which is not one of the predictors.");
            }
        }
        return fits;
    }

    private static LogisticFit fit(final BinaryOutcome outcome, final List<PredictorColumn> predictors,
        final LogisticOptions options, final String label) {
        if (predictors.isEmpty()) {
            throw new InvalidDataException("Choose at least one predictor.");
        }
        final int n = outcome.size();
        final boolean[] use = DesignCoding.completeRows(outcome, predictors);
        int skipped = 0;
        for (final boolean u : use) {
            skipped += u ? 0 : 1;
        }
        for (final PredictorColumn p : predictors) {
            if (p.size() != n) {
                throw new IllegalArgumentException("column " + p.name() + " has " + p.size() + " rows, outcome " + n);
            }
        }
        final DesignCoding coding = DesignCoding.learn(predictors, options.referenceLevels(), use);
        final DesignCoding.Rows rows = coding.encode(predictors, use);
        final int m = rows.rows().length;
        final double[] y = new double[m];
        int events = 0;
        for (int k = 0; k < m; k++) {
            y[k] = outcome.isPositive(rows.rows()[k]) ? 1 : 0;
            events += (int)y[k];
        }
        if (events == 0 || events == m) {
            throw new InvalidDataException("Outcome column '" + outcome.column() + "' has only "
                + (events == 0 ? "'" + outcome.negativeLabel() + "'" : "'" + outcome.positiveLabel() + "'")
                + " in the " + m + " complete rows (" + skipped + " rows with a missing value left out).");
        }
        final List<String> terms = new ArrayList<>();
        terms.add(LinearPredictorModel.INTERCEPT);
        terms.addAll(coding.terms());
        final List<String> termPredictor = new ArrayList<>();
        termPredictor.add(LinearPredictorModel.INTERCEPT);
        for (final PredictorCoding p : coding.predictors()) {
            p.terms().forEach(t -> termPredictor.add(p.column()));
        }
        final double[][] x = withIntercept(rows.x());
        checkDesign(x, terms, termPredictor, m);

        final List<String> separation = SeparationCheck.find(x, y, coding, outcome);
        if (options.method() == FitMethod.MAXIMUM_LIKELIHOOD && !separation.isEmpty()) {
            throw new InvalidDataException(String.join(" ", separation) + " The maximum-likelihood estimates do "
                + "not exist; use Firth's penalised likelihood, or remove or merge the predictor.");
        }
        final boolean firth = options.method() == FitMethod.FIRTH;
        final double[] start = new double[x[0].length];
        start[0] = Math.log(events / (double)(m - events));
        final NewtonRaphson.Solution fit = NewtonRaphson.fit(x, y, null, firth, start);
        if (!fit.converged()) {
            throw new InvalidDataException(SeparationCheck.divergenceMessage(x, fit, terms, termPredictor,
                options.method()));
        }
        final double[][] ones = withIntercept(new double[m][0]);
        final NewtonRaphson.Solution nullFit =
            NewtonRaphson.fit(ones, y, null, firth, new double[] {start[0]});
        final double deviance = -2 * fit.logLikelihood();
        final double nullDeviance = -2 * NewtonRaphson.logLikelihood(ones, y, null, new double[] {start[0]});
        final int df = terms.size() - 1;
        final double lr = Math.max(0, 2 * (fit.objective() - nullFit.objective()));

        final double[] se = new double[terms.size()];
        for (int j = 0; j < se.length; j++) {
            se[j] = Math.sqrt(fit.covariance()[j][j]);
        }
        final double[][] profile = options.profileIntervals() && !firth
            ? ProfileLikelihood.limits(x, y, fit, se, options.confidenceLevel()) : null;
        final double zCrit = STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - options.confidenceLevel()) / 2);
        final List<Coefficient> coefficients = new ArrayList<>();
        for (int j = 0; j < terms.size(); j++) {
            final double b = fit.beta()[j];
            final double z = b / se[j];
            coefficients.add(new Coefficient(terms.get(j), termPredictor.get(j), b, se[j], z,
                2 * STANDARD_NORMAL.survivalProbability(Math.abs(z)), Math.exp(b), Math.exp(b - zCrit * se[j]),
                Math.exp(b + zCrit * se[j]), profile == null ? Double.NaN : Math.exp(profile[j][0]),
                profile == null ? Double.NaN : Math.exp(profile[j][1])));
        }
        final double r2cs = 1 - Math.exp((deviance - nullDeviance) / m);
        final double nagelkerke = r2cs / (1 - Math.exp(-nullDeviance / m));
        final double epv = Math.min(events, m - events) / (double)df;
        final List<GeneralizedVif> vif = coding.predictors().size() < 2 ? List.of()
            : generalizedVif(fit.covariance(), coding.predictors());

        final List<String> warnings = new ArrayList<>();
        final String prefix = label.equals(MULTIVARIABLE) ? "" : "'" + label + "': ";
        if (skipped > 0) {
            warnings.add(prefix + skipped + " rows with a missing outcome or predictor value left out.");
        }
        if (firth && !separation.isEmpty()) {
            warnings.add(prefix + String.join(" ", separation) + " Firth's estimates are finite but large.");
        }
        if (epv < options.minimumEventsPerVariable()) {
            warnings.add(prefix + String.format(java.util.Locale.ROOT,
                "events per variable %.1f (%d in the smaller class / %d df) is below %s.", epv,
                Math.min(events, m - events), df, trim(options.minimumEventsPerVariable())));
        }
        for (final GeneralizedVif v : vif) {
            if (v.gvif() >= options.vifThreshold()) {
                warnings.add(prefix + String.format(java.util.Locale.ROOT, "VIF of '%s' is %.2f (threshold %s).",
                    v.predictor(), v.gvif(), trim(options.vifThreshold())));
            }
        }
        final double[] slopes = new double[df];
        System.arraycopy(fit.beta(), 1, slopes, 0, df);
        final Map<String, String> conventions = new LinkedHashMap<>();
        conventions.put("method", options.method().label());
        conventions.put("positive_class", outcome.positiveLabel());
        conventions.put("coding", "treatment (dummy) coding; reference level per categorical predictor");
        for (final PredictorCoding p : coding.predictors()) {
            if (p.categorical()) {
                conventions.put("reference:" + p.column(), p.reference());
            }
        }
        conventions.put("missing_values", "rows with a missing value left out");
        final LinearPredictorModel model = new LinearPredictorModel("logistic regression (" + options.method().label()
            + ")", outcome.column(), outcome.positiveLabel(), outcome.negativeLabel(), coding, fit.beta()[0], slopes,
            conventions);
        return new LogisticFit(label, options.method(), options.confidenceLevel(), coefficients, m, events,
            m - events, skipped, deviance, nullDeviance, deviance + 2 * terms.size(), lr, df,
            ChiSquaredDistribution.of(df).survivalProbability(lr), nagelkerke, epv, fit.iterations(), vif, model,
            warnings);
    }

    private static String trim(final double v) {
        return v == Math.rint(v) ? Long.toString((long)v) : Double.toString(v);
    }

    private static double[][] withIntercept(final double[][] terms) {
        final double[][] x = new double[terms.length][];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[terms[i].length + 1];
            x[i][0] = 1;
            System.arraycopy(terms[i], 0, x[i], 1, terms[i].length);
        }
        return x;
    }

    private static void checkDesign(final double[][] x, final List<String> terms, final List<String> predictorOf,
        final int m) {
        if (m <= terms.size()) {
            throw new InvalidDataException("Only " + m + " complete rows for " + terms.size()
                + " coefficients; the model needs more rows than coefficients.");
        }
        for (int j = 1; j < terms.size(); j++) {
            boolean constant = true;
            for (int i = 1; i < m && constant; i++) {
                constant = x[i][j] == x[0][j];
            }
            if (constant) {
                throw new InvalidDataException("Predictor '" + predictorOf.get(j) + "' (term '" + terms.get(j)
                    + "') is constant in the " + m + " rows used; remove it.");
            }
        }
        final double[] unit = new double[m];
        java.util.Arrays.fill(unit, 1);
        final int dependent = new WeightedQr(x, unit).firstDependentColumn(RANK_TOLERANCE);
        if (dependent >= 0) {
            throw new InvalidDataException("Term '" + terms.get(dependent) + "' of predictor '"
                + predictorOf.get(dependent) + "' is a linear combination of the other predictors (perfect "
                + "collinearity); remove one of them.");
        }
    }

    /** GVIF per predictor from the coefficient covariance without the intercept (car::vif). */
    private static List<GeneralizedVif> generalizedVif(final double[][] covariance,
        final List<PredictorCoding> predictors) {
        final int q = covariance.length - 1;
        final double[][] r = new double[q][q];
        for (int a = 0; a < q; a++) {
            for (int b = 0; b < q; b++) {
                r[a][b] = covariance[a + 1][b + 1]
                    / Math.sqrt(covariance[a + 1][a + 1] * covariance[b + 1][b + 1]);
            }
        }
        final double logDetAll = logDeterminant(r, allIndices(q, -1, -1, true));
        final List<GeneralizedVif> out = new ArrayList<>();
        int first = 0;
        for (final PredictorCoding p : predictors) {
            final int df = p.degreesOfFreedom();
            final double logDetIn = logDeterminant(r, allIndices(q, first, first + df, true));
            final double logDetOut = logDeterminant(r, allIndices(q, first, first + df, false));
            final double gvif = Math.exp(logDetIn + logDetOut - logDetAll);
            out.add(new GeneralizedVif(p.column(), df, gvif, Math.pow(gvif, 1.0 / (2 * df))));
            first += df;
        }
        return out;
    }

    private static int[] allIndices(final int q, final int from, final int to, final boolean inside) {
        final List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < q; i++) {
            final boolean in = from < 0 || i >= from && i < to;
            if (in == inside) {
                idx.add(i);
            }
        }
        return idx.stream().mapToInt(Integer::intValue).toArray();
    }

    /** log det of the principal submatrix on {@code idx} by Cholesky (0 for an empty index set). */
    private static double logDeterminant(final double[][] a, final int[] idx) {
        final int k = idx.length;
        final double[][] l = new double[k][k];
        double logDet = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[idx[i]][idx[j]];
                for (int t = 0; t < j; t++) {
                    s -= l[i][t] * l[j][t];
                }
                if (i == j) {
                    l[i][i] = Math.sqrt(s);
                    logDet += 2 * Math.log(l[i][i]);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        return logDet;
    }
}
