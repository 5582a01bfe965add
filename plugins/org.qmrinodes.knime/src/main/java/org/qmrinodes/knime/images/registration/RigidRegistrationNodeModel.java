package org.qmrinodes.knime.images.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.image.registration.RigidRegistration;
import org.qmrinodes.core.image.registration.RigidTransform;
import org.qmrinodes.knime.tables.AppendedColumns;
import org.qmrinodes.knime.node.QmriNodeModel;
import org.qmrinodes.knime.cells.VolumeCell;
import org.qmrinodes.knime.cells.VolumeValue;

/**
 * Rigid Registration: registers every row's moving volume to its fixed volume with core's
 * {@link RigidRegistration} (6 degrees of freedom, ITK's Euler3DTransform centred on the fixed grid)
 * and appends the moving volume resampled onto the fixed grid, the transform as an ITK transform
 * file's text, its angles (degrees) and translation (mm), and the metric at the solution. The
 * transform maps points of the fixed image (LPS mm) to the moving image, as ITK's registration
 * transforms do.
 */
final class RigidRegistrationNodeModel extends QmriNodeModel<RigidRegistrationSettings> {

    /** Appended column: the moving volume on the fixed grid. */
    static final String REGISTERED = "registered";
    /** Appended column: the transform as ITK transform file text. */
    static final String TRANSFORM = "transform";
    /** Appended columns: the transform's parameters. */
    static final List<String> PARAMETERS =
        List.of("angle_x", "angle_y", "angle_z", "translation_x", "translation_y", "translation_z");
    /** Appended column: the metric at the solution (negative: −MI or −correlation²). */
    static final String METRIC = "metric_value";

    RigidRegistrationNodeModel() {
        super(new RigidRegistrationSettings(), new PortType[] {BufferedDataTable.TYPE, BufferedDataTable.TYPE_OPTIONAL},
            new PortType[] {BufferedDataTable.TYPE});
    }

    private static DataTableSpec outSpec(final DataTableSpec in) throws InvalidSettingsException {
        final List<DataColumnSpec> appended = new ArrayList<>();
        appended.add(new DataColumnSpecCreator(REGISTERED, VolumeCell.TYPE).createSpec());
        appended.add(new DataColumnSpecCreator(TRANSFORM, StringCell.TYPE).createSpec());
        for (final String p : PARAMETERS) {
            appended.add(new DataColumnSpecCreator(p, DoubleCell.TYPE).createSpec());
        }
        appended.add(new DataColumnSpecCreator(METRIC, DoubleCell.TYPE).createSpec());
        return AppendedColumns.spec(in, "Rigid registration", appended);
    }

    @Override
    protected PortObjectSpec[] configureOutputs(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final DataTableSpec first = (DataTableSpec)inSpecs[0];
        settings.fixedColumn(first);
        settings.movingColumn(first, inSpecs.length > 1 ? (DataTableSpec)inSpecs[1] : null);
        try {
            settings.registration();
        } catch (final IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
        return new PortObjectSpec[] {outSpec(first)};
    }

    @Override
    protected PortObject[] executeOutputs(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final BufferedDataTable table = (BufferedDataTable)inObjects[0];
        final BufferedDataTable second = inObjects.length > 1 ? (BufferedDataTable)inObjects[1] : null;
        final DataTableSpec in = table.getDataTableSpec();
        final int fixedColumn = in.findColumnIndex(settings.fixedColumn(in));
        final String movingName = settings.movingColumn(in, second == null ? null : second.getDataTableSpec());
        final List<DataCell> secondMoving = second == null ? null : movingCells(table, second, movingName);
        final int movingColumn = second == null ? in.findColumnIndex(movingName) : -1;
        final RigidRegistration.Settings registration = settings.registration();
        final List<String> skipped = new ArrayList<>();
        final long[] index = {0};
        final long rows = table.size();
        final BufferedDataTable result = AppendedColumns.appendToRows(table, outSpec(in), exec, "Registering",
            (r, cells, first) -> {
                final long row = index[0]++;
                final DataCell fixed = r.getCell(fixedColumn);
                final DataCell moving = secondMoving != null ? secondMoving.get((int)row) : r.getCell(movingColumn);
                if (fixed.isMissing() || moving.isMissing()) {
                    skipped.add("row '" + r.getKey() + "': no " + (fixed.isMissing() ? "fixed" : "moving") + " volume");
                    AppendedColumns.missing(cells, first);
                    return;
                }
                final RigidRegistration.Result done = register(r, (VolumeValue)fixed, (VolumeValue)moving, registration,
                    exec, row, rows);
                final RigidTransform t = done.transform();
                int c = first;
                cells[c++] = new VolumeCell(done.registered(), ((VolumeValue)moving).getSeriesInfo());
                cells[c++] = new StringCell(t.itkText());
                for (final double v : new double[] {Math.toDegrees(t.angleX()), Math.toDegrees(t.angleY()),
                    Math.toDegrees(t.angleZ()), t.translation()[0], t.translation()[1], t.translation()[2],
                    done.metricValue()}) {
                    cells[c++] = new DoubleCell(v);
                }
            });
        if (!skipped.isEmpty()) {
            setWarningMessage(skipped.size() + " rows were not registered (missing cells): "
                + AppendedColumns.firstFew(skipped, "; "));
        }
        return new PortObject[] {result};
    }

    /** Registers one row, reporting the pyramid levels as progress within the row and cancelling between them. */
    private static RigidRegistration.Result register(final DataRow r, final VolumeValue fixed, final VolumeValue moving,
        final RigidRegistration.Settings registration, final ExecutionContext exec, final long row, final long rows)
        throws CanceledExecutionException {
        final RigidRegistration.Progress progress = (level, levels) -> {
            exec.setProgress((row + level / (double)levels) / Math.max(1, rows),
                "Row " + (row + 1) + " of " + rows + " (" + r.getKey() + "): level " + level + " of " + levels);
            try {
                exec.checkCanceled();
            } catch (final CanceledExecutionException e) {
                throw new CancellationException(e.getMessage());
            }
        };
        try {
            return RigidRegistration.register(fixed.getVolume(), moving.getVolume(), registration, progress);
        } catch (final CancellationException e) {
            throw new CanceledExecutionException(e.getMessage());
        } catch (final InvalidDataException e) {
            throw new InvalidDataException("Row '" + r.getKey() + "': " + e.getMessage());
        }
    }

    /** @return the second input's moving cells, one per row of the first input */
    private static List<DataCell> movingCells(final BufferedDataTable first, final BufferedDataTable second,
        final String column) {
        if (second.size() != first.size()) {
            throw new InvalidDataException("The second input has " + second.size() + " rows, the first " + first.size()
                + "; the moving volume of each row of the first input is in the same row of the second.");
        }
        final int c = second.getDataTableSpec().findColumnIndex(column);
        final List<DataCell> cells = new ArrayList<>();
        try (CloseableRowIterator it = second.iterator()) {
            while (it.hasNext()) {
                cells.add(it.next().getCell(c));
            }
        }
        return cells;
    }
}
