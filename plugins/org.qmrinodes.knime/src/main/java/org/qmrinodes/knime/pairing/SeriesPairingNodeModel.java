package org.qmrinodes.knime.pairing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.LongCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.qmrinodes.core.dicom.SeriesInfo;
import org.qmrinodes.core.image.SeriesPairing;
import org.qmrinodes.knime.common.AppendedColumns;
import org.qmrinodes.knime.common.QmriNodeModel;
import org.qmrinodes.knime.common.VolumeCell;
import org.qmrinodes.knime.common.VolumeValue;

/**
 * Series Pairing: every series of the first input (e.g. the pre-contrast T1 maps) gets its partner
 * from the second input (the post-contrast maps) by patient, study and an optional attribute, put on
 * the first series' grid through patient coordinates when the grids differ (core's
 * {@link SeriesPairing}). Rows without exactly one partner, or whose partner does not overlap, keep
 * missing cells and the reason.
 */
final class SeriesPairingNodeModel extends QmriNodeModel<SeriesPairingSettings> {

    /** Appended column: the row key of the partner in the second input. */
    static final String PARTNER = "paired_row";
    /** Appended column: whether the partner was resampled. */
    static final String RESAMPLED = "resampled";
    /** Appended column: voxels of the first grid the partner does not cover. */
    static final String OUTSIDE = "outside_voxels";
    /** Appended column: why a row has no partner. */
    static final String PROBLEM = "pairing_problem";

    SeriesPairingNodeModel() {
        super(new SeriesPairingSettings(), new PortType[] {BufferedDataTable.TYPE, BufferedDataTable.TYPE},
            new PortType[] {BufferedDataTable.TYPE});
    }

    private DataTableSpec outSpec(final DataTableSpec first, final DataTableSpec second) throws InvalidSettingsException {
        settings.firstVolume(first);
        settings.secondVolume(second);
        settings.attributes(first, second);
        return AppendedColumns.spec(first, "Paired series",
            List.of(new DataColumnSpecCreator(settings.outputColumn(), VolumeCell.TYPE).createSpec(),
                new DataColumnSpecCreator(PARTNER, StringCell.TYPE).createSpec(),
                new DataColumnSpecCreator(RESAMPLED, BooleanCell.TYPE).createSpec(),
                new DataColumnSpecCreator(OUTSIDE, LongCell.TYPE).createSpec(),
                new DataColumnSpecCreator(PROBLEM, StringCell.TYPE).createSpec()));
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        return new PortObjectSpec[] {outSpec((DataTableSpec)inSpecs[0], (DataTableSpec)inSpecs[1])};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final BufferedDataTable first = (BufferedDataTable)inObjects[0];
        final BufferedDataTable second = (BufferedDataTable)inObjects[1];
        final DataTableSpec a = first.getDataTableSpec();
        final DataTableSpec b = second.getDataTableSpec();
        final String[] attributes = settings.attributes(a, b);
        final List<SeriesPairing.Series> firstSeries = series(first, settings.firstVolume(a),
            attributes == null ? null : attributes[0]).series();
        final Listed secondListed = series(second, settings.secondVolume(b), attributes == null ? null : attributes[1]);
        final List<SeriesPairing.Series> secondSeries = secondListed.series();
        exec.setMessage("Pairing " + firstSeries.size() + " with " + secondSeries.size() + " series");
        final SeriesPairing.Result result = SeriesPairing.pair(firstSeries, secondSeries, settings.interpolation(),
            settings.toleranceMm());
        final Map<String, SeriesPairing.Pair> pairs = new HashMap<>();
        result.pairs().forEach(p -> pairs.put(p.first().label(), p));
        final Map<String, String> reasons = new HashMap<>();
        result.unpaired().forEach(u -> reasons.put(u.first().label(), u.reason()));
        final Set<String> used = new HashSet<>();
        final int firstVolume = a.findColumnIndex(settings.firstVolume(a));
        final BufferedDataTable out = AppendedColumns.appendToRows(first, outSpec(a, b), exec, "Writing",
            (r, cells, at) -> {
                final SeriesPairing.Pair p = pairs.get(r.getKey().getString());
                if (p == null) {
                    for (int c = at; c < cells.length; c++) {
                        cells[c] = DataType.getMissingCell();
                    }
                    final String reason = r.getCell(firstVolume).isMissing() ? "no volume"
                        : reasons.get(r.getKey().getString());
                    cells[cells.length - 1] = new StringCell(reason);
                    return;
                }
                used.add(p.second().label());
                cells[at] = new VolumeCell(p.secondOnFirstGrid(), secondListed.infos().get(p.second().label()));
                cells[at + 1] = new StringCell(p.second().label());
                cells[at + 2] = BooleanCell.get(p.resampled());
                cells[at + 3] = new LongCell(p.outsideVoxels());
                cells[at + 4] = DataType.getMissingCell();
            });
        final List<String> notes = new ArrayList<>();
        final long unpaired = first.size() - result.pairs().size();
        if (unpaired > 0) {
            final List<String> listed = new ArrayList<>();
            result.unpaired().forEach(u -> listed.add("row '" + u.first().label() + "': " + u.reason()));
            notes.add(unpaired + " rows of the first input were not paired (see " + PROBLEM + ")"
                + (listed.isEmpty() ? "" : ": " + AppendedColumns.firstFew(listed, "; ")));
        }
        final long resampled = result.pairs().stream().filter(SeriesPairing.Pair::resampled).count();
        if (resampled > 0) {
            notes.add(resampled + " partners were resampled onto the first grid (" + settings.interpolation()
                .name().toLowerCase(java.util.Locale.ROOT) + ")");
        }
        final long unused = secondSeries.size() - used.size();
        if (unused > 0) {
            notes.add(unused + " series of the second input were not used");
        }
        if (!notes.isEmpty()) {
            setWarningMessage(String.join("; ", notes) + ".");
        }
        return new PortObject[] {out};
    }

    /** The rows with a volume as core series (labelled by row key) and each row's series identity. */
    private record Listed(List<SeriesPairing.Series> series, Map<String, SeriesInfo> infos) {
    }

    /** Patient and study come from the volume cells' series identity. */
    private static Listed series(final BufferedDataTable table, final String volume, final String attribute) {
        final DataTableSpec spec = table.getDataTableSpec();
        final int v = spec.findColumnIndex(volume);
        final int at = attribute == null ? -1 : spec.findColumnIndex(attribute);
        final List<SeriesPairing.Series> out = new ArrayList<>();
        final Map<String, SeriesInfo> infos = new HashMap<>();
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                final DataRow r = it.next();
                if (r.getCell(v).isMissing()) {
                    continue;
                }
                final VolumeValue cell = (VolumeValue)r.getCell(v);
                final SeriesInfo info = cell.getSeriesInfo();
                infos.put(r.getKey().getString(), info);
                final String value = at < 0 || r.getCell(at).isMissing() ? null : r.getCell(at).toString().trim();
                out.add(new SeriesPairing.Series(r.getKey().getString(), info.patientId(), info.studyUid(),
                    at < 0 ? null : value, cell.getVolume()));
            }
        }
        return new Listed(out, infos);
    }
}
