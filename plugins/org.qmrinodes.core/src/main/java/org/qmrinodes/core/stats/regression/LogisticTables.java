package org.qmrinodes.core.stats.regression;

import static org.qmrinodes.core.data.ResultTable.integer;
import static org.qmrinodes.core.data.ResultTable.real;
import static org.qmrinodes.core.data.ResultTable.text;

import java.util.List;

import org.qmrinodes.core.data.DisplayNumbers;
import org.qmrinodes.core.data.ResultTable;

/**
 * The output tables of logistic regressions, shared by the KNIME nodes and {@code qmri logistic}.
 * The leading coefficient columns are those of the command-line contract; further columns follow.
 */
public final class LogisticTables {

    private LogisticTables() {
    }

    /**
     * One row per term of every fit, in the papers' layout: B, SE, OR with 95% CI, p.
     *
     * @param fits the fits (one for a multivariable model, one per predictor in univariable mode)
     * @return columns {@code term, estimate, std_error, z, p_value, odds_ratio, or_ci_lower, or_ci_upper},
     *         then profile limits, the formatted "OR (CI)" text, predictor, model, n, events and method
     */
    public static ResultTable coefficients(final List<LogisticFit> fits) {
        final ResultTable.Builder b = ResultTable.builder(text("term"), real("estimate"), real("std_error"), real("z"),
            real("p_value"), real("odds_ratio"), real("or_ci_lower"), real("or_ci_upper"), real("or_profile_ci_lower"),
            real("or_profile_ci_upper"), text("or_with_ci"), text("predictor"), text("model"), integer("n"),
            integer("events"), text("method"), real("conf_level"));
        for (final LogisticFit f : fits) {
            for (final Coefficient c : f.coefficients()) {
                b.row(c.term(), c.estimate(), c.standardError(), c.z(), c.pValue(), c.oddsRatio(), c.waldLower(),
                    c.waldUpper(), c.profileLower(), c.profileUpper(), DisplayNumbers.significant(c.oddsRatio()) + " ("
                        + DisplayNumbers.significant(c.waldLower()) + "-" + DisplayNumbers.significant(c.waldUpper()) + ")",
                    c.predictor(), f.label(), f.observations(), f.events(), f.method().label(), f.confidenceLevel());
            }
        }
        return b.build();
    }

    /**
     * One row per fit: sample, deviance, AIC, likelihood-ratio test, Nagelkerke R², events per variable.
     *
     * @param fits the fits
     * @return the table
     */
    public static ResultTable fitStatistics(final List<LogisticFit> fits) {
        final ResultTable.Builder b = ResultTable.builder(text("model"), integer("n"), integer("events"),
            integer("non_events"), integer("skipped_rows"), integer("parameters"), real("deviance"),
            real("null_deviance"), real("aic"), real("lr_chi2"), integer("lr_df"), real("lr_p_value"),
            real("nagelkerke_r2"), real("events_per_variable"), integer("iterations"), text("method"));
        for (final LogisticFit f : fits) {
            b.row(f.label(), f.observations(), f.events(), f.nonEvents(), f.skippedRows(), f.coefficients().size(),
                f.deviance(), f.nullDeviance(), f.aic(), f.likelihoodRatio(), f.likelihoodRatioDf(),
                f.likelihoodRatioPValue(), f.nagelkerkeR2(), f.eventsPerVariable(), f.iterations(), f.method().label());
        }
        return b.build();
    }

    /**
     * One row per predictor of every multivariable fit: generalized VIF and the model's events per
     * variable, with whether each passes its threshold.
     *
     * @param fits the fits
     * @param options the thresholds
     * @return columns {@code model, predictor, df, gvif, gvif_adjusted, vif_ok, events_per_variable, epv_ok}
     */
    public static ResultTable collinearity(final List<LogisticFit> fits, final LogisticOptions options) {
        final ResultTable.Builder b = ResultTable.builder(text("model"), text("predictor"), integer("df"),
            real("gvif"), real("gvif_adjusted"), text("vif_ok"), real("events_per_variable"), text("epv_ok"));
        for (final LogisticFit f : fits) {
            final String epvOk = Boolean.toString(f.eventsPerVariable() >= options.minimumEventsPerVariable());
            if (f.vif().isEmpty()) {
                b.row(f.label(), f.label().equals(LogisticRegression.MULTIVARIABLE) ? null : f.label(), null, null,
                    null, null, f.eventsPerVariable(), epvOk);
            }
            for (final GeneralizedVif v : f.vif()) {
                b.row(f.label(), v.predictor(), v.degreesOfFreedom(), v.gvif(), v.adjusted(),
                    Boolean.toString(v.gvif() < options.vifThreshold()), f.eventsPerVariable(), epvOk);
            }
        }
        return b.build();
    }
}
