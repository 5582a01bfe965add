package org.qmrinodes.knime.modelling.nomogram;

import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.qmrinodes.knime.settings.FigureSettings;
import org.qmrinodes.knime.settings.LogisticModelSettings;

/**
 * Settings of the Nomogram node: the logistic model as the Logistic Regression node specifies it,
 * whether the points table lists the Linear Predictor axis, and the figure.
 */
final class NomogramSettings extends LogisticModelSettings {

    private final SettingsModelBoolean linearPredictor;
    private final FigureSettings figure;

    NomogramSettings() {
        super("a nomogram");
        group("Nomogram");
        linearPredictor = flag("linear_predictor_axis", "List the Linear Predictor axis in the points table", false);
        figure = figure("", false);
    }

    /** @return whether the points table lists the Linear Predictor axis (after the Probability axis) */
    boolean linearPredictor() {
        return linearPredictor.getBooleanValue();
    }

    /** @return the nomogram figure's settings */
    FigureSettings figure() {
        return figure;
    }
}
