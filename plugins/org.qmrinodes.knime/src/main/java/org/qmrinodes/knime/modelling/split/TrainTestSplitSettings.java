package org.qmrinodes.knime.modelling.split;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.knime.settings.NodeSettingsDeclaration;

/** Settings of the Train/Test Split node. */
final class TrainTestSplitSettings extends NodeSettingsDeclaration {

    private final SettingsModelDoubleBounded fraction;
    private final SettingsModelIntegerBounded seed;
    private final SettingsModelString stratify;

    TrainTestSplitSettings() {
        group("Allocation");
        fraction = number("training_fraction", "Training fraction", 0.7, 0.001, 0.999, 0.05);
        seed = integer("seed", "Random seed", 1, Integer.MIN_VALUE, Integer.MAX_VALUE, 1);
        stratify = optionalColumn("stratify_column", "Stratify by column (optional)", 0, DataValue.class);
    }

    /** @return the training fraction, in (0, 1) */
    double fraction() {
        return fraction.getDoubleValue();
    }

    /** @return the random seed */
    long seed() {
        return seed.getIntValue();
    }

    /**
     * @return the stratification column, or null for none
     * @throws InvalidSettingsException when the column is not in {@code spec}
     */
    String stratifyColumn(final DataTableSpec spec) throws InvalidSettingsException {
        final String name = stratify.getStringValue();
        if (name == null || name.isEmpty()) {
            return null;
        }
        if (!spec.containsName(name)) {
            throw new InvalidSettingsException("Stratification column '" + name + "' is not in the input table.");
        }
        return name;
    }
}
