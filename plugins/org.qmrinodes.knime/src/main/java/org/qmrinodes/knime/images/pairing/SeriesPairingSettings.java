package org.qmrinodes.knime.images.pairing;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.core.image.Resampling;
import org.qmrinodes.knime.settings.NodeSettingsDeclaration;
import org.qmrinodes.knime.cells.VolumeValue;

/** Settings of the Series Pairing node. */
final class SeriesPairingSettings extends NodeSettingsDeclaration {

    /** Interpolation: trilinear. */
    static final String TRILINEAR = "trilinear";
    /** Interpolation: nearest neighbour. */
    static final String NEAREST = "nearest";
    /** Interpolation: cubic B-spline. */
    static final String BSPLINE = "B-spline";

    private final SettingsModelString firstVolume;
    private final SettingsModelString firstAttribute;
    private final SettingsModelString secondVolume;
    private final SettingsModelString secondAttribute;
    private final SettingsModelString interpolation;
    private final SettingsModelDoubleBounded tolerance;
    private final SettingsModelString output;

    SeriesPairingSettings() {
        group("First input (reference grid)");
        firstVolume = column("first_volume_column", "Volume column (first input)", 0, VolumeValue.class);
        firstAttribute = optionalColumn("first_attribute_column", "Pairing attribute (first input, optional)", 0,
            StringValue.class, IntValue.class, LongValue.class);
        group("Second input (paired onto the first)");
        secondVolume = column("second_volume_column", "Volume column (second input)", 1, VolumeValue.class);
        secondAttribute = optionalColumn("second_attribute_column", "Pairing attribute (second input, optional)", 1,
            StringValue.class, IntValue.class, LongValue.class);
        group("Resampling");
        interpolation = choice("interpolation", "Interpolation", TRILINEAR, TRILINEAR, NEAREST, BSPLINE);
        tolerance = number("tolerance_mm", "Same-grid tolerance (mm)", 0.1, 0, 100, 0.1);
        output = text("output_column", "Output column name", "paired_volume");
    }

    /** @return the first input's volume column */
    String firstVolume(final DataTableSpec spec) throws InvalidSettingsException {
        return chosenColumn(spec, firstVolume, "first input's volume", VolumeValue.class);
    }

    /** @return the second input's volume column */
    String secondVolume(final DataTableSpec spec) throws InvalidSettingsException {
        return chosenColumn(spec, secondVolume, "second input's volume", VolumeValue.class);
    }

    /**
     * @return the pairing attribute columns of the two inputs, or null when series pair by patient and study only
     * @throws InvalidSettingsException when only one input has one
     */
    String[] attributes(final DataTableSpec first, final DataTableSpec second) throws InvalidSettingsException {
        final String a = chosenOptionalColumn(first, firstAttribute, "first input's pairing attribute",
            StringValue.class, IntValue.class, LongValue.class);
        final String b = chosenOptionalColumn(second, secondAttribute, "second input's pairing attribute",
            StringValue.class, IntValue.class, LongValue.class);
        if ((a == null) != (b == null)) {
            throw new InvalidSettingsException("Choose a pairing attribute for both inputs or for neither.");
        }
        return a == null ? null : new String[] {a, b};
    }

    /** @return how a second series is resampled onto its first series' grid */
    String interpolationName() {
        return interpolation.getStringValue();
    }

    /** @return the interpolation of partners on another grid */
    Resampling.Interpolation interpolation() {
        return switch (interpolation.getStringValue()) {
            case NEAREST -> Resampling.Interpolation.NEAREST;
            case BSPLINE -> Resampling.Interpolation.BSPLINE;
            default -> Resampling.Interpolation.TRILINEAR;
        };
    }

    /** @return the largest corner distance of two grids that count as the same */
    double toleranceMm() {
        return tolerance.getDoubleValue();
    }

    /** @return the name of the paired volume column */
    String outputColumn() throws InvalidSettingsException {
        return columnName(output, "paired volume column");
    }
}
