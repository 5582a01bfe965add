package org.qmrinodes.knime.modelling.zscore;

import java.util.Arrays;
import java.util.List;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.knime.settings.NodeSettingsDeclaration;

/** Settings of the Z-score Normaliser (Learner) node. */
final class ZScoreLearnerSettings extends NodeSettingsDeclaration {

    private final SettingsModelColumnFilter2 columns;
    private final SettingsModelString suffix;

    @SuppressWarnings("unchecked")
    ZScoreLearnerSettings() {
        columns = columns("columns", "Columns to normalise", 0, DoubleValue.class);
        suffix = text("suffix", "Suffix of the z-score columns (empty: replace the columns)", "");
    }

    /**
     * @param spec the training table's spec
     * @return the chosen numeric columns
     * @throws InvalidSettingsException if none is chosen
     */
    List<String> columns(final DataTableSpec spec) throws InvalidSettingsException {
        final List<String> names = Arrays.asList(columns.applyTo(spec).getIncludes());
        if (names.isEmpty()) {
            throw new InvalidSettingsException("Choose at least one numeric column to normalise ('Columns to normalise').");
        }
        return names;
    }

    /** @return the suffix of appended z-score columns, empty to replace the columns */
    String suffix() {
        return suffix.getStringValue() == null ? "" : suffix.getStringValue().trim();
    }
}
