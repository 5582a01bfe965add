package org.qmrinodes.core.stats.regression;

import java.util.List;

import org.qmrinodes.core.model.LinearPredictorModel;

/**
 * A fitted logistic regression model with the statistics the studies report.
 *
 * @param label {@code multivariable}, or the predictor's name for a univariable model
 * @param method how the coefficients were estimated
 * @param confidenceLevel level of the intervals
 * @param coefficients intercept first, then the terms in model order
 * @param observations rows used
 * @param events rows of the positive class used
 * @param nonEvents rows of the negative class used
 * @param skippedRows rows left out because the outcome or a predictor was missing
 * @param deviance residual deviance −2ℓ(β̂) (unpenalised also for Firth)
 * @param nullDeviance deviance of the intercept-only maximum-likelihood model
 * @param aic deviance + 2 × number of coefficients
 * @param likelihoodRatio model χ² = 2(ℓ − ℓ₀); for Firth the penalised log-likelihoods as logistf
 * @param likelihoodRatioDf its degrees of freedom (number of terms)
 * @param likelihoodRatioPValue upper χ² tail probability
 * @param nagelkerkeR2 [1 − exp((D − D₀)/n)] / [1 − exp(−D₀/n)] (Nagelkerke 1991, as {@code rms::lrm} R2)
 * @param eventsPerVariable min(events, non-events) / number of terms (a k-level categorical predictor counts k − 1)
 * @param iterations Newton steps of the fit
 * @param vif per predictor (empty when the model has fewer than two predictors)
 * @param model the fitted model for prediction
 * @param warnings conditions the user should know about (skipped rows, low EPV, high VIF, separation with Firth)
 */
public record LogisticFit(String label, FitMethod method, double confidenceLevel, List<Coefficient> coefficients,
    int observations, int events, int nonEvents, int skippedRows, double deviance, double nullDeviance, double aic,
    double likelihoodRatio, int likelihoodRatioDf, double likelihoodRatioPValue, double nagelkerkeR2,
    double eventsPerVariable, int iterations, List<GeneralizedVif> vif, LinearPredictorModel model,
    List<String> warnings) {

    /** Copies the lists. */
    public LogisticFit {
        coefficients = List.copyOf(coefficients);
        vif = List.copyOf(vif);
        warnings = List.copyOf(warnings);
    }

    /**
     * @param term a term name
     * @return its coefficient
     * @throws IllegalArgumentException if the model has no such term
     */
    public Coefficient coefficient(final String term) {
        return coefficients.stream().filter(c -> c.term().equals(term)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no term " + term));
    }
}
