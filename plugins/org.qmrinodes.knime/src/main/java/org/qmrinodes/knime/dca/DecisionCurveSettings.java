package org.qmrinodes.knime.dca;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.stats.evaluation.DecisionCurve;
import org.qmrinodes.knime.common.BinaryOutcomeSettings;

/** Settings of the Decision Curve node. */
final class DecisionCurveSettings extends BinaryOutcomeSettings {

    private final SettingsModelColumnFilter2 probabilities;
    private final SettingsModelDoubleBounded from;
    private final SettingsModelDoubleBounded to;
    private final SettingsModelDoubleBounded step;

    DecisionCurveSettings() {
        super("a decision curve");
        group("Models");
        probabilities = columns("probability_columns", "Probability columns", 0, DoubleValue.class);
        group("Threshold probabilities");
        from = number("threshold_from", "From", 0.01, 0.0001, 0.9999, 0.01);
        to = number("threshold_to", "To", 0.99, 0.0001, 0.9999, 0.01);
        step = number("threshold_step", "Step", 0.01, 0.0001, 0.9999, 0.01);
    }

    /**
     * @param spec the input spec
     * @return the chosen probability columns present in {@code spec}, without the outcome column
     * @throws InvalidSettingsException if none remains
     */
    List<String> probabilityColumns(final DataTableSpec spec) throws InvalidSettingsException {
        final List<String> names = new ArrayList<>(Arrays.asList(probabilities.applyTo(spec).getIncludes()));
        names.remove(outcomeColumnName());
        if (names.isEmpty()) {
            throw new InvalidSettingsException("Select at least one numeric probability column.");
        }
        return names;
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
