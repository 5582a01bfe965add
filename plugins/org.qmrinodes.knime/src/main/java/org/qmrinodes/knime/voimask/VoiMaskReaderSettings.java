package org.qmrinodes.knime.voimask;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.StringValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.knime.common.NodeSettingsDeclaration;

/** Settings of the VOI Mask Reader node. */
final class VoiMaskReaderSettings extends NodeSettingsDeclaration {

    private final SettingsModelString pathColumn;
    private final SettingsModelIntegerBounded label;

    @SuppressWarnings("unchecked")
    VoiMaskReaderSettings() {
        pathColumn = column("path_column", "Mask file column", 0, StringValue.class);
        label = integer("label", "Label (0: all labels)", 0, 0, 65535, 1);
    }

    /**
     * @param spec the input spec
     * @return the column holding the mask file paths
     * @throws InvalidSettingsException when none is chosen or it is not a string column
     */
    String pathColumn(final DataTableSpec spec) throws InvalidSettingsException {
        final String name = pathColumn.getStringValue();
        if (name == null || name.isEmpty()) {
            throw new InvalidSettingsException("Choose the column with the mask file paths.");
        }
        final DataColumnSpec c = spec.getColumnSpec(name);
        if (c == null || !c.getType().isCompatible(StringValue.class)) {
            throw new InvalidSettingsException("Mask file column '" + name + "' is not a string column of the input.");
        }
        return name;
    }

    int label() {
        return label.getIntValue();
    }
}
