package org.qmrinodes.knime.dicomreader;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.dicom.DicomScan;
import org.qmrinodes.core.dicom.DicomSeries;
import org.qmrinodes.core.dicom.DicomSeriesReader;
import org.qmrinodes.core.dicom.DicomTables;
import org.qmrinodes.knime.common.QmriNodeModel;
import org.qmrinodes.knime.common.ResultTables;
import org.qmrinodes.knime.common.VolumeCell;

/** DICOM Series Reader: one row per series under a folder (optionally with its volume), and the skipped files. */
final class DicomSeriesReaderNodeModel extends QmriNodeModel<DicomSeriesReaderSettings> {

    /** Name of the volume column. */
    static final String VOLUME_COLUMN = "volume";

    /** Share of the progress given to the scan when volumes are loaded. */
    private static final double SCAN_SHARE = 0.2;

    DicomSeriesReaderNodeModel() {
        super(new DicomSeriesReaderSettings(), new PortType[0],
            new PortType[] {BufferedDataTable.TYPE, BufferedDataTable.TYPE});
    }

    private static DicomScan empty() {
        return new DicomScan(List.of(), List.of(), List.of());
    }

    private DataTableSpec seriesSpec(final ResultTable table) {
        return settings.loadVolumes()
            ? ResultTables.spec(table, "DICOM series", new DataColumnSpecCreator(VOLUME_COLUMN, VolumeCell.TYPE).createSpec())
            : ResultTables.spec(table, "DICOM series");
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        settings.folder();
        return new PortObjectSpec[] {seriesSpec(DicomTables.series(empty(), settings.fileList())),
            ResultTables.spec(DicomTables.skipped(empty()), "Skipped files")};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        exec.setProgress(0, "Scanning " + settings.folder());
        final DicomSeriesReader reader = DicomSeriesReader.withPixelMed();
        final DicomScan scan;
        try {
            scan = reader.scan(settings.existingFolder());
        } catch (final InvalidDataException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
        exec.checkCanceled();
        final List<String> warnings = new ArrayList<>(scan.warnings());
        final ResultTable table = DicomTables.series(scan, settings.fileList());
        final BufferedDataTable series = settings.loadVolumes() ? withVolumes(scan, table, reader, exec, warnings)
            : ResultTables.toTable(table, "DICOM series", exec);
        if (!warnings.isEmpty()) {
            setWarningMessage(String.join("\n", warnings));
        }
        return new PortObject[] {series, ResultTables.toTable(DicomTables.skipped(scan), "Skipped files", exec)};
    }

    /**
     * The series table with a volume cell per series, loaded one series at a time (progress per
     * series, cancellation between series). A series that cannot form a volume gets a missing cell;
     * when loading fails, its {@code problem} cell says why.
     */
    private BufferedDataTable withVolumes(final DicomScan scan, final ResultTable table, final DicomSeriesReader reader,
        final ExecutionContext exec, final List<String> warnings) throws CanceledExecutionException {
        final int problem = table.columns().stream().map(ResultTable.Column::name).toList().indexOf("problem");
        final BufferedDataContainer container = exec.createDataContainer(seriesSpec(table));
        final int n = scan.series().size();
        int missing = 0;
        for (int i = 0; i < n; i++) {
            exec.checkCanceled();
            final DicomSeries s = scan.series().get(i);
            final int index = i;
            exec.setProgress(SCAN_SHARE + (1 - SCAN_SHARE) * i / n,
                () -> "Loading series " + (index + 1) + " of " + n + " (" + s.info().seriesUid() + ")");
            final DataCell[] cells = ResultTables.cells(table.rows().get(i), 1);
            if (s.problem() != null) {
                cells[cells.length - 1] = DataType.getMissingCell();
                missing++;
            } else {
                try {
                    cells[cells.length - 1] = new VolumeCell(reader.load(s), s.info());
                } catch (final InvalidDataException e) {
                    cells[cells.length - 1] = DataType.getMissingCell();
                    cells[problem] = new StringCell("cannot load the volume: " + e.getMessage());
                    warnings.add("series " + s.info().seriesUid() + ": cannot load the volume: " + e.getMessage());
                    missing++;
                }
            }
            container.addRowToTable(new DefaultRow(RowKey.createRowKey((long)i), cells));
        }
        container.close();
        if (missing > 0) {
            warnings.add(0, missing + " of " + n + " series have no volume (missing cell; column 'problem' says why)");
        }
        return container.getTable();
    }
}
