package org.qmrinodes.knime.modelling.predictor;

import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.knime.settings.NodeSettingsDeclaration;

/** Settings of the Logistic Predictor node. */
final class LogisticPredictorSettings extends NodeSettingsDeclaration {

    private final SettingsModelDoubleBounded cutoff;
    private final SettingsModelString probabilityColumn;
    private final SettingsModelString classColumn;

    LogisticPredictorSettings() {
        group("Prediction");
        cutoff = number("cutoff", "Probability cut-off", 0.5, 0, 1, 0.05);
        probabilityColumn = text("probability_column", "Probability column (empty: P(outcome=positive class))", "");
        classColumn = text("class_column", "Class column", "predicted class");
    }

    double cutoff() {
        return cutoff.getDoubleValue();
    }

    String probabilityColumn() {
        return probabilityColumn.getStringValue();
    }

    String classColumn() {
        return classColumn.getStringValue();
    }
}
