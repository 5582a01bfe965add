package org.qmrinodes.core.stats.regression;

/**
 * Maximises the binomial log-likelihood ℓ(β) = Σ [y<sub>i</sub>η<sub>i</sub> − log(1 + e<sup>η<sub>i</sub></sup>)],
 * η = Xβ + offset, by Newton–Raphson (for the canonical logit link identical to IRLS / Fisher
 * scoring): β ← β + I(β)⁻¹U(β) with U = Xᵀ(y − p), I = XᵀWX, W = diag(p(1 − p)), halving the step
 * while the objective decreases.
 *
 * <p>With {@code firth} it maximises Firth's (1993) penalised log-likelihood
 * ℓ*(β) = ℓ(β) + ½ log det I(β) (Heinze &amp; Schemper 2002), using the modified score
 * U*<sub>j</sub> = Σ<sub>i</sub> [y<sub>i</sub> − p<sub>i</sub> + h<sub>i</sub>(½ − p<sub>i</sub>)] x<sub>ij</sub>
 * with h the diagonal of the hat matrix W<sup>½</sup>X I⁻¹ XᵀW<sup>½</sup>, and the same
 * Newton step I⁻¹U* as logistf.
 *
 * <p>Convergence: the largest step |δ<sub>j</sub>| is at most 1e-10·max(1, |β<sub>j</sub>|),
 * i.e. to full double precision rather than glm's deviance criterion (ε = 1e-8).
 */
final class NewtonRaphson {

    static final int MAX_ITERATIONS = 100;
    private static final double STEP_TOLERANCE = 1e-10;
    private static final int MAX_HALVINGS = 40;

    private NewtonRaphson() {
    }

    /**
     * @param beta the estimates
     * @param covariance I(β)⁻¹ at the estimates
     * @param logLikelihood ℓ(β)
     * @param objective the maximised objective: ℓ, or ℓ* with Firth
     * @param fitted fitted probabilities per row
     * @param iterations Newton steps taken
     * @param converged whether the step criterion was met
     * @param lastSteps the last full Newton step per coefficient (large when estimates diverge)
     */
    record Solution(double[] beta, double[][] covariance, double logLikelihood, double objective, double[] fitted,
        int iterations, boolean converged, double[] lastSteps) {
    }

    static Solution fit(final double[][] x, final double[] y, final double[] offset, final boolean firth,
        final double[] start) {
        final int p = x[0].length;
        double[] beta = start.clone();
        double objective = objective(x, y, offset, beta, firth);
        double[] lastStep = new double[p];
        boolean converged = false;
        int iteration = 0;
        while (iteration < MAX_ITERATIONS && !converged) {
            iteration++;
            final double[] prob = probabilities(x, offset, beta);
            final WeightedQr qr = new WeightedQr(x, weights(prob));
            final double[] residual = new double[y.length];
            final double[] h = firth ? qr.hatDiagonal() : null;
            for (int i = 0; i < y.length; i++) {
                residual[i] = y[i] - prob[i] + (firth ? h[i] * (0.5 - prob[i]) : 0);
            }
            final double[] step = qr.solve(crossProduct(x, residual));
            lastStep = step.clone();
            double factor = 1;
            double[] candidate = add(beta, step, factor);
            double candidateObjective = objective(x, y, offset, candidate, firth);
            int halvings = 0;
            while (!(candidateObjective >= objective - 1e-12 * (1 + Math.abs(objective))) && halvings < MAX_HALVINGS) {
                factor /= 2;
                halvings++;
                candidate = add(beta, step, factor);
                candidateObjective = objective(x, y, offset, candidate, firth);
            }
            converged = true;
            for (int j = 0; j < p; j++) {
                if (Math.abs(factor * step[j]) > STEP_TOLERANCE * Math.max(1, Math.abs(beta[j]))) {
                    converged = false;
                }
            }
            if (halvings == MAX_HALVINGS) {
                break;
            }
            beta = candidate;
            objective = candidateObjective;
        }
        final double[] prob = probabilities(x, offset, beta);
        final WeightedQr qr = new WeightedQr(x, weights(prob));
        return new Solution(beta, qr.inverse(), logLikelihood(x, y, offset, beta), objective, prob, iteration,
            converged, lastStep);
    }

    static double objective(final double[][] x, final double[] y, final double[] offset, final double[] beta,
        final boolean firth) {
        final double l = logLikelihood(x, y, offset, beta);
        if (!firth) {
            return l;
        }
        return l + 0.5 * new WeightedQr(x, weights(probabilities(x, offset, beta))).logDeterminant();
    }

    static double logLikelihood(final double[][] x, final double[] y, final double[] offset, final double[] beta) {
        double l = 0;
        for (int i = 0; i < x.length; i++) {
            final double eta = eta(x[i], offset, i, beta);
            l += y[i] * eta - log1pExp(eta);
        }
        return l;
    }

    /** @return log(1 + e<sup>η</sup>) without overflow */
    static double log1pExp(final double eta) {
        return eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta));
    }

    private static double eta(final double[] row, final double[] offset, final int i, final double[] beta) {
        double eta = offset == null ? 0 : offset[i];
        for (int j = 0; j < beta.length; j++) {
            eta += row[j] * beta[j];
        }
        return eta;
    }

    static double[] probabilities(final double[][] x, final double[] offset, final double[] beta) {
        final double[] p = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            p[i] = 1 / (1 + Math.exp(-eta(x[i], offset, i, beta)));
        }
        return p;
    }

    private static double[] weights(final double[] prob) {
        final double[] w = new double[prob.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = prob[i] * (1 - prob[i]);
        }
        return w;
    }

    private static double[] crossProduct(final double[][] x, final double[] v) {
        final double[] out = new double[x[0].length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < out.length; j++) {
                out[j] += x[i][j] * v[i];
            }
        }
        return out;
    }

    private static double[] add(final double[] beta, final double[] step, final double factor) {
        final double[] out = new double[beta.length];
        for (int j = 0; j < out.length; j++) {
            out[j] = beta[j] + factor * step[j];
        }
        return out;
    }
}
