package org.qmrinodes.knime.dicomreader;

import java.util.List;

import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.dicom.DicomScan;
import org.qmrinodes.core.dicom.DicomSeriesReader;
import org.qmrinodes.core.dicom.DicomTables;
import org.qmrinodes.knime.common.QmriNodeModel;
import org.qmrinodes.knime.common.ResultTables;

/** DICOM Series Reader: one row per series under a folder, and the skipped files. */
final class DicomSeriesReaderNodeModel extends QmriNodeModel<DicomSeriesReaderSettings> {

    DicomSeriesReaderNodeModel() {
        super(new DicomSeriesReaderSettings(), new PortType[0],
            new PortType[] {BufferedDataTable.TYPE, BufferedDataTable.TYPE});
    }

    private static DicomScan empty() {
        return new DicomScan(List.of(), List.of(), List.of());
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        settings.folder();
        return new PortObjectSpec[] {ResultTables.spec(DicomTables.series(empty(), settings.fileList()), "DICOM series"),
            ResultTables.spec(DicomTables.skipped(empty()), "Skipped files")};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        exec.setProgress(0, "Scanning " + settings.folder());
        final DicomScan scan;
        try {
            scan = DicomSeriesReader.withPixelMed().scan(settings.existingFolder());
        } catch (final InvalidDataException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
        exec.checkCanceled();
        if (!scan.warnings().isEmpty()) {
            setWarningMessage(String.join("\n", scan.warnings()));
        }
        return new PortObject[] {ResultTables.toTable(DicomTables.series(scan, settings.fileList()), "DICOM series", exec),
            ResultTables.toTable(DicomTables.skipped(scan), "Skipped files", exec)};
    }
}
