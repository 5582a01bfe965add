package org.qmrinodes.knime.images.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.node.InvalidSettingsException;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.plot.VolumeSnapshot;
import org.qmrinodes.knime.tables.AppendedColumns;
import org.qmrinodes.knime.cells.ImageSnapshots;
import org.qmrinodes.knime.cells.MaskValue;
import org.qmrinodes.knime.node.RowAppendingNodeModel;
import org.qmrinodes.knime.cells.VolumeValue;

/**
 * Volume Snapshot: a PNG picture of one slice of every row's image with the mask outline (the same
 * drawing as the table thumbnails, {@link ImageSnapshots}), as an image column and optionally as files,
 * for the QC picture of every lesion that reviewers ask for.
 */
final class VolumeSnapshotNodeModel extends RowAppendingNodeModel<VolumeSnapshotSettings> {

    /** Appended column: the picture. */
    static final String SNAPSHOT = "snapshot";
    /** Appended column: the 1-based slice drawn. */
    static final String SLICE = "snapshot_slice";
    /** Appended column: the PNG file written, missing without a folder. */
    static final String FILE = "snapshot_file";

    VolumeSnapshotNodeModel() {
        super(new VolumeSnapshotSettings());
    }

    @Override
    protected DataTableSpec outSpec(final DataTableSpec in) throws InvalidSettingsException {
        settings.imageColumn(in);
        settings.maskColumn(in);
        settings.folder();
        return AppendedColumns.spec(in, "Volume snapshots",
            List.of(new DataColumnSpecCreator(SNAPSHOT, PNGImageContent.TYPE).createSpec(),
                new DataColumnSpecCreator(SLICE, IntCell.TYPE).createSpec(),
                new DataColumnSpecCreator(FILE, StringCell.TYPE).createSpec()));
    }

    @Override
    protected String doing() {
        return "Drawing";
    }

    @Override
    protected RowJob job(final DataTableSpec in) throws InvalidSettingsException {
        final int image = in.findColumnIndex(settings.imageColumn(in));
        final String maskName = settings.maskColumn(in);
        final int mask = maskName == null ? -1 : in.findColumnIndex(maskName);
        final Path folder = settings.folder();
        final List<String> skipped = new ArrayList<>();
        return new RowJob() {
            @Override
            public void fill(final DataRow r, final DataCell[] cells, final int first) {
                final DataCell img = r.getCell(image);
                final DataCell m = mask < 0 ? null : r.getCell(mask);
                if (img.isMissing() || m != null && m.isMissing()) {
                    skipped.add("row '" + r.getKey() + "'");
                    AppendedColumns.missing(cells, first);
                    return;
                }
                final MaskValue voi = m == null ? null : (MaskValue)m;
                final int slice = slice(r, (VolumeValue)img, voi);
                final byte[] png = snapshot(r, (VolumeValue)img, voi, slice).png(settings.width());
                cells[first] = new PNGImageContent(png).toImageCell();
                cells[first + 1] = new IntCell(slice + 1);
                cells[first + 2] = folder == null ? DataType.getMissingCell()
                    : new StringCell(write(folder, r.getKey().getString(), png).toString());
            }

            @Override
            public void finish() {
                if (!skipped.isEmpty()) {
                    setWarningMessage(skipped.size() + " rows without an image or mask got missing cells ("
                        + AppendedColumns.firstFew(skipped, ", ") + ").");
                }
            }
        };
    }

    private VolumeSnapshot snapshot(final DataRow r, final VolumeValue image, final MaskValue mask, final int slice) {
        try {
            return ImageSnapshots.of(image, settings.volume(), mask, settings.label(), slice,
                r.getKey() + ": slice " + (slice + 1) + " of " + image.getVolume().geometry().slices()
                    + (settings.volume() > 0 ? ", volume " + (settings.volume() + 1) : "")
                    + (mask == null ? "" : ", outline of " + mask.getSource()));
        } catch (final IllegalArgumentException e) {
            throw new InvalidDataException("Row '" + r.getKey() + "': " + e.getMessage());
        }
    }

    /** @return the 0-based slice to draw */
    private int slice(final DataRow r, final VolumeValue image, final MaskValue mask) {
        try {
            return switch (settings.slice()) {
                case VolumeSnapshotSettings.MIDDLE -> image.getVolume().geometry().slices() / 2;
                case VolumeSnapshotSettings.NUMBER -> settings.sliceNumber();
                default -> mask == null ? image.getVolume().geometry().slices() / 2
                    : ImageSnapshots.lesionSlice(image, mask, settings.label());
            };
        } catch (final InvalidDataException e) {
            throw new InvalidDataException("Row '" + r.getKey() + "': " + e.getMessage());
        }
    }

    private static Path write(final Path folder, final String rowKey, final byte[] png) {
        final Path file = folder.resolve(rowKey.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
        try {
            Files.write(file, png);
        } catch (final IOException e) {
            throw new InvalidDataException("Cannot write " + file + ": " + e.getMessage());
        }
        return file;
    }
}
