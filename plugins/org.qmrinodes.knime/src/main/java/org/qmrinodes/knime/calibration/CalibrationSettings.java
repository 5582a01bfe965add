package org.qmrinodes.knime.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.qmrinodes.knime.common.BinaryOutcomeSettings;

/** Settings of the Calibration node. */
final class CalibrationSettings extends BinaryOutcomeSettings {

    private final SettingsModelColumnFilter2 probabilities;
    private final SettingsModelIntegerBounded groups;

    CalibrationSettings() {
        super("a calibration");
        group("Models");
        probabilities = columns("probability_columns", "Probability columns", 0, DoubleValue.class);
        group("Hosmer-Lemeshow test");
        groups = integer("groups", "Groups of predicted risk", 10, 3, 1000, 1);
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

    /** @return the number of Hosmer–Lemeshow groups */
    int groups() {
        return groups.getIntValue();
    }
}
