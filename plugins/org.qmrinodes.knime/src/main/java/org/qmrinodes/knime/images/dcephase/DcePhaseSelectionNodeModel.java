package org.qmrinodes.knime.images.dcephase;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.InvalidSettingsException;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.image.DcePhases;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.knime.tables.AppendedColumns;
import org.qmrinodes.knime.node.RowAppendingNodeModel;
import org.qmrinodes.knime.cells.VolumeCell;
import org.qmrinodes.knime.cells.VolumeValue;

/**
 * DCE Phase Selection: one phase of every row's multi-phase series as a volume of its own (core's
 * {@link DcePhases}), by phase number (counting the pre-contrast phase or not), by Temporal Position
 * Identifier or nearest to a time after injection. A series without that phase gets missing cells,
 * named and counted in the warning.
 */
final class DcePhaseSelectionNodeModel extends RowAppendingNodeModel<DcePhaseSelectionSettings> {

    /** Appended column: the selected phase's volume number in the series (1 = first acquisition). */
    static final String NUMBER = "phase_number";
    /** Appended column: seconds from injection to the start of the selected phase, where known. */
    static final String SECONDS = "phase_seconds_after_injection";
    /** Appended column: the selection rule, with where the injection time came from when the files gave it. */
    static final String RULE = "phase_rule";

    DcePhaseSelectionNodeModel() {
        super(new DcePhaseSelectionSettings());
    }

    @Override
    protected DataTableSpec outSpec(final DataTableSpec in) throws InvalidSettingsException {
        settings.volumeColumn(in);
        settings.phaseTimes();
        return AppendedColumns.spec(in, "DCE phase (" + settings.rule() + ")",
            List.of(new DataColumnSpecCreator(settings.outputColumn(), VolumeCell.TYPE).createSpec(),
                new DataColumnSpecCreator(NUMBER, IntCell.TYPE).createSpec(),
                new DataColumnSpecCreator(SECONDS, DoubleCell.TYPE).createSpec(),
                new DataColumnSpecCreator(RULE, StringCell.TYPE).createSpec()));
    }

    @Override
    protected String doing() {
        return "Selecting the phase of";
    }

    @Override
    protected RowJob job(final DataTableSpec in) throws InvalidSettingsException {
        final int column = in.findColumnIndex(settings.volumeColumn(in));
        final double[] given = settings.phaseTimes();
        final String ruleText = settings.rule();
        final List<String> skipped = new ArrayList<>();
        return new RowJob() {
            @Override
            public void fill(final DataRow r, final DataCell[] cells, final int first) {
                final DataCell cell = r.getCell(column);
                String problem = cell.isMissing() ? "no series" : null;
                if (problem == null) {
                    final Volume series = ((VolumeValue)cell).getVolume();
                    try {
                        final Timing timing = timing(series, given);
                        final Selected selected = select(series, timing);
                        cells[first] = new VolumeCell(selected.phase(), ((VolumeValue)cell).getSeriesInfo());
                        cells[first + 1] = new IntCell(selected.number());
                        cells[first + 2] = timing.seconds() == null ? DataType.getMissingCell()
                            : new DoubleCell(timing.seconds()[selected.number() - 1]);
                        cells[first + 3] = new StringCell(ruleText + timing.reference());
                        return;
                    } catch (final InvalidDataException e) {
                        problem = e.getMessage();
                    }
                }
                skipped.add("row '" + r.getKey() + "': " + problem);
                AppendedColumns.missing(cells, first);
            }

            @Override
            public void finish() {
                if (!skipped.isEmpty()) {
                    setWarningMessage(skipped.size() + " rows have no " + ruleText + " and got missing cells: "
                        + AppendedColumns.firstFew(skipped, "; "));
                }
            }
        };
    }

    /** The selected phase and its 1-based volume number in the series. */
    private record Selected(Volume phase, int number) {
    }

    /**
     * A series' phase times after injection (null when unknown, with the problem) and, when read from
     * the files, what the injection time was taken from (appended to the rule).
     */
    private record Timing(double[] seconds, String reference, String problem) {
    }

    private Timing timing(final Volume series, final double[] given) {
        try {
            final DcePhases.PhaseTimes t = DcePhases.phaseTimes(series, given, settings.firstPhaseDelay());
            return new Timing(t.seconds(), t.reference().isEmpty() ? ""
                : "; phase starts after injection, injection at " + t.reference(), null);
        } catch (final InvalidDataException e) {
            return new Timing(null, "", e.getMessage());
        }
    }

    private Selected select(final Volume series, final Timing timing) {
        return switch (settings.selection()) {
            case DcePhaseSelectionSettings.TEMPORAL_POSITION -> byNumber(series,
                DcePhases.numberOfTemporalPosition(series, settings.temporalPosition()));
            case DcePhaseSelectionSettings.TIME -> {
                if (timing.seconds() == null) {
                    throw new InvalidDataException(timing.problem());
                }
                yield byNumber(series, DcePhases.nearestToTime(series, timing.seconds(), settings.seconds()));
            }
            default -> new Selected(DcePhases.byIndex(series, settings.phase(), settings.countPreContrast()),
                settings.countPreContrast() ? settings.phase() : settings.phase() + 1);
        };
    }

    private static Selected byNumber(final Volume series, final int number) {
        return new Selected(DcePhases.byIndex(series, number, true), number);
    }
}
