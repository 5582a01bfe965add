package org.qmrinodes.knime.images.radiomics;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.core.features.radiomics.PyRadiomicsParameters;
import org.qmrinodes.core.features.radiomics.RadiomicsPresets;
import org.qmrinodes.core.features.radiomics.RadiomicsSettings;
import org.qmrinodes.knime.cells.MaskValue;
import org.qmrinodes.knime.settings.NodeSettingsDeclaration;
import org.qmrinodes.knime.settings.SettingPaths;
import org.qmrinodes.knime.cells.VolumeValue;

/**
 * Settings of the Radiomics Features node: the image and mask columns, the label, where the
 * extraction settings come from (PyRadiomics' defaults, a named preset or a PyRadiomics parameter
 * file) and a bin width overriding theirs.
 */
final class RadiomicsFeaturesSettings extends NodeSettingsDeclaration {

    /** Configuration: PyRadiomics' defaults. */
    static final String DEFAULTS = "PyRadiomics defaults";
    /** Configuration: the parameter file. */
    static final String PARAMETER_FILE = "PyRadiomics parameter file";

    private final SettingsModelString imageColumn;
    private final SettingsModelString maskColumn;
    private final SettingsModelIntegerBounded label;
    private final SettingsModelString configuration;
    private final SettingsModelString parameterFile;
    private final SettingsModelDoubleBounded binWidth;
    private final SettingsModelBoolean ibsi;

    RadiomicsFeaturesSettings() {
        imageColumn = column("image_column", "Image column", 0, VolumeValue.class);
        maskColumn = column("mask_column", "Mask column", 0, MaskValue.class);
        label = integer("label", "Label (0: the configuration's)", 0, 0, 65535, 1);
        group("Extraction settings");
        configuration = choice("configuration", "Configuration", DEFAULTS, configurations());
        parameterFile = text("parameter_file", "Parameter file (YAML)", "");
        binWidth = number("bin_width", "Bin width (0: the configuration's)", 0, 0, Double.MAX_VALUE, 1);
        ibsi = flag("ibsi_conventions", "IBSI conventions and feature tags (Original and LoG images)", false);
    }

    /** @return whether the features follow IBSI 1's conventions and carry IBSI's tags */
    boolean ibsi() {
        return ibsi.getBooleanValue();
    }

    private static String[] configurations() {
        final List<String> names = new ArrayList<>(List.of(DEFAULTS));
        names.addAll(RadiomicsPresets.all().keySet());
        names.add(PARAMETER_FILE);
        return names.toArray(String[]::new);
    }

    String imageColumn(final DataTableSpec spec) throws InvalidSettingsException {
        return check(spec, imageColumn.getStringValue(), VolumeValue.class, "Image column");
    }

    String maskColumn(final DataTableSpec spec) throws InvalidSettingsException {
        return check(spec, maskColumn.getStringValue(), MaskValue.class, "Mask column");
    }

    private static String check(final DataTableSpec spec, final String name, final Class<? extends DataValue> type,
        final String option) throws InvalidSettingsException {
        if (name == null || name.isEmpty()) {
            throw new InvalidSettingsException("Choose the " + option.toLowerCase(java.util.Locale.ROOT) + ".");
        }
        final DataColumnSpec c = spec.getColumnSpec(name);
        if (c == null || !c.getType().isCompatible(type)) {
            throw new InvalidSettingsException(option + " '" + name + "' is not a "
                + (type == MaskValue.class ? "mask" : "volume") + " column of the input.");
        }
        return name;
    }

    /**
     * @return the extraction settings: the configuration's, with the label and bin width of the
     *         dialog where they are set
     * @throws InvalidSettingsException naming the file or preset when they cannot be read or are refused
     */
    RadiomicsSettings radiomics() throws InvalidSettingsException {
        final String chosen = configuration.getStringValue();
        final RadiomicsSettings base;
        try {
            if (DEFAULTS.equals(chosen)) {
                base = RadiomicsSettings.defaults();
            } else if (PARAMETER_FILE.equals(chosen)) {
                base = PyRadiomicsParameters.read(parameterFile());
            } else {
                base = RadiomicsPresets.named(chosen);
            }
            final boolean widthGiven = binWidth.getDoubleValue() > 0;
            final java.util.Map<String, Object> other = new java.util.LinkedHashMap<>(base.otherSettings());
            if (widthGiven) {
                other.remove("binCount");
            }
            final RadiomicsSettings chosenSettings = new RadiomicsSettings(widthGiven ? binWidth.getDoubleValue()
                : base.binWidth(), base.voxelArrayShift(), label.getIntValue() > 0 ? label.getIntValue() : base.label(),
                base.enabledFeatures(), base.gldmA(), base.force2D(), base.force2Ddimension(), base.imageTypes(),
                other);
            return ibsi() ? chosenSettings.withIbsiConventions() : chosenSettings;
        } catch (final UncheckedIOException | IllegalArgumentException e) {
            throw new InvalidSettingsException(source() + ": " + e.getMessage(), e);
        }
    }

    /** @return the configuration as messages name it: the preset or the parameter file */
    String source() {
        return PARAMETER_FILE.equals(configuration.getStringValue()) ? "Parameter file '" + parameterFile.getStringValue() + "'"
            : "Configuration '" + configuration.getStringValue() + "'";
    }

    private Path parameterFile() throws InvalidSettingsException {
        final Path file = SettingPaths.path("Parameter file", parameterFile.getStringValue());
        if (file == null) {
            throw new InvalidSettingsException("Give the PyRadiomics parameter file ('Parameter file (YAML)').");
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidSettingsException("Parameter file '" + file + "' does not exist.");
        }
        return file;
    }
}
