package org.qmrinodes.knime.images.voimask;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.StringValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.privacy.Identifiers;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.mask.MaskMatching;
import org.qmrinodes.core.mask.MaskReader;
import org.qmrinodes.core.mask.MaskTables;
import org.qmrinodes.core.mask.MaskTables.NamedMask;
import org.qmrinodes.knime.cells.MaskCell;
import org.qmrinodes.knime.node.QmriNodeModel;
import org.qmrinodes.knime.tables.ResultTables;
import org.qmrinodes.knime.settings.SettingPaths;
import org.qmrinodes.knime.cells.VolumeValue;

/**
 * VOI Mask Reader: reads the mask file of every row as a mask cell and summarises it; with an image
 * table on the second input, places each mask on the grid of every image row with the same key.
 */
final class VoiMaskReaderNodeModel extends QmriNodeModel<VoiMaskReaderSettings> {

    /** How many resampling messages the warning lists. */
    private static final int WARNING_MESSAGES = 3;

    VoiMaskReaderNodeModel() {
        super(new VoiMaskReaderSettings(), new PortType[] {BufferedDataTable.TYPE, BufferedDataTable.TYPE_OPTIONAL},
            new PortType[] {BufferedDataTable.TYPE});
    }

    /** The identifier columns of the mask table written to the output (null: not chosen). */
    private record IdentifierColumns(String patient, String series) {
    }

    private IdentifierColumns identifierColumns(final DataTableSpec spec) throws InvalidSettingsException {
        return new IdentifierColumns(settings.patientColumn(spec), settings.seriesColumn(spec));
    }

    private static DataTableSpec outSpec(final IdentifierColumns ids, final boolean matched) {
        final List<DataColumnSpec> appended = new ArrayList<>();
        if (ids.patient() != null) {
            appended.add(new DataColumnSpecCreator("patient_id", StringCell.TYPE).createSpec());
        }
        if (ids.series() != null) {
            appended.add(new DataColumnSpecCreator("series_uid", StringCell.TYPE).createSpec());
        }
        if (matched) {
            appended.add(new DataColumnSpecCreator("image_row", StringCell.TYPE).createSpec());
            appended.add(new DataColumnSpecCreator("resampled", BooleanCell.TYPE).createSpec());
        }
        appended.add(new DataColumnSpecCreator("mask", MaskCell.TYPE).createSpec());
        return ResultTables.spec(MaskTables.summary(List.of()), "VOI masks", appended.toArray(DataColumnSpec[]::new));
    }

    @Override
    protected PortObjectSpec[] configureOutputs(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final DataTableSpec masks = (DataTableSpec)inSpecs[0];
        settings.pathColumn(masks);
        settings.identifiers().check();
        if (inSpecs[1] != null) {
            settings.maskKeyColumn(masks);
            settings.imageKeyColumn((DataTableSpec)inSpecs[1]);
            settings.volumeColumn((DataTableSpec)inSpecs[1]);
        }
        return new PortObjectSpec[] {outSpec(identifierColumns(masks), inSpecs[1] != null)};
    }

    /** An image row: its key and grid (null when the row has no volume). */
    private record ImageRow(RowKey key, Geometry grid) {
    }

    /** A mask on an image row's grid. */
    private record Placed(NamedMask mask, RowKey imageRow, boolean resampled) {
    }

    /**
     * The identifiers as written, with every Patient ID and Series UID of the identifier columns made
     * known before any path or message is written, and paths relative to the deepest folder holding
     * every mask file.
     */
    private Identifiers identifiers(final BufferedDataTable table, final int pathColumn, final int patientColumn,
        final int seriesColumn) throws InvalidSettingsException {
        final List<String> patients = new ArrayList<>();
        final List<String> series = new ArrayList<>();
        Path root = null;
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                final DataRow r = it.next();
                text(r, patientColumn).ifPresent(patients::add);
                text(r, seriesColumn).ifPresent(series::add);
                final java.util.Optional<String> path = text(r, pathColumn);
                if (path.isPresent()) {
                    final Path folder = maskPath(r, table.getDataTableSpec(), pathColumn, path.get()).getParent();
                    root = root == null ? folder : commonFolder(root, folder);
                }
            }
        }
        final Identifiers ids = settings.identifiers().identifiers(getCredentialsProvider(), root);
        patients.forEach(ids::patientId);
        series.forEach(ids::seriesUid);
        return ids;
    }

    /** The local path of a row's mask file, given as a path or a URL (e.g. {@code knime://knime.workflow/…}). */
    private static Path maskPath(final DataRow r, final DataTableSpec spec, final int pathColumn, final String text)
        throws InvalidSettingsException {
        final Path p = SettingPaths.path("Row " + r.getKey() + ", column '" + spec.getColumnSpec(pathColumn).getName()
            + "': mask file", text);
        if (p == null) {
            throw new InvalidSettingsException("Row " + r.getKey() + ": the mask file path is empty.");
        }
        return p;
    }

    private static java.util.Optional<String> text(final DataRow r, final int column) {
        if (column < 0 || r.getCell(column).isMissing()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(((StringValue)r.getCell(column)).getStringValue());
    }

    private static Path commonFolder(final Path a, final Path b) {
        Path p = a;
        while (p != null && (b == null || !b.startsWith(p))) {
            p = p.getParent();
        }
        return p;
    }

    /** The identifier cells of a mask row, as written, and its match value as compared with the images. */
    private record Written(DataCell[] identifiers, String matchValue) {
    }

    private static Written written(final DataRow r, final IdentifierColumns columns, final DataTableSpec spec,
        final int keyColumn, final Identifiers ids) {
        final List<DataCell> cells = new ArrayList<>();
        String match = keyColumn < 0 || r.getCell(keyColumn).isMissing() ? null
            : ((StringValue)r.getCell(keyColumn)).getStringValue();
        for (final String column : new String[] {columns.patient(), columns.series()}) {
            if (column == null) {
                continue;
            }
            final int index = spec.findColumnIndex(column);
            final java.util.Optional<String> value = text(r, index);
            final String out = value.map(v -> column.equals(columns.patient()) ? ids.patientId(v) : ids.seriesUid(v))
                .orElse(null);
            cells.add(out == null ? DataType.getMissingCell() : new StringCell(out));
            if (index == keyColumn) {
                match = out;
            }
        }
        return new Written(cells.toArray(DataCell[]::new), match);
    }

    @Override
    protected PortObject[] executeOutputs(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final BufferedDataTable table = (BufferedDataTable)inObjects[0];
        final BufferedDataTable images = (BufferedDataTable)inObjects[1];
        final DataTableSpec spec = table.getDataTableSpec();
        final int column = spec.findColumnIndex(settings.pathColumn(spec));
        final int keyColumn = images == null ? -1 : spec.findColumnIndex(settings.maskKeyColumn(spec));
        final IdentifierColumns idColumns = identifierColumns(spec);
        final Identifiers ids = identifiers(table, column,
            idColumns.patient() == null ? -1 : spec.findColumnIndex(idColumns.patient()),
            idColumns.series() == null ? -1 : spec.findColumnIndex(idColumns.series()));
        final Map<String, List<ImageRow>> byKey = images == null ? Map.of() : imagesByKey(images);
        final BufferedDataContainer container = exec.createDataContainer(outSpec(idColumns, images != null));
        final List<String> resampling = new ArrayList<>();
        final long size = table.size();
        long row = 0;
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                final DataRow r = it.next();
                exec.checkCanceled();
                exec.setProgress(row++ / (double)Math.max(1, size), "Reading mask of row " + r.getKey());
                final DataCell cell = r.getCell(column);
                if (cell.isMissing()) {
                    throw new InvalidSettingsException("Row " + r.getKey() + ": the mask file path is missing.");
                }
                final Path path = maskPath(r, spec, column, ((StringValue)cell).getStringValue());
                final String name = ids.path(path);
                final Written w = written(r, idColumns, spec, keyColumn, ids);
                try {
                    final Mask m = MaskReader.read(path);
                    if (images == null) {
                        add(container, new Placed(new NamedMask(name,
                            settings.label() != 0 ? m.select(settings.label(), name) : m), null, false), w);
                        continue;
                    }
                    for (final ImageRow image : matchingImages(w.matchValue(), byKey)) {
                        final MaskMatching.Result match;
                        try {
                            match = MaskMatching.match(m, image.grid(), settings.label(), name);
                        } catch (final InvalidDataException e) {
                            throw new InvalidDataException("on image row " + image.key() + ": " + e.getMessage());
                        }
                        add(container, new Placed(new NamedMask(name, match.mask()), image.key(), match.resampled()), w);
                        match.warnings().forEach(x -> resampling.add("row " + r.getKey() + " on image row " + image.key()
                            + ": " + ids.text(x)));
                    }
                } catch (final InvalidDataException e) {
                    throw new InvalidDataException("Row " + r.getKey() + ": " + e.getMessage());
                }
            }
        }
        container.close();
        final BufferedDataTable out = container.getTable();
        if (!resampling.isEmpty()) {
            setWarningMessage(resampling.size() + " of " + out.size()
                + " masks were resampled by nearest neighbour onto their image grid: "
                + String.join("; ", resampling.subList(0, Math.min(WARNING_MESSAGES, resampling.size())))
                + (resampling.size() > WARNING_MESSAGES ? "; ..." : ""));
        }
        return new PortObject[] {out};
    }

    /** Indexes the image table by its key column; only the grids are kept, not the voxels. */
    private Map<String, List<ImageRow>> imagesByKey(final BufferedDataTable images) throws InvalidSettingsException {
        final DataTableSpec spec = images.getDataTableSpec();
        final int key = spec.findColumnIndex(settings.imageKeyColumn(spec));
        final int volume = spec.findColumnIndex(settings.volumeColumn(spec));
        final Map<String, List<ImageRow>> byKey = new LinkedHashMap<>();
        try (CloseableRowIterator it = images.iterator()) {
            while (it.hasNext()) {
                final DataRow r = it.next();
                final DataCell k = r.getCell(key);
                if (k.isMissing() || ((StringValue)k).getStringValue().isEmpty()) {
                    continue;
                }
                final DataCell v = r.getCell(volume);
                byKey.computeIfAbsent(((StringValue)k).getStringValue(), x -> new ArrayList<>())
                    .add(new ImageRow(r.getKey(), v.isMissing() ? null : ((VolumeValue)v).getVolume().geometry()));
            }
        }
        return byKey;
    }

    private static List<ImageRow> matchingImages(final String key, final Map<String, List<ImageRow>> byKey) {
        if (key == null) {
            throw new InvalidDataException("the match value is missing, so no image can be chosen");
        }
        if (key.isEmpty()) {
            throw new InvalidDataException("the match value is empty (identifiers 'drop' empties Patient IDs and UIDs),"
                + " so no image can be chosen; match by another column or use 'pseudonymise'");
        }
        final List<ImageRow> found = byKey.get(key);
        if (found == null) {
            throw new InvalidDataException("no image row has the match value '" + key + "'");
        }
        for (final ImageRow i : found) {
            if (i.grid() == null) {
                throw new InvalidDataException("image row " + i.key() + " (match value '" + key
                    + "') has no volume (a missing cell; see that row's problem)");
            }
        }
        return found;
    }

    /** Appends the row of a mask (written at once, so only one mask is held at a time). */
    private static void add(final BufferedDataContainer container, final Placed p, final Written w) {
        final ResultTable summary = MaskTables.summary(List.of(p.mask()));
        final boolean matched = p.imageRow() != null;
        final DataCell[] cells = ResultTables.cells(summary.rows().get(0), w.identifiers().length + (matched ? 3 : 1));
        int c = summary.columns().size();
        for (final DataCell id : w.identifiers()) {
            cells[c++] = id;
        }
        if (matched) {
            cells[c++] = new StringCell(p.imageRow().getString());
            cells[c++] = BooleanCell.BooleanCellFactory.create(p.resampled());
        }
        cells[c] = new MaskCell(p.mask().mask(), p.mask().name());
        container.addRowToTable(new DefaultRow(RowKey.createRowKey(container.size()), cells));
    }
}
