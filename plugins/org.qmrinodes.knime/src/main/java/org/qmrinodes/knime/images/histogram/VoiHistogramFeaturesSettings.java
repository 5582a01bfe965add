package org.qmrinodes.knime.images.histogram;

import java.util.List;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.core.features.Discretisation;
import org.qmrinodes.knime.cells.MaskValue;
import org.qmrinodes.knime.settings.NodeSettingsDeclaration;
import org.qmrinodes.knime.cells.VolumeValue;

/** Settings of the VOI Histogram Features node. */
final class VoiHistogramFeaturesSettings extends NodeSettingsDeclaration {

    /** Bin count by default, as {@code qmri histogram}. */
    static final int DEFAULT_BINS = 64;

    private final SettingsModelColumnFilter2 mapColumns;
    private final SettingsModelString maskColumn;
    private final SettingsModelString validColumn;
    private final SettingsModelIntegerBounded label;
    private final SettingsModelString discretisation;
    private final SettingsModelIntegerBounded bins;
    private final SettingsModelDoubleBounded binWidth;

    @SuppressWarnings("unchecked")
    VoiHistogramFeaturesSettings() {
        mapColumns = columns("map_columns", "Map columns", 0, VolumeValue.class);
        maskColumn = column("mask_column", "Mask column", 0, MaskValue.class);
        validColumn = column("valid_column", "Fit-ok column (optional)", 0, VolumeValue.class);
        label = integer("label", "Label (0: all labels)", 0, 0, 65535, 1);
        group("Discretisation");
        discretisation = choice("discretisation", "Discretisation", "bin count", "bin count", "bin width");
        bins = integer("bins", "Bins", DEFAULT_BINS, 1, Discretisation.MAX_BINS, 1);
        binWidth = number("bin_width", "Bin width", 1, Double.MIN_VALUE, Double.MAX_VALUE, 0.1);
    }

    /** @return the included map columns, in table order */
    List<String> mapColumns(final DataTableSpec spec) throws InvalidSettingsException {
        final List<String> names = List.of(mapColumns.applyTo(spec).getIncludes());
        if (names.isEmpty()) {
            throw new InvalidSettingsException("Include at least one map column ('Map columns').");
        }
        for (final String n : names) {
            check(spec, n, VolumeValue.class, "Map column");
        }
        return names;
    }

    String maskColumn(final DataTableSpec spec) throws InvalidSettingsException {
        final String name = maskColumn.getStringValue();
        if (name == null || name.isEmpty()) {
            throw new InvalidSettingsException("Choose the column with the VOI masks ('Mask column').");
        }
        return check(spec, name, MaskValue.class, "Mask column");
    }

    /** @return the fit-ok column, or null for none */
    String validColumn(final DataTableSpec spec) throws InvalidSettingsException {
        final String name = validColumn.getStringValue();
        return name == null || name.isEmpty() ? null : check(spec, name, VolumeValue.class, "Fit-ok column");
    }

    private static String check(final DataTableSpec spec, final String name, final Class<? extends DataValue> type,
        final String option) throws InvalidSettingsException {
        final DataColumnSpec c = spec.getColumnSpec(name);
        if (c == null || !c.getType().isCompatible(type)) {
            throw new InvalidSettingsException(option + " '" + name + "' is not a "
                + (type == MaskValue.class ? "mask" : "volume") + " column of the input.");
        }
        return name;
    }

    int label() {
        return label.getIntValue();
    }

    /** @return the binning; a bin width starts at the VOI minimum */
    Discretisation discretisation() {
        return discretisation.getStringValue().equals("bin width")
            ? Discretisation.fixedBinWidth(binWidth.getDoubleValue(), Double.NaN)
            : Discretisation.fixedBinCount(bins.getIntValue());
    }
}
