package org.qmrinodes.knime.dcephase;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.image.DcePhases;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.knime.common.AppendedColumns;
import org.qmrinodes.knime.common.QmriNodeModel;
import org.qmrinodes.knime.common.VolumeCell;
import org.qmrinodes.knime.common.VolumeValue;

/**
 * DCE Phase Selection: one phase of every row's multi-phase series as a volume of its own (core's
 * {@link DcePhases}), by phase number (counting the pre-contrast phase or not), by Temporal Position
 * Identifier or nearest to a time after injection. A series without that phase gets missing cells,
 * named and counted in the warning.
 */
final class DcePhaseSelectionNodeModel extends QmriNodeModel<DcePhaseSelectionSettings> {

    /** Appended column: the selected phase's volume number in the series (1 = first acquisition). */
    static final String NUMBER = "phase_number";
    /** Appended column: the selection rule. */
    static final String RULE = "phase_rule";

    DcePhaseSelectionNodeModel() {
        super(new DcePhaseSelectionSettings(), new PortType[] {BufferedDataTable.TYPE},
            new PortType[] {BufferedDataTable.TYPE});
    }

    private DataTableSpec outSpec(final DataTableSpec in) throws InvalidSettingsException {
        settings.volumeColumn(in);
        settings.phaseTimes();
        return AppendedColumns.spec(in, "DCE phase (" + settings.rule() + ")",
            List.of(new DataColumnSpecCreator(settings.outputColumn(), VolumeCell.TYPE).createSpec(),
                new DataColumnSpecCreator(NUMBER, IntCell.TYPE).createSpec(),
                new DataColumnSpecCreator(RULE, StringCell.TYPE).createSpec()));
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        return new PortObjectSpec[] {outSpec((DataTableSpec)inSpecs[0])};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final BufferedDataTable table = (BufferedDataTable)inObjects[0];
        final DataTableSpec in = table.getDataTableSpec();
        final int column = in.findColumnIndex(settings.volumeColumn(in));
        final double[] times = settings.phaseTimes();
        final StringCell rule = new StringCell(settings.rule());
        final List<String> skipped = new ArrayList<>();
        final BufferedDataTable result = AppendedColumns.appendToRows(table, outSpec(in), exec, "Selecting the phase of",
            (r, cells, first) -> {
                final DataCell cell = r.getCell(column);
                String problem = cell.isMissing() ? "no series" : null;
                if (problem == null) {
                    final Volume series = ((VolumeValue)cell).getVolume();
                    try {
                        final Selected selected = select(series, times);
                        cells[first] = new VolumeCell(selected.phase(), ((VolumeValue)cell).getSeriesInfo());
                        cells[first + 1] = new IntCell(selected.number());
                        cells[first + 2] = rule;
                        return;
                    } catch (final InvalidDataException e) {
                        problem = e.getMessage();
                    }
                }
                skipped.add("row '" + r.getKey() + "': " + problem);
                for (int c = first; c < cells.length; c++) {
                    cells[c] = DataType.getMissingCell();
                }
            });
        if (!skipped.isEmpty()) {
            setWarningMessage(skipped.size() + " rows have no " + settings.rule() + " and got missing cells: "
                + AppendedColumns.firstFew(skipped, "; "));
        }
        return new PortObject[] {result};
    }

    /** The selected phase and its 1-based volume number in the series. */
    private record Selected(Volume phase, int number) {
    }

    private Selected select(final Volume series, final double[] times) {
        return switch (settings.selection()) {
            case DcePhaseSelectionSettings.TEMPORAL_POSITION -> byNumber(series,
                DcePhases.numberOfTemporalPosition(series, settings.temporalPosition()));
            case DcePhaseSelectionSettings.TIME -> byNumber(series,
                DcePhases.nearestToTime(series, times, settings.seconds()));
            default -> new Selected(DcePhases.byIndex(series, settings.phase(), settings.countPreContrast()),
                settings.countPreContrast() ? settings.phase() : settings.phase() + 1);
        };
    }

    private static Selected byNumber(final Volume series, final int number) {
        return new Selected(DcePhases.byIndex(series, number, true), number);
    }
}
