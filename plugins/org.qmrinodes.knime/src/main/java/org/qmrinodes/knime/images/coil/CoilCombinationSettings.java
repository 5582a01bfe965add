package org.qmrinodes.knime.images.coil;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.knime.settings.NodeSettingsDeclaration;
import org.qmrinodes.knime.cells.VolumeValue;

/** Settings of the Coil Combination node. */
final class CoilCombinationSettings extends NodeSettingsDeclaration {

    private final SettingsModelString volume;
    private final SettingsModelString group;
    private final SettingsModelString output;

    CoilCombinationSettings() {
        volume = column("volume_column", "Channel volume column", 0, VolumeValue.class);
        group = column("group_column", "Group column (one group per combined series)", 0, StringValue.class,
            IntValue.class, LongValue.class);
        output = text("output_column", "Output column name", "combined");
    }

    /** @return the channel volume column */
    String volumeColumn(final DataTableSpec spec) throws InvalidSettingsException {
        return chosenColumn(spec, volume, "channel volume", VolumeValue.class);
    }

    /** @return the group column */
    String groupColumn(final DataTableSpec spec) throws InvalidSettingsException {
        return chosenColumn(spec, group, "group", StringValue.class, IntValue.class, LongValue.class);
    }

    /** @return the name of the combined volume column */
    String outputColumn() throws InvalidSettingsException {
        return columnName(output, "combined volume column");
    }
}
