package org.qmrinodes.knime.utilities.privacy;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.StringValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.knime.settings.NodeSettingsDeclaration;

/** Settings of the Privacy Check node. */
final class PrivacyCheckSettings extends NodeSettingsDeclaration {

    private final SettingsModelString knownIds;
    private final SettingsModelBoolean fail;

    @SuppressWarnings("unchecked")
    PrivacyCheckSettings() {
        knownIds = column("known_id_column", "Patient ID column (second input)", 1, StringValue.class);
        fail = flag("fail_on_findings", "Fail on findings", false);
    }

    /**
     * @param spec the spec of the second input
     * @return its column of known Patient IDs
     * @throws InvalidSettingsException when none is chosen or it is not a string column there
     */
    String knownIdColumn(final DataTableSpec spec) throws InvalidSettingsException {
        final String name = knownIds.getStringValue();
        if (name == null || name.isEmpty()) {
            throw new InvalidSettingsException(
                "Choose the column of known Patient IDs of the second input ('Patient ID column (second input)').");
        }
        final DataColumnSpec c = spec.getColumnSpec(name);
        if (c == null || !c.getType().isCompatible(StringValue.class)) {
            throw new InvalidSettingsException(
                "Patient ID column (second input) '" + name + "' is not a string column of the second input.");
        }
        return name;
    }

    boolean failOnFindings() {
        return fail.getBooleanValue();
    }
}
