package org.qmrinodes.knime.modelling.validation;

import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.core.stats.evaluation.BootstrapValidation;
import org.qmrinodes.core.stats.evaluation.LassoPipeline;
import org.qmrinodes.core.stats.lasso.CvMeasure;
import org.qmrinodes.core.stats.lasso.ElasticNetSettings;
import org.qmrinodes.core.stats.lasso.LambdaChoice;
import org.qmrinodes.knime.settings.LogisticModelSettings;

/**
 * Settings of the Bootstrap Validation node: the logistic model as the Logistic Regression node
 * specifies it, B and the seed, and how the model is built in every resample (maximum likelihood, or
 * the LASSO pipeline with λ chosen by cross-validation; added later, so absent keys load as the
 * maximum-likelihood model older workflows validated).
 */
final class BootstrapValidationSettings extends LogisticModelSettings {

    /** Model building: the maximum-likelihood logistic model. */
    static final String LOGISTIC = "logistic";
    /** Model building: the cross-validated LASSO in every resample. */
    static final String LASSO_PIPELINE = "LASSO pipeline";

    private final SettingsModelIntegerBounded resamples;
    private final SettingsModelIntegerBounded seed;
    private final SettingsModelString modelBuilding;
    private final SettingsModelIntegerBounded folds;
    private final SettingsModelString lambdaRule;
    private final SettingsModelString measure;
    private final SettingsModelIntegerBounded foldSeed;

    BootstrapValidationSettings() {
        super("bootstrap validation");
        group("Bootstrap");
        resamples = integer("resamples", "Bootstrap resamples (B)", 1000, 1, 100_000, 100);
        seed = integer("seed", "Random seed", 1, Integer.MIN_VALUE, Integer.MAX_VALUE, 1);
        group("Model building");
        modelBuilding = defaultWhenAbsent(choice("model_building", "Model building", LOGISTIC, LOGISTIC, LASSO_PIPELINE));
        folds = defaultWhenAbsent(integer("lasso_folds", "LASSO: number of folds", 10, 3, 10_000, 1));
        lambdaRule = defaultWhenAbsent(choice("lasso_lambda_rule", "LASSO: lambda rule", LambdaChoice.MIN.label(),
            LambdaChoice.MIN.label(), LambdaChoice.ONE_SE.label()));
        measure = defaultWhenAbsent(choice("lasso_cv_measure", "LASSO: CV measure", CvMeasure.DEVIANCE.label(),
            CvMeasure.DEVIANCE.label(), CvMeasure.AUC.label(), CvMeasure.MISCLASSIFICATION.label()));
        foldSeed = defaultWhenAbsent(
            integer("lasso_seed", "LASSO: random seed of the folds", 1, Integer.MIN_VALUE, Integer.MAX_VALUE, 1));
    }

    /** @return B */
    int resamples() {
        return resamples.getIntValue();
    }

    /** @return the random seed of the resamples */
    long seed() {
        return seed.getIntValue();
    }

    /** @return the LASSO pipeline to validate, or null for the maximum-likelihood logistic model */
    BootstrapValidation.Pipeline pipeline() {
        return LASSO_PIPELINE.equals(modelBuilding.getStringValue())
            ? new LassoPipeline(ElasticNetSettings.defaults(), CvMeasure.parse(measure.getStringValue()),
                LambdaChoice.parse(lambdaRule.getStringValue()), folds.getIntValue(), foldSeed.getIntValue())
            : null;
    }
}
