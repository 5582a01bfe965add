package org.qmrinodes.knime.modelling.radscore;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.knime.settings.NodeSettingsDeclaration;

/** Settings of the Rad-score Predictor node. */
final class RadScorePredictorSettings extends NodeSettingsDeclaration {

    private final SettingsModelString scoreColumn;
    private final SettingsModelBoolean withIntercept;
    private final SettingsModelBoolean appendProbability;
    private final SettingsModelString probabilityColumn;

    RadScorePredictorSettings() {
        group("Rad-score");
        scoreColumn = text("score_column", "Rad-score column", "rad_score");
        withIntercept = flag("with_intercept", "Include the intercept", true);
        group("Probability");
        appendProbability = flag("append_probability", "Append the probability", false);
        probabilityColumn = text("probability_column", "Probability column (empty: P(outcome=positive class))", "");
    }

    /** @return the rad-score column name */
    String scoreColumn() throws InvalidSettingsException {
        final String name = scoreColumn.getStringValue();
        if (name == null || name.isBlank()) {
            throw new InvalidSettingsException("Enter a name for the rad-score column.");
        }
        return name;
    }

    boolean withIntercept() {
        return withIntercept.getBooleanValue();
    }

    boolean appendProbability() {
        return appendProbability.getBooleanValue();
    }

    String probabilityColumn() {
        return probabilityColumn.getStringValue();
    }
}
