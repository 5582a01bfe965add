package org.qmrinodes.knime.images.snapshot;

import java.nio.file.Files;
import java.nio.file.Path;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.knime.cells.MaskValue;
import org.qmrinodes.knime.settings.NodeSettingsDeclaration;
import org.qmrinodes.knime.settings.SettingPaths;
import org.qmrinodes.knime.cells.VolumeValue;

/** Settings of the Volume Snapshot node. */
final class VolumeSnapshotSettings extends NodeSettingsDeclaration {

    /** Slice: the mask's largest cross-section (the middle slice without a mask). */
    static final String LESION = "lesion slice";
    /** Slice: the middle slice. */
    static final String MIDDLE = "middle slice";
    /** Slice: the given slice number. */
    static final String NUMBER = "slice number";

    private final SettingsModelString image;
    private final SettingsModelString mask;
    private final SettingsModelIntegerBounded label;
    private final SettingsModelIntegerBounded volume;
    private final SettingsModelString slice;
    private final SettingsModelIntegerBounded sliceNumber;
    private final SettingsModelIntegerBounded width;
    private final SettingsModelString folder;

    VolumeSnapshotSettings() {
        group("Image and mask");
        image = column("image_column", "Image column", 0, VolumeValue.class);
        mask = optionalColumn("mask_column", "Mask column (optional)", 0, MaskValue.class);
        label = integer("label", "Label (0: all labels)", 0, 0, 65535, 1);
        volume = integer("volume", "Volume (1: the first)", 1, 1, 100_000, 1);
        group("Picture");
        slice = choice("slice", "Slice", LESION, LESION, MIDDLE, NUMBER);
        sliceNumber = integer("slice_number", "Slice number (1: the first)", 1, 1, 100_000, 1);
        width = integer("width", "Width (pixels)", 512, 64, 4096, 64);
        folder = text("folder", "PNG folder (empty: none)", "");
    }

    /** @return the image column */
    String imageColumn(final DataTableSpec spec) throws InvalidSettingsException {
        return chosenColumn(spec, image, "image", VolumeValue.class);
    }

    /** @return the mask column, or null for none */
    String maskColumn(final DataTableSpec spec) throws InvalidSettingsException {
        return chosenOptionalColumn(spec, mask, "mask", MaskValue.class);
    }

    /** @return the mask label to outline, 0 for every label */
    int label() {
        return label.getIntValue();
    }

    /** @return the 0-based volume to draw */
    int volume() {
        return volume.getIntValue() - 1;
    }

    /** @return {@link #LESION}, {@link #MIDDLE} or {@link #NUMBER} */
    String slice() {
        return slice.getStringValue();
    }

    /** @return the 0-based slice for {@link #NUMBER} */
    int sliceNumber() {
        return sliceNumber.getIntValue() - 1;
    }

    /** @return the picture's width in pixels */
    int width() {
        return width.getIntValue();
    }

    /** @return the folder to write one PNG per row into, or null for none */
    Path folder() throws InvalidSettingsException {
        final Path p = SettingPaths.path("PNG folder", folder.getStringValue());
        if (p != null && !Files.isDirectory(p)) {
            throw new InvalidSettingsException("PNG folder '" + p + "' does not exist.");
        }
        return p;
    }
}
