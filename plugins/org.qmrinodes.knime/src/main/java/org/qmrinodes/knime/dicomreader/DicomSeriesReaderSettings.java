package org.qmrinodes.knime.dicomreader;

import java.nio.file.Files;
import java.nio.file.Path;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.qmrinodes.knime.common.IdentifierSettings;
import org.qmrinodes.knime.common.NodeSettingsDeclaration;
import org.qmrinodes.knime.common.SettingPaths;

/** Settings of the DICOM Series Reader node. */
final class DicomSeriesReaderSettings extends NodeSettingsDeclaration {

    private final SettingsModelString folder;
    private final SettingsModelBoolean fileList;
    private final SettingsModelBoolean loadVolumes;
    private final IdentifierSettings identifiers;

    DicomSeriesReaderSettings() {
        folder = text("folder", "DICOM folder", "");
        fileList = flag("file_list", "Append the file list", true);
        loadVolumes = flag("load_volumes", "Load volumes", true);
        identifiers = IdentifierSettings.declare(this);
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
