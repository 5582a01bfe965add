package org.qmrinodes.knime.images.masktransfer;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.knime.cells.MaskValue;
import org.qmrinodes.knime.settings.NodeSettingsDeclaration;
import org.qmrinodes.knime.cells.VolumeValue;

/** Settings of the Mask Transfer node. */
final class MaskTransferSettings extends NodeSettingsDeclaration {

    /** ROI: the 3D VOI as it is. */
    static final String VOLUME = "3D VOI";
    /** ROI: the slice with the largest cross-section. */
    static final String LARGEST = "largest cross-section";
    /** ROI: one output row per slice of the VOI. */
    static final String PER_SLICE = "every slice";

    private final SettingsModelString mask;
    private final SettingsModelString target;
    private final SettingsModelIntegerBounded label;
    private final SettingsModelString roi;
    private final SettingsModelString output;

    MaskTransferSettings() {
        mask = column("mask_column", "Mask column", 0, MaskValue.class);
        target = column("target_column", "Target volume column", 0, VolumeValue.class);
        label = integer("label", "Label (0: all labels)", 0, 0, 65535, 1);
        roi = choice("roi", "ROI", VOLUME, VOLUME, LARGEST, PER_SLICE);
        output = text("output_column", "Output column name", "transferred_mask");
    }

    /** @return the mask column */
    String maskColumn(final DataTableSpec spec) throws InvalidSettingsException {
        return chosenColumn(spec, mask, "mask", MaskValue.class);
    }

    /** @return the target volume column */
    String targetColumn(final DataTableSpec spec) throws InvalidSettingsException {
        return chosenColumn(spec, target, "target volume", VolumeValue.class);
    }

    /** @return the mask label, 0 for every non-zero label */
    int label() {
        return label.getIntValue();
    }

    /** @return {@link #VOLUME}, {@link #LARGEST} or {@link #PER_SLICE} */
    String roi() {
        return roi.getStringValue();
    }

    /** @return the name of the transferred mask column */
    String outputColumn() throws InvalidSettingsException {
        return columnName(output, "transferred mask column");
    }
}
