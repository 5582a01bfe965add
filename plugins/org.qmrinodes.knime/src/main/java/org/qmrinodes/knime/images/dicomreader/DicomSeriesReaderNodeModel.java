package org.qmrinodes.knime.images.dicomreader;

import java.nio.file.Path;
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
import org.qmrinodes.core.dicom.SeriesInfo;
import org.qmrinodes.core.privacy.Identifiers;
import org.qmrinodes.knime.node.QmriNodeModel;
import org.qmrinodes.knime.tables.ResultTables;
import org.qmrinodes.knime.cells.VolumeCell;

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
    protected PortObjectSpec[] configureOutputs(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        settings.folder();
        settings.identifiers().check();
        settings.seriesFilter();
        return new PortObjectSpec[] {seriesSpec(DicomTables.series(empty(), settings.fileList())),
            ResultTables.spec(DicomTables.skipped(empty()), "Skipped files")};
    }

    @Override
    protected PortObject[] executeOutputs(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        exec.setProgress(0, "Scanning " + settings.folder());
        final DicomSeriesReader reader = DicomSeriesReader.withPixelMed();
        final Path folder = settings.existingFolder();
        final Identifiers ids = settings.identifiers().identifiers(getCredentialsProvider(), folder);
        final DicomScan scan;
        try {
            scan = settings.seriesFilter().apply(reader.scan(folder));
        } catch (final InvalidDataException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
        exec.checkCanceled();
        final List<String> warnings = new ArrayList<>(DicomTables.warnings(scan, ids));
        final ResultTable table = DicomTables.series(scan, settings.fileList(), ids);
        final BufferedDataTable series = settings.loadVolumes() ? withVolumes(scan, table, reader, ids, exec, warnings)
            : ResultTables.toTable(table, "DICOM series", exec);
        if (!warnings.isEmpty()) {
            setWarningMessage(String.join("\n", warnings));
        }
        return new PortObject[] {series, ResultTables.toTable(DicomTables.skipped(scan, ids), "Skipped files", exec)};
    }

    /**
     * The series table with a volume cell per series, loaded one series at a time (progress per
     * series, cancellation between series). A series that cannot form a volume gets a missing cell;
     * when loading fails, its {@code problem} cell says why. Cells, problems and warnings carry the
     * identifiers as {@code ids} writes them.
     */
    private BufferedDataTable withVolumes(final DicomScan scan, final ResultTable table, final DicomSeriesReader reader,
        final Identifiers ids, final ExecutionContext exec, final List<String> warnings)
        throws CanceledExecutionException {
        final int problem = table.columns().stream().map(ResultTable.Column::name).toList().indexOf("problem");
        final BufferedDataContainer container = exec.createDataContainer(seriesSpec(table));
        final int n = scan.series().size();
        int missing = 0;
        for (int i = 0; i < n; i++) {
            exec.checkCanceled();
            final DicomSeries s = scan.series().get(i);
            final int index = i;
            final SeriesInfo info = DicomTables.info(s.info(), ids);
            exec.setProgress(SCAN_SHARE + (1 - SCAN_SHARE) * i / n,
                () -> "Loading series " + (index + 1) + " of " + n + " (" + info.seriesUid() + ")");
            final DataCell[] cells = ResultTables.cells(table.rows().get(i), 1);
            if (s.problem() != null) {
                cells[cells.length - 1] = DataType.getMissingCell();
                missing++;
            } else {
                try {
                    cells[cells.length - 1] = new VolumeCell(reader.load(s), info);
                } catch (final InvalidDataException e) {
                    final String why = "cannot load the volume: " + ids.text(e.getMessage());
                    cells[cells.length - 1] = DataType.getMissingCell();
                    cells[problem] = new StringCell(why);
                    warnings.add("series " + info.seriesUid() + ": " + why);
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
