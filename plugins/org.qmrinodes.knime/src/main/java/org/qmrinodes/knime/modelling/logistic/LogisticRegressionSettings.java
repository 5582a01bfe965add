package org.qmrinodes.knime.modelling.logistic;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.core.stats.regression.FitMethod;
import org.qmrinodes.core.stats.regression.LogisticOptions;
import org.qmrinodes.knime.settings.LogisticModelSettings;

/** Settings of the Logistic Regression (Clinical) node. */
final class LogisticRegressionSettings extends LogisticModelSettings {

    private final SettingsModelBoolean univariable;
    private final SettingsModelString method;
    private final SettingsModelDoubleBounded confidenceLevel;
    private final SettingsModelBoolean profile;
    private final SettingsModelDoubleBounded vifThreshold;
    private final SettingsModelDoubleBounded minimumEpv;

    LogisticRegressionSettings() {
        super("logistic regression");
        univariable = flag("univariable", "Univariable models for every predictor", false);
        group("Fit");
        method = choice("method", "Method", FitMethod.MAXIMUM_LIKELIHOOD.label(), FitMethod.MAXIMUM_LIKELIHOOD.label(),
            FitMethod.FIRTH.label());
        confidenceLevel = number("confidence_level", "Confidence level", 0.95, 0.5, 0.999, 0.01);
        profile = flag("profile_intervals", "Profile-likelihood intervals", true);
        group("Checks");
        vifThreshold = number("vif_threshold", "VIF threshold", 5, 1, 1000, 0.5);
        minimumEpv = number("minimum_epv", "Minimum events per variable", 10, 0, 1000, 1);
    }

    boolean univariable() {
        return univariable.getBooleanValue();
    }

    /** @return the fit options */
    LogisticOptions options() throws InvalidSettingsException {
        return new LogisticOptions(FitMethod.parse(method.getStringValue()), confidenceLevel.getDoubleValue(),
            profile.getBooleanValue(), referenceLevels(), vifThreshold.getDoubleValue(), minimumEpv.getDoubleValue());
    }
}
