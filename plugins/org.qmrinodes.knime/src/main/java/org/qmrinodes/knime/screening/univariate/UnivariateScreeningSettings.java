package org.qmrinodes.knime.screening.univariate;

import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.qmrinodes.knime.settings.GroupComparisonSettings;

/** Settings of the Univariate Screening node. */
final class UnivariateScreeningSettings extends GroupComparisonSettings {

    private final SettingsModelDoubleBounded threshold;
    private final SettingsModelBoolean useAdjusted;

    UnivariateScreeningSettings() {
        group("Selection");
        threshold = number("p_threshold", "Keep features with p below", 0.1, 1e-6, 1, 0.01);
        useAdjusted = flag("select_on_adjusted", "Select on the adjusted p-value", false);
    }

    double threshold() {
        return threshold.getDoubleValue();
    }

    boolean useAdjusted() {
        return useAdjusted.getBooleanValue();
    }
}
