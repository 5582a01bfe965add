package org.qmrinodes.knime.evaluation.roc;

import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.qmrinodes.knime.settings.ScoreEvaluationSettings;

/** Settings of the ROC Analysis node. */
final class RocAnalysisSettings extends ScoreEvaluationSettings {

    private final SettingsModelIntegerBounded plotSize;
    private final org.knime.core.node.defaultnodesettings.SettingsModelString plotTitle;

    RocAnalysisSettings() {
        super("a ROC analysis");
        group("Plot");
        plotTitle = text("plot_title", "Plot title", "");
        plotSize = integer("plot_size", "Plot size (pixels)", 1200, 300, 4000, 100);
    }

    int plotSize() {
        return plotSize.getIntValue();
    }

    String plotTitle() {
        return plotTitle.getStringValue();
    }
}
