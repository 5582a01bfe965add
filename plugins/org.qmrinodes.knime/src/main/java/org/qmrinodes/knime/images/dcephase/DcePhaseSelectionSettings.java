package org.qmrinodes.knime.images.dcephase;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.knime.settings.NodeSettingsDeclaration;
import org.qmrinodes.knime.cells.VolumeValue;

/** Settings of the DCE Phase Selection node. */
final class DcePhaseSelectionSettings extends NodeSettingsDeclaration {

    /** Selection by phase number. */
    static final String INDEX = "phase number";
    /** Selection by Temporal Position Identifier. */
    static final String TEMPORAL_POSITION = "temporal position";
    /** Selection by time after injection. */
    static final String TIME = "time after injection";

    private final SettingsModelString volume;
    private final SettingsModelString selection;
    private final SettingsModelIntegerBounded phase;
    private final SettingsModelBoolean countPreContrast;
    private final SettingsModelIntegerBounded temporalPosition;
    private final SettingsModelDoubleBounded seconds;
    private final SettingsModelString phaseTimes;
    private final SettingsModelDoubleBounded firstPhaseDelay;
    private final SettingsModelString output;

    DcePhaseSelectionSettings() {
        group("Series");
        volume = column("volume_column", "DCE series column", 0, VolumeValue.class);
        output = text("output_column", "Output column name", "phase");
        group("Phase");
        selection = choice("selection", "Select by", INDEX, INDEX, TEMPORAL_POSITION, TIME);
        phase = integer("phase", "Phase number", 2, 1, 10_000, 1);
        countPreContrast = flag("count_pre_contrast", "Phase 1 is the pre-contrast acquisition", true);
        temporalPosition = integer("temporal_position", "Temporal position", 2, 0, 100_000, 1);
        seconds = number("seconds", "Time after injection (s)", 90, -100_000, 100_000, 10);
        phaseTimes = text("phase_times", "Phase times after injection (s, comma-separated; empty: from the files)", "");
        firstPhaseDelay = defaultWhenAbsent(number("first_phase_delay",
            "Injection to first post-contrast phase (s), when the files give no injection time", 0, 0, 10_000, 5));
    }

    /** @return the DCE series column */
    String volumeColumn(final DataTableSpec spec) throws InvalidSettingsException {
        return chosenColumn(spec, volume, "DCE series", VolumeValue.class);
    }

    /** @return the name of the selected phase's column */
    String outputColumn() throws InvalidSettingsException {
        return columnName(output, "selected phase's column");
    }

    /** @return {@link #INDEX}, {@link #TEMPORAL_POSITION} or {@link #TIME} */
    String selection() {
        return selection.getStringValue();
    }

    /** @return the 1-based phase number */
    int phase() {
        return phase.getIntValue();
    }

    /** @return whether phase 1 is the pre-contrast acquisition */
    boolean countPreContrast() {
        return countPreContrast.getBooleanValue();
    }

    /** @return the Temporal Position Identifier */
    int temporalPosition() {
        return temporalPosition.getIntValue();
    }

    /** @return the wanted time after injection */
    double seconds() {
        return seconds.getDoubleValue();
    }

    /**
     * @return the phase times given in the dialog; empty when they are to be read from each series'
     *         acquisition times
     * @throws InvalidSettingsException when they are not numbers
     */
    double[] phaseTimes() throws InvalidSettingsException {
        return numbers(phaseTimes, "Phase times after injection (s, comma-separated)");
    }

    /** @return seconds from injection to the first post-contrast phase, for files without an injection time */
    double firstPhaseDelay() {
        return firstPhaseDelay.getDoubleValue();
    }

    /** @return the selection in words, written into every row */
    String rule() throws InvalidSettingsException {
        return switch (selection()) {
            case TEMPORAL_POSITION -> "temporal position " + temporalPosition();
            case TIME -> "phase nearest to " + format(seconds()) + " s after injection ("
                + (phaseTimes().length == 0 ? "phase times from the files' acquisition times"
                    : "phase times " + String.join(", ", java.util.Arrays.stream(phaseTimes())
                        .mapToObj(DcePhaseSelectionSettings::format).toList()) + " s") + ")";
            default -> "phase " + phase() + (countPreContrast() ? " counting the pre-contrast phase"
                : " after contrast (the pre-contrast phase not counted)");
        };
    }

    static String format(final double v) {
        return v == Math.rint(v) ? Long.toString((long)v) : Double.toString(v);
    }
}
