package org.qmrinodes.knime.images.dicomreader;

import java.nio.file.Files;
import java.nio.file.Path;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.dicom.SeriesFilter;
import org.qmrinodes.knime.settings.IdentifierSettings;
import org.qmrinodes.knime.settings.NodeSettingsDeclaration;
import org.qmrinodes.knime.settings.SettingPaths;

/** Settings of the DICOM Series Reader node. */
final class DicomSeriesReaderSettings extends NodeSettingsDeclaration {

    private final SettingsModelString folder;
    private final SettingsModelBoolean fileList;
    private final SettingsModelBoolean loadVolumes;
    private final IdentifierSettings identifiers;

    private final SettingsModelString modality;
    private final SettingsModelString description;
    private final SettingsModelString kinds;

    DicomSeriesReaderSettings() {
        folder = text("folder", "DICOM folder", "");
        fileList = flag("file_list", "Append the file list", true);
        loadVolumes = flag("load_volumes", "Load volumes", true);
        identifiers = IdentifierSettings.declare(this);
        group("Series filter");
        modality = defaultWhenAbsent(text("modality", "Modality (empty: all)", ""));
        description = defaultWhenAbsent(text("description_pattern",
            "Series description pattern (regular expression; empty: all)", ""));
        kinds = defaultWhenAbsent(text("protocol_kinds",
            "Protocol kinds (comma-separated: dwi, multi-echo, ir, vfa, dce, map, other; empty: all)", ""));
    }

    /**
     * @return the series filter
     * @throws InvalidSettingsException naming the setting whose pattern or kind is not valid
     */
    SeriesFilter seriesFilter() throws InvalidSettingsException {
        try {
            return SeriesFilter.of(modality.getStringValue(), description.getStringValue(), kinds.getStringValue());
        } catch (final InvalidDataException e) {
            throw new InvalidSettingsException("Series filter: " + e.getMessage() + ".", e);
        }
    }

    /**
     * @return the folder
     * @throws InvalidSettingsException when none is set
     */
    Path folder() throws InvalidSettingsException {
        final Path p = SettingPaths.path("DICOM folder", folder.getStringValue());
        if (p == null) {
            throw new InvalidSettingsException(
                "Set the DICOM folder (a path or a URL such as knime://knime.workflow/../data, or a flow variable"
                    + " holding one).");
        }
        return p;
    }

    /**
     * @return the folder, checked to exist
     * @throws InvalidSettingsException when it is not set or not a folder
     */
    Path existingFolder() throws InvalidSettingsException {
        final Path p = folder();
        if (!Files.isDirectory(p)) {
            throw new InvalidSettingsException("DICOM folder '" + p + "' does not exist or is not a folder.");
        }
        return p;
    }

    boolean fileList() {
        return fileList.getBooleanValue();
    }

    boolean loadVolumes() {
        return loadVolumes.getBooleanValue();
    }

    /** @return the identifier settings; paths are written relative to the DICOM folder */
    IdentifierSettings identifiers() {
        return identifiers;
    }
}
