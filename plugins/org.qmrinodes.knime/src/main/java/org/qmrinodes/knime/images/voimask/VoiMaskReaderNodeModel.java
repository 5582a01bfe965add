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

    /**
     * The output spec: with <i>keep columns</i> first the mask table's columns and, with images, the image
     * table's volume column; then the mask summary, the identifier columns, the match columns and the mask cell,
     * a name already taken getting KNIME's {@code " (#n)"} suffix.
     */
    private DataTableSpec outSpec(final IdentifierColumns ids, final DataTableSpec masks, final DataTableSpec images)
        throws InvalidSettingsException {
        final List<DataColumnSpec> columns = new ArrayList<>();
        if (settings.keepColumns()) {
            masks.forEach(columns::add);
            if (images != null) {
                columns.add(images.getColumnSpec(settings.volumeColumn(images)));
            }
        }
        final List<DataColumnSpec> own = new ArrayList<>();
        ResultTables.spec(MaskTables.summary(List.of()), "summary").forEach(own::add);
        if (ids.patient() != null) {
            own.add(new DataColumnSpecCreator("patient_id", StringCell.TYPE).createSpec());
        }
        if (ids.series() != null) {
            own.add(new DataColumnSpecCreator("series_uid", StringCell.TYPE).createSpec());
        }
        if (images != null) {
            own.add(new DataColumnSpecCreator("image_row", StringCell.TYPE).createSpec());
            own.add(new DataColumnSpecCreator("resampled", BooleanCell.TYPE).createSpec());
        }
        own.add(new DataColumnSpecCreator("mask", MaskCell.TYPE).createSpec());
        for (final DataColumnSpec c : own) {
            String name = c.getName();
            for (int n = 1; taken(columns, name); n++) {
                name = c.getName() + " (#" + n + ")";
            }
            final DataColumnSpecCreator renamed = new DataColumnSpecCreator(c);
            renamed.setName(name);
            columns.add(renamed.createSpec());
        }
        return new DataTableSpec("VOI masks", columns.toArray(DataColumnSpec[]::new));
    }

    private static boolean taken(final List<DataColumnSpec> columns, final String name) {
        return columns.stream().anyMatch(c -> c.getName().equals(name));
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
        return new PortObjectSpec[] {outSpec(identifierColumns(masks), masks, (DataTableSpec)inSpecs[1])};
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

    /** A mask row as read from the mask table: its cells, file, name as written, identifiers and match value. */
    private record MaskRow(DataRow row, Path path, String name, Written written) {
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
        final List<MaskRow> maskRows = new ArrayList<>();
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                final DataRow r = it.next();
                final DataCell cell = r.getCell(column);
                if (cell.isMissing()) {
                    throw new InvalidSettingsException("Row " + r.getKey() + ": the mask file path is missing.");
                }
                final Path path = maskPath(r, spec, column, ((StringValue)cell).getStringValue());
                maskRows.add(new MaskRow(r, path, ids.path(path), written(r, idColumns, spec, keyColumn, ids)));
            }
        }
        final BufferedDataContainer container = exec.createDataContainer(outSpec(idColumns, spec,
            images == null ? null : images.getDataTableSpec()));
        final List<String> resampling = new ArrayList<>();
        if (images != null && settings.keepColumns()) {
            placeByImage(maskRows, images, container, resampling, ids, exec);
        } else {
            placeByMask(maskRows, images, container, resampling, ids, exec);
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

    /** Rows in mask-table order: each mask on the grid of every image row with its match value. */
    private void placeByMask(final List<MaskRow> maskRows, final BufferedDataTable images,
        final BufferedDataContainer container, final List<String> resampling, final Identifiers ids,
        final ExecutionContext exec) throws Exception {
        final Map<String, List<ImageRow>> byKey = images == null ? Map.of() : imagesByKey(images);
        long done = 0;
        for (final MaskRow m : maskRows) {
            exec.checkCanceled();
            exec.setProgress(done++ / (double)Math.max(1, maskRows.size()), "Reading mask of row " + m.row().getKey());
            try {
                final Mask mask = MaskReader.read(m.path());
                if (images == null) {
                    add(container, m, new Placed(new NamedMask(m.name(),
                        settings.label() != 0 ? mask.select(settings.label(), m.name()) : mask), null, false), null);
                    continue;
                }
                for (final ImageRow image : matchingImages(m.written().matchValue(), byKey)) {
                    add(container, m, place(mask, m, image.key(), image.grid(), resampling, ids), null);
                }
            } catch (final InvalidDataException e) {
                throw new InvalidDataException("Row " + m.row().getKey() + ": " + e.getMessage());
            }
        }
    }

    /**
     * Rows in image-table order, each image row followed by its masks in mask-table order, so that the image
     * cell of only one row is held at a time.
     */
    private void placeByImage(final List<MaskRow> maskRows, final BufferedDataTable images,
        final BufferedDataContainer container, final List<String> resampling, final Identifiers ids,
        final ExecutionContext exec) throws Exception {
        final DataTableSpec spec = images.getDataTableSpec();
        final int key = spec.findColumnIndex(settings.imageKeyColumn(spec));
        final int volume = spec.findColumnIndex(settings.volumeColumn(spec));
        final Map<String, List<MaskRow>> byKey = new LinkedHashMap<>();
        for (final MaskRow m : maskRows) {
            final String value = m.written().matchValue();
            try {
                checkMatchValue(value);
            } catch (final InvalidDataException e) {
                throw new InvalidDataException("Row " + m.row().getKey() + ": " + e.getMessage());
            }
            byKey.computeIfAbsent(value, x -> new ArrayList<>()).add(m);
        }
        final java.util.Set<String> found = new java.util.HashSet<>();
        final long size = images.size();
        long done = 0;
        try (CloseableRowIterator it = images.iterator()) {
            while (it.hasNext()) {
                final DataRow r = it.next();
                exec.checkCanceled();
                exec.setProgress(done++ / (double)Math.max(1, size), "Placing the masks of image row " + r.getKey());
                final DataCell k = r.getCell(key);
                final List<MaskRow> masks = k.isMissing() ? null : byKey.get(((StringValue)k).getStringValue());
                if (masks == null) {
                    continue;
                }
                found.add(((StringValue)k).getStringValue());
                final DataCell image = r.getCell(volume);
                for (final MaskRow m : masks) {
                    if (image.isMissing()) {
                        throw new InvalidDataException("Row " + m.row().getKey() + ": image row " + r.getKey()
                            + " (match value '" + m.written().matchValue() + "') has no volume (a missing cell; see that"
                            + " row's problem)");
                    }
                    try {
                        final Placed p = place(MaskReader.read(m.path()), m, r.getKey(),
                            ((VolumeValue)image).getVolume().geometry(), resampling, ids);
                        add(container, m, p, image);
                    } catch (final InvalidDataException e) {
                        throw new InvalidDataException("Row " + m.row().getKey() + ": " + e.getMessage());
                    }
                }
            }
        }
        for (final MaskRow m : maskRows) {
            if (!found.contains(m.written().matchValue())) {
                throw new InvalidDataException("Row " + m.row().getKey() + ": no image row has the match value '"
                    + m.written().matchValue() + "'");
            }
        }
    }

    /** Places a mask on an image row's grid, noting a nearest-neighbour resampling for the warning. */
    private Placed place(final Mask mask, final MaskRow m, final RowKey imageRow, final Geometry grid,
        final List<String> resampling, final Identifiers ids) {
        final MaskMatching.Result match;
        try {
            match = MaskMatching.match(mask, grid, settings.label(), m.name());
        } catch (final InvalidDataException e) {
            throw new InvalidDataException("on image row " + imageRow + ": " + e.getMessage());
        }
        match.warnings().forEach(x -> resampling.add("row " + m.row().getKey() + " on image row " + imageRow + ": "
            + ids.text(x)));
        return new Placed(new NamedMask(m.name(), match.mask()), imageRow, match.resampled());
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
        checkMatchValue(key);
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

    /** @throws InvalidDataException when a mask row's match value is missing or empty */
    private static void checkMatchValue(final String key) {
        if (key == null) {
            throw new InvalidDataException("the match value is missing, so no image can be chosen");
        }
        if (key.isEmpty()) {
            throw new InvalidDataException("the match value is empty (identifiers 'drop' empties Patient IDs and UIDs),"
                + " so no image can be chosen; match by another column or use 'pseudonymise'");
        }
    }

    /**
     * Appends the row of a mask (written at once, so only one mask is held at a time): with <i>keep columns</i>
     * the mask row's cells and the image cell first.
     */
    private void add(final BufferedDataContainer container, final MaskRow m, final Placed p, final DataCell image) {
        final ResultTable summary = MaskTables.summary(List.of(p.mask()));
        final boolean matched = p.imageRow() != null;
        final List<DataCell> cells = new ArrayList<>();
        if (settings.keepColumns()) {
            for (int c = 0; c < m.row().getNumCells(); c++) {
                cells.add(m.row().getCell(c));
            }
            if (image != null) {
                cells.add(image);
            } else if (matched) {
                throw new IllegalStateException("the image cell of a matched row is needed");
            }
        }
        java.util.Collections.addAll(cells, ResultTables.cells(summary.rows().get(0), 0));
        java.util.Collections.addAll(cells, m.written().identifiers());
        if (matched) {
            cells.add(new StringCell(p.imageRow().getString()));
            cells.add(BooleanCell.BooleanCellFactory.create(p.resampled()));
        }
        cells.add(new MaskCell(p.mask().mask(), p.mask().name()));
        container.addRowToTable(new DefaultRow(RowKey.createRowKey(container.size()), cells.toArray(DataCell[]::new)));
    }
}
