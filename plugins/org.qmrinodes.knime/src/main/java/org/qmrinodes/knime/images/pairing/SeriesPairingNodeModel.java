package org.qmrinodes.knime.images.pairing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
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
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.dicom.SeriesInfo;
import org.qmrinodes.core.image.SeriesPairing;
import org.qmrinodes.knime.tables.AppendedColumns;
import org.qmrinodes.knime.node.QmriNodeModel;
import org.qmrinodes.knime.cells.VolumeCell;
import org.qmrinodes.knime.cells.VolumeValue;

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
    protected PortObjectSpec[] configureOutputs(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        return new PortObjectSpec[] {outSpec((DataTableSpec)inSpecs[0], (DataTableSpec)inSpecs[1])};
    }

    @Override
    protected PortObject[] executeOutputs(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final BufferedDataTable first = (BufferedDataTable)inObjects[0];
        final BufferedDataTable second = (BufferedDataTable)inObjects[1];
        final DataTableSpec a = first.getDataTableSpec();
        final DataTableSpec b = second.getDataTableSpec();
        final String[] attributes = settings.attributes(a, b);
        final int firstVolume = a.findColumnIndex(settings.firstVolume(a));
        final int secondVolume = b.findColumnIndex(settings.secondVolume(b));
        final Listed firstListed = identities(first, firstVolume, attributes == null ? -1 : a.findColumnIndex(attributes[0]));
        final Listed secondListed = identities(second, secondVolume,
            attributes == null ? -1 : b.findColumnIndex(attributes[1]));
        exec.setMessage("Pairing " + firstListed.identities().size() + " with " + secondListed.identities().size()
            + " series");
        final SeriesPairing.Matching matching = SeriesPairing.match(firstListed.identities(), secondListed.identities());
        final Map<String, SeriesPairing.Match> matches = new HashMap<>();
        matching.matches().forEach(m -> matches.put(m.first().label(), m));
        final Map<String, String> reasons = new HashMap<>();
        matching.unmatched().forEach(u -> reasons.put(u.first().label(), u.reason()));
        final RowSeeker partners = new RowSeeker(second);
        final List<String> problems = new ArrayList<>();
        final Set<String> used = new HashSet<>();
        final long[] resampled = {0};
        final BufferedDataTable out = AppendedColumns.appendToRows(first, outSpec(a, b), exec, "Pairing",
            (r, cells, at) -> {
                AppendedColumns.missing(cells, at);
                final String key = r.getKey().getString();
                final SeriesPairing.Match m = matches.get(key);
                String problem = r.getCell(firstVolume).isMissing() ? "no volume" : reasons.get(key);
                if (m != null) {
                    final String partner = m.second().label();
                    final VolumeValue p = (VolumeValue)partners.row(secondListed.rows().get(partner)).getCell(secondVolume);
                    try {
                        final SeriesPairing.Placed placed = SeriesPairing.onFirstGrid(m,
                            ((VolumeValue)r.getCell(firstVolume)).getVolume(), p.getVolume(), settings.interpolation(),
                            settings.toleranceMm());
                        used.add(partner);
                        resampled[0] += placed.resampled() ? 1 : 0;
                        cells[at] = new VolumeCell(placed.secondOnFirstGrid(), p.getSeriesInfo());
                        cells[at + 1] = new StringCell(partner);
                        cells[at + 2] = BooleanCell.get(placed.resampled());
                        cells[at + 3] = new LongCell(placed.outsideVoxels());
                        return;
                    } catch (final InvalidDataException e) {
                        problem = e.getMessage();
                    }
                }
                cells[at + 4] = new StringCell(problem);
                problems.add("row '" + key + "': " + problem);
            });
        partners.close();
        final List<String> notes = new ArrayList<>();
        if (!problems.isEmpty()) {
            notes.add(problems.size() + " rows of the first input were not paired (see " + PROBLEM + "): "
                + AppendedColumns.firstFew(problems, "; "));
        }
        if (resampled[0] > 0) {
            notes.add(resampled[0] + " partners were resampled onto the first grid ("
                + settings.interpolationName() + ")");
        }
        final long unused = secondListed.identities().size() - used.size();
        if (unused > 0) {
            notes.add(unused + " series of the second input were not used");
        }
        if (!notes.isEmpty()) {
            setWarningMessage(String.join("; ", notes) + ".");
        }
        return new PortObject[] {out};
    }

    /**
     * The identities of a table's series, labelled by row key, with each row's index; patient and study
     * come from the volume cells' series identity. Volumes are not kept.
     */
    private record Listed(List<SeriesPairing.Identity> identities, Map<String, Long> rows) {
    }

    private static Listed identities(final BufferedDataTable table, final int volume, final int attribute) {
        final List<SeriesPairing.Identity> out = new ArrayList<>();
        final Map<String, Long> rows = new HashMap<>();
        long index = 0;
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                final DataRow r = it.next();
                final long row = index++;
                if (r.getCell(volume).isMissing()) {
                    continue;
                }
                final SeriesInfo info = ((VolumeValue)r.getCell(volume)).getSeriesInfo();
                final String value = attribute < 0 || r.getCell(attribute).isMissing() ? null
                    : r.getCell(attribute).toString().trim();
                out.add(new SeriesPairing.Identity(r.getKey().getString(), info.patientId(), info.studyUid(), value));
                rows.put(r.getKey().getString(), row);
            }
        }
        return new Listed(out, rows);
    }

    /**
     * Reads rows of a table by index without holding more than one: moves forward on one iterator and
     * starts again only when an earlier row is asked for (partners usually come in the same order).
     */
    private static final class RowSeeker implements AutoCloseable {

        private final BufferedDataTable table;
        private CloseableRowIterator it;
        private long next;

        RowSeeker(final BufferedDataTable table) {
            this.table = table;
        }

        DataRow row(final long index) {
            if (it == null || index < next) {
                close();
                it = table.iterator();
                next = 0;
            }
            DataRow r = null;
            while (next <= index) {
                r = it.next();
                next++;
            }
            return r;
        }

        @Override
        public void close() {
            if (it != null) {
                it.close();
                it = null;
            }
        }
    }
}
