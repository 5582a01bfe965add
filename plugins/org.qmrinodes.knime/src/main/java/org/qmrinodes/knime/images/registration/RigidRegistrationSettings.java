package org.qmrinodes.knime.images.registration;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.core.image.Resampling;
import org.qmrinodes.core.image.registration.RigidRegistration;
import org.qmrinodes.knime.settings.NodeSettingsDeclaration;
import org.qmrinodes.knime.cells.VolumeValue;

/**
 * Settings of the Rigid Registration node: the fixed and moving volume columns (the moving one in the
 * same row of the first input, or of the second input when it is connected) and core's
 * {@link RigidRegistration.Settings}, with its defaults.
 */
final class RigidRegistrationSettings extends NodeSettingsDeclaration {

    /** Metric: Mattes mutual information. */
    static final String MATTES = "Mattes mutual information";
    /** Metric: normalised correlation. */
    static final String CORRELATION = "correlation";
    /** Interpolation: trilinear. */
    static final String LINEAR = "linear";
    /** Interpolation: nearest neighbour. */
    static final String NEAREST = "nearest";

    private final SettingsModelString fixedColumn;
    private final SettingsModelString movingColumn;
    private final SettingsModelString secondMovingColumn;
    private final SettingsModelString metric;
    private final SettingsModelIntegerBounded levels;
    private final SettingsModelIntegerBounded bins;
    private final SettingsModelIntegerBounded samples;
    private final SettingsModelIntegerBounded seed;
    private final SettingsModelString interpolation;

    RigidRegistrationSettings() {
        final RigidRegistration.Settings d = RigidRegistration.Settings.defaults();
        group("Volumes");
        fixedColumn = column("fixed_column", "Fixed column", 0, VolumeValue.class);
        movingColumn = optionalColumn("moving_column", "Moving column (first input)", 0, VolumeValue.class);
        secondMovingColumn = optionalColumn("second_moving_column", "Moving column (second input)", 1, VolumeValue.class);
        group("Registration");
        metric = choice("metric", "Metric", d.metric() == RigidRegistration.Metric.CORRELATION ? CORRELATION : MATTES,
            MATTES, CORRELATION);
        levels = integer("levels", "Resolution levels", d.levels(), 1, 6, 1);
        bins = integer("bins", "Histogram bins (Mattes)", d.histogramBins(), 8, 1000, 1);
        samples = integer("samples", "Samples per level", d.maxSamples(), 1000, 100_000_000, 1000);
        seed = integer("seed", "Random seed of the samples", (int)d.seed(), Integer.MIN_VALUE, Integer.MAX_VALUE, 1);
        interpolation = choice("interpolation", "Interpolation of the registered volume",
            d.interpolation() == Resampling.Interpolation.NEAREST ? NEAREST : LINEAR, LINEAR, NEAREST);
    }

    /** @return the fixed volume column of the first input */
    String fixedColumn(final DataTableSpec first) throws InvalidSettingsException {
        return check(first, fixedColumn.getStringValue(), "Fixed column", "first");
    }

    /**
     * @param first the first input
     * @param second the second input, or null when it is not connected
     * @return the moving volume column: of the second input when it is connected, else of the first
     */
    String movingColumn(final DataTableSpec first, final DataTableSpec second) throws InvalidSettingsException {
        return second != null ? check(second, secondMovingColumn.getStringValue(), "Moving column (second input)", "second")
            : check(first, movingColumn.getStringValue(), "Moving column (first input)", "first");
    }

    private static String check(final DataTableSpec spec, final String name, final String option, final String input)
        throws InvalidSettingsException {
        if (name == null || name.isEmpty()) {
            throw new InvalidSettingsException("Choose the '" + option + "'.");
        }
        final DataColumnSpec c = spec.getColumnSpec(name);
        if (c == null || !c.getType().isCompatible(VolumeValue.class)) {
            throw new InvalidSettingsException(option + " '" + name + "' is not a volume column of the " + input + " input.");
        }
        return name;
    }

    /** @return the registration settings */
    RigidRegistration.Settings registration() {
        return new RigidRegistration.Settings(CORRELATION.equals(metric.getStringValue())
            ? RigidRegistration.Metric.CORRELATION : RigidRegistration.Metric.MATTES_MUTUAL_INFORMATION,
            levels.getIntValue(), bins.getIntValue(), samples.getIntValue(), seed.getIntValue(),
            NEAREST.equals(interpolation.getStringValue()) ? Resampling.Interpolation.NEAREST
                : Resampling.Interpolation.TRILINEAR);
    }
}
