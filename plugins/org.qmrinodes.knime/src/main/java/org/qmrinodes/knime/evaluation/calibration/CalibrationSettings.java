package org.qmrinodes.knime.evaluation.calibration;

import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.qmrinodes.knime.settings.FigureSettings;
import org.qmrinodes.knime.settings.ProbabilityModelsSettings;

/** Settings of the Calibration node. */
final class CalibrationSettings extends ProbabilityModelsSettings {

    private final SettingsModelIntegerBounded groups;
    private final FigureSettings figure;

    CalibrationSettings() {
        super("a calibration");
        group("Hosmer-Lemeshow test");
        groups = integer("groups", "Groups of predicted risk", 10, 3, 1000, 1);
        figure = figure("", true);
    }

    /** @return the number of Hosmer–Lemeshow groups */
    int groups() {
        return groups.getIntValue();
    }

    /** @return the calibration plot's settings */
    FigureSettings figure() {
        return figure;
    }
}
