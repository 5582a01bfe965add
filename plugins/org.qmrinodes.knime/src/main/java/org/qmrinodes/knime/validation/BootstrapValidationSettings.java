package org.qmrinodes.knime.validation;

import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.qmrinodes.knime.common.LogisticModelSettings;

/** Settings of the Bootstrap Validation node: the logistic model as the Logistic Regression node specifies it, B and the seed. */
final class BootstrapValidationSettings extends LogisticModelSettings {

    private final SettingsModelIntegerBounded resamples;
    private final SettingsModelIntegerBounded seed;

    BootstrapValidationSettings() {
        super("bootstrap validation");
        group("Bootstrap");
        resamples = integer("resamples", "Bootstrap resamples (B)", 1000, 1, 100_000, 100);
        seed = integer("seed", "Random seed", 1, Integer.MIN_VALUE, Integer.MAX_VALUE, 1);
    }

    /** @return B */
    int resamples() {
        return resamples.getIntValue();
    }

    /** @return the random seed of the resamples */
    long seed() {
        return seed.getIntValue();
    }
}
