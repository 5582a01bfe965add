package org.qmrinodes.knime.images.mapmath;

import java.util.Map;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.core.image.MapArithmetic;
import org.qmrinodes.knime.cells.MaskValue;
import org.qmrinodes.knime.settings.NodeSettingsDeclaration;
import org.qmrinodes.knime.cells.VolumeValue;

/** Settings of the Map Arithmetic node; the operation names are those of {@code qmri map-math}. */
final class MapArithmeticSettings extends NodeSettingsDeclaration {

    private static final Map<String, MapArithmetic.Operation> OPERATIONS = Map.of(
        "difference", MapArithmetic.Operation.DIFFERENCE,
        "reduction-relative-to-pre", MapArithmetic.Operation.REDUCTION_RELATIVE_TO_PRE,
        "change-relative-to-pre", MapArithmetic.Operation.CHANGE_RELATIVE_TO_PRE,
        "subtraction", MapArithmetic.Operation.SUBTRACTION);

    private final SettingsModelString pre;
    private final SettingsModelString post;
    private final SettingsModelString mask;
    private final SettingsModelIntegerBounded label;
    private final SettingsModelString operation;
    private final SettingsModelBoolean percent;
    private final SettingsModelString output;

    MapArithmeticSettings() {
        group("Maps");
        pre = column("pre_column", "Pre-contrast map column", 0, VolumeValue.class);
        post = column("post_column", "Post-contrast map column", 0, VolumeValue.class);
        mask = optionalColumn("mask_column", "Mask column (optional)", 0, MaskValue.class);
        label = integer("label", "Label (0: all labels)", 0, 0, 65535, 1);
        group("Operation");
        operation = choice("operation", "Operation", "difference", "difference", "reduction-relative-to-pre",
            "change-relative-to-pre", "subtraction");
        percent = flag("percent", "Relative values in percent (x 100)", false);
        output = text("output_column", "Output column name", "derived_map");
    }

    /** @return the pre-contrast map column */
    String preColumn(final DataTableSpec spec) throws InvalidSettingsException {
        return chosenColumn(spec, pre, "pre-contrast map", VolumeValue.class);
    }

    /** @return the post-contrast map column */
    String postColumn(final DataTableSpec spec) throws InvalidSettingsException {
        final String name = chosenColumn(spec, post, "post-contrast map", VolumeValue.class);
        if (name.equals(pre.getStringValue())) {
            throw new InvalidSettingsException("The pre- and post-contrast map columns are the same ('" + name + "').");
        }
        return name;
    }

    /** @return the mask column, or null to compute every voxel */
    String maskColumn(final DataTableSpec spec) throws InvalidSettingsException {
        return chosenOptionalColumn(spec, mask, "mask", MaskValue.class);
    }

    /** @return the mask label, 0 for every non-zero label */
    int label() {
        return label.getIntValue();
    }

    /** @return the operation */
    MapArithmetic.Operation operation() {
        return OPERATIONS.get(operation.getStringValue());
    }

    /** @return the factor of relative values: 100 for percent, else 1 */
    double relativeScale() {
        final MapArithmetic.Operation o = operation();
        final boolean relative = o == MapArithmetic.Operation.REDUCTION_RELATIVE_TO_PRE
            || o == MapArithmetic.Operation.CHANGE_RELATIVE_TO_PRE;
        return relative && percent.getBooleanValue() ? 100 : 1;
    }

    /** @return the name of the derived map column */
    String outputColumn() throws InvalidSettingsException {
        return columnName(output, "derived map column");
    }
}
