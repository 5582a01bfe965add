package org.qmrinodes.knime.images.tic;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.knime.cells.MaskValue;
import org.qmrinodes.knime.settings.NodeSettingsDeclaration;
import org.qmrinodes.knime.cells.VolumeValue;

/** Settings of the Time-Intensity Curve node; defaults as {@code qmri tic}. */
final class TimeIntensityCurveSettings extends NodeSettingsDeclaration {

    private final SettingsModelString volume;
    private final SettingsModelString mask;
    private final SettingsModelIntegerBounded label;
    private final SettingsModelString phaseTimes;
    private final SettingsModelDoubleBounded firstPhaseDelay;
    private final SettingsModelDoubleBounded earlyEnd;
    private final SettingsModelDoubleBounded band;

    TimeIntensityCurveSettings() {
        group("Series and ROI");
        volume = column("volume_column", "DCE series column", 0, VolumeValue.class);
        mask = column("mask_column", "ROI mask column", 0, MaskValue.class);
        label = integer("label", "Label (0: all labels)", 0, 0, 65535, 1);
        phaseTimes = text("phase_times", "Phase times after injection (s, comma-separated; empty: from the files)", "");
        firstPhaseDelay = defaultWhenAbsent(number("first_phase_delay",
            "Injection to first post-contrast phase (s), when the files give no injection time", 0, 0, 10_000, 5));
        group("Classification");
        earlyEnd = number("early_end", "End of the early phase (s after injection)", 120, 1, 100_000, 10);
        band = number("band", "Plateau band (fraction of the early peak)", 0.10, 0, 0.99, 0.01);
    }

    /** @return the DCE series column */
    String volumeColumn(final DataTableSpec spec) throws InvalidSettingsException {
        return chosenColumn(spec, volume, "DCE series", VolumeValue.class);
    }

    /** @return the ROI mask column */
    String maskColumn(final DataTableSpec spec) throws InvalidSettingsException {
        return chosenColumn(spec, mask, "ROI mask", MaskValue.class);
    }

    /** @return the mask label, 0 for every non-zero label */
    int label() {
        return label.getIntValue();
    }

    /** @return the time of every phase after injection, or empty to read them from each series' files */
    double[] phaseTimes() throws InvalidSettingsException {
        final double[] t = numbers(phaseTimes, "Phase times after injection (s, comma-separated)");
        if (t.length > 0 && t.length < 3) {
            throw new InvalidSettingsException("Give the time after injection of every phase (at least 3, the "
                + "pre-contrast phase at 0 or below), e.g. -60, 60, 120, 180, 240, 300.");
        }
        return t;
    }

    /** @return seconds from injection to the first post-contrast phase, for files without an injection time */
    double firstPhaseDelay() {
        return firstPhaseDelay.getDoubleValue();
    }

    /** @return the end of the early phase in seconds */
    double earlyEnd() {
        return earlyEnd.getDoubleValue();
    }

    /** @return the half-width of the plateau band as a fraction */
    double band() {
        return band.getDoubleValue();
    }
}
