package org.qmrinodes.knime.evaluation.dca;

import org.qmrinodes.knime.settings.FigureSettings;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.stats.evaluation.DecisionCurve;
import org.qmrinodes.knime.settings.ProbabilityModelsSettings;

/** Settings of the Decision Curve node. */
final class DecisionCurveSettings extends ProbabilityModelsSettings {

    private final SettingsModelDoubleBounded from;
    private final SettingsModelDoubleBounded to;
    private final SettingsModelDoubleBounded step;
    private final FigureSettings figure;

    DecisionCurveSettings() {
        super("a decision curve");
        group("Threshold probabilities");
        from = number("threshold_from", "From", 0.01, 0.0001, 0.9999, 0.01);
        to = number("threshold_to", "To", 0.99, 0.0001, 0.9999, 0.01);
        step = number("threshold_step", "Step", 0.01, 0.0001, 0.9999, 0.01);
        figure = figure("", true);
    }

    /** @return the decision-curve plot's settings */
    FigureSettings figure() {
        return figure;
    }

    /**
     * @return the thresholds from, from + step, …, ≤ to
     * @throws InvalidSettingsException when from &gt; to or the range gives too many points
     */
    double[] thresholds() throws InvalidSettingsException {
        try {
            return DecisionCurve.thresholds(from.getDoubleValue(), to.getDoubleValue(), step.getDoubleValue());
        } catch (final InvalidDataException e) {
            throw new InvalidSettingsException("Threshold probabilities: " + e.getMessage());
        }
    }
}
