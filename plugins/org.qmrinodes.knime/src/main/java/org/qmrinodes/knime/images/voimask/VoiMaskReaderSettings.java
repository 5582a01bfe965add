package org.qmrinodes.knime.images.voimask;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.knime.settings.IdentifierSettings;
import org.qmrinodes.knime.settings.NodeSettingsDeclaration;
import org.qmrinodes.knime.cells.VolumeValue;

/** Settings of the VOI Mask Reader node. */
final class VoiMaskReaderSettings extends NodeSettingsDeclaration {

    private final SettingsModelString pathColumn;
    private final SettingsModelIntegerBounded label;
    private final SettingsModelString maskKeyColumn;
    private final SettingsModelString imageKeyColumn;
    private final SettingsModelString volumeColumn;
    private final IdentifierSettings identifiers;
    private final SettingsModelString patientColumn;
    private final SettingsModelString seriesColumn;
    private final SettingsModelBoolean keepColumns;

    @SuppressWarnings("unchecked")
    VoiMaskReaderSettings() {
        pathColumn = column("path_column", "Mask file column", 0, StringValue.class);
        label = integer("label", "Label (0: all labels)", 0, 0, 65535, 1);
        group("Matching to images (second input)");
        maskKeyColumn = column("mask_key_column", "Match column of the masks", 0, StringValue.class);
        imageKeyColumn = column("image_key_column", "Match column of the images", 1, StringValue.class);
        volumeColumn = column("volume_column", "Volume column", 1, VolumeValue.class);
        identifiers = IdentifierSettings.declare(this);
        patientColumn = defaultWhenAbsent(optionalColumn("patient_id_column", "Patient ID column", 0, StringValue.class));
        seriesColumn = defaultWhenAbsent(optionalColumn("series_uid_column", "Series UID column", 0, StringValue.class));
        keepColumns = defaultWhenAbsent(flag("keep_columns",
            "Keep the mask table's columns and, with images, append the image", false));
    }

    /** @return whether the output starts with the mask table's columns and, with images, the matched volume */
    boolean keepColumns() {
        return keepColumns.getBooleanValue();
    }

    /** @return the identifier settings */
    IdentifierSettings identifiers() {
        return identifiers;
    }

    /**
     * @param spec the input spec
     * @return the column of Patient IDs written to the output as {@code patient_id}, null for none
     * @throws InvalidSettingsException when the chosen column is not a string column of the input
     */
    String patientColumn(final DataTableSpec spec) throws InvalidSettingsException {
        return optional(patientColumn, spec, "Patient ID column", "the Patient ID of each mask");
    }

    /** @return the column of Series Instance UIDs written as {@code series_uid}, null for none */
    String seriesColumn(final DataTableSpec spec) throws InvalidSettingsException {
        return optional(seriesColumn, spec, "Series UID column", "the Series Instance UID of each mask");
    }

    private static String optional(final SettingsModelString model, final DataTableSpec spec, final String option,
        final String holding) throws InvalidSettingsException {
        final String name = model.getStringValue();
        return name == null || name.isEmpty() ? null : chosen(model, spec, StringValue.class, option, holding);
    }

    /**
     * @param spec the input spec
     * @return the column holding the mask file paths
     * @throws InvalidSettingsException when none is chosen or it is not a string column
     */
    String pathColumn(final DataTableSpec spec) throws InvalidSettingsException {
        return chosen(pathColumn, spec, StringValue.class, "Mask file column", "the mask file paths");
    }

    /** @return the column of the mask table holding the key (patient or series) to match images by */
    String maskKeyColumn(final DataTableSpec spec) throws InvalidSettingsException {
        return chosen(maskKeyColumn, spec, StringValue.class, "Match column of the masks",
            "the patient or series of each mask");
    }

    /** @return the column of the image table holding the same key */
    String imageKeyColumn(final DataTableSpec spec) throws InvalidSettingsException {
        return chosen(imageKeyColumn, spec, StringValue.class, "Match column of the images",
            "the patient or series of each image");
    }

    /** @return the volume column of the image table */
    String volumeColumn(final DataTableSpec spec) throws InvalidSettingsException {
        return chosen(volumeColumn, spec, VolumeValue.class, "Volume column", "the images");
    }

    private static String chosen(final SettingsModelString model, final DataTableSpec spec,
        final Class<? extends DataValue> type, final String option, final String holding)
        throws InvalidSettingsException {
        final String name = model.getStringValue();
        if (name == null || name.isEmpty()) {
            throw new InvalidSettingsException("Choose the column with " + holding + " ('" + option + "').");
        }
        final DataColumnSpec c = spec.getColumnSpec(name);
        if (c == null || !c.getType().isCompatible(type)) {
            throw new InvalidSettingsException(
                option + " '" + name + "' is not a " + (type == StringValue.class ? "string" : "volume")
                    + " column of the input.");
        }
        return name;
    }

    int label() {
        return label.getIntValue();
    }
}
