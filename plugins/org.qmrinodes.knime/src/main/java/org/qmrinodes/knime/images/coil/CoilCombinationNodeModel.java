package org.qmrinodes.knime.images.coil;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.image.CoilCombination;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.knime.tables.AppendedColumns;
import org.qmrinodes.knime.node.QmriNodeModel;
import org.qmrinodes.knime.cells.VolumeCell;
import org.qmrinodes.knime.cells.VolumeValue;

/**
 * Coil Combination: the root sum of squares of per-channel magnitude volumes (core's
 * {@link CoilCombination}), one output row per group of input rows (the channels of one series), every
 * echo combined separately.
 */
final class CoilCombinationNodeModel extends QmriNodeModel<CoilCombinationSettings> {

    /** Output column: number of channels combined. */
    static final String CHANNELS = "channels";

    CoilCombinationNodeModel() {
        super(new CoilCombinationSettings(), new PortType[] {BufferedDataTable.TYPE},
            new PortType[] {BufferedDataTable.TYPE});
    }

    private DataTableSpec outSpec(final DataTableSpec in) throws InvalidSettingsException {
        settings.volumeColumn(in);
        final String output = settings.outputColumn();
        final String group = settings.groupColumn(in);
        if (output.equals(group) || output.equals(CHANNELS)) {
            throw new InvalidSettingsException("The output column name '" + output + "' is already taken.");
        }
        return new DataTableSpec("Coil combination (root sum of squares)", in.getColumnSpec(group),
            new DataColumnSpecCreator(CHANNELS, IntCell.TYPE).createSpec(),
            new DataColumnSpecCreator(output, VolumeCell.TYPE).createSpec());
    }

    @Override
    protected PortObjectSpec[] configureOutputs(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        return new PortObjectSpec[] {outSpec((DataTableSpec)inSpecs[0])};
    }

    @Override
    protected PortObject[] executeOutputs(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final BufferedDataTable table = (BufferedDataTable)inObjects[0];
        final DataTableSpec in = table.getDataTableSpec();
        final DataTableSpec out = outSpec(in);
        final int volume = in.findColumnIndex(settings.volumeColumn(in));
        final int group = in.findColumnIndex(settings.groupColumn(in));
        final Map<String, List<DataRow>> groups = new LinkedHashMap<>();
        final List<String> skipped = new ArrayList<>();
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                final DataRow r = it.next();
                if (r.getCell(group).isMissing()) {
                    throw new InvalidDataException("Row '" + r.getKey() + "' has no group; every channel needs one.");
                }
                if (r.getCell(volume).isMissing()) {
                    skipped.add("row '" + r.getKey() + "'");
                    continue;
                }
                groups.computeIfAbsent(r.getCell(group).toString(), g -> new ArrayList<>()).add(r);
            }
        }
        final BufferedDataContainer container = exec.createDataContainer(out);
        int done = 0;
        for (final Map.Entry<String, List<DataRow>> g : groups.entrySet()) {
            exec.checkCanceled();
            exec.setProgress(done++ / (double)groups.size(), "Combining group " + done + " of " + groups.size() + " ("
                + g.getKey() + ")");
            final List<Volume> channels = new ArrayList<>();
            for (final DataRow r : g.getValue()) {
                channels.add(((VolumeValue)r.getCell(volume)).getVolume());
            }
            final Volume combined;
            try {
                combined = CoilCombination.sumOfSquares(channels);
            } catch (final InvalidDataException e) {
                throw new InvalidDataException("Group '" + g.getKey() + "' (rows " + keys(g.getValue()) + "): "
                    + e.getMessage());
            }
            final DataRow first = g.getValue().get(0);
            final DataCell[] cells = {first.getCell(group), new IntCell(channels.size()),
                new VolumeCell(combined, ((VolumeValue)first.getCell(volume)).getSeriesInfo())};
            container.addRowToTable(new DefaultRow(new RowKey(g.getKey()), cells));
        }
        container.close();
        if (!skipped.isEmpty()) {
            setWarningMessage(skipped.size() + " rows without a volume were left out ("
                + AppendedColumns.firstFew(skipped, ", ") + ").");
        }
        return new PortObject[] {container.getTable()};
    }

    private static String keys(final List<DataRow> rows) {
        return AppendedColumns.firstFew(rows.stream().map(r -> "'" + r.getKey() + "'").toList(), ", ");
    }
}
