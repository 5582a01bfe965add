package org.qmrinodes.knime.cells;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataCellDataInput;
import org.knime.core.data.DataCellDataOutput;
import org.knime.core.data.DataCellSerializer;
import org.knime.core.data.DataType;
import org.knime.core.data.container.BlobDataCell;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Volume;

/**
 * A table cell holding one VOI label mask ({@link MaskValue}). Like {@link VolumeCell} it is a blob
 * cell (stored once, compressed, referenced by later tables). Its stored form ({@link Serializer},
 * registered in plugin.xml) is a format version, the source name, the geometry and one 32-bit label
 * per voxel, slice by slice.
 */
public final class MaskCell extends BlobDataCell implements MaskValue {

    private static final long serialVersionUID = 1L;

    /** The column type of mask cells. */
    public static final DataType TYPE = DataType.getType(MaskCell.class);

    private final Mask mask;
    private final String source;

    /**
     * @param mask the mask
     * @param source where it came from (file name), for messages
     */
    public MaskCell(final Mask mask, final String source) {
        this.mask = Objects.requireNonNull(mask, "mask");
        this.source = Objects.requireNonNull(source, "source");
    }

    @Override
    public Mask getMask() {
        return mask;
    }

    @Override
    public String getSource() {
        return source;
    }

    /** @return e.g. {@code mask 48×40×6, spacing 2.5×2.5×4 mm, label 1: 123 voxels (reader1_mask.nii.gz)} */
    @Override
    public String toString() {
        final Map<Integer, Long> counts = mask.labelCounts();
        return "mask " + ImageCellFormat.size(mask.geometry(), 0) + ", "
            + (counts.isEmpty() ? "empty"
                : counts.entrySet().stream().map(e -> "label " + e.getKey() + ": " + e.getValue() + " voxels")
                    .collect(Collectors.joining(", ")))
            + " (" + source + ")";
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        final MaskCell o = (MaskCell)dc;
        return source.equals(o.source) && mask.geometry().equals(o.mask.geometry())
            && Arrays.equals(mask.copyOfLabels(), o.mask.copyOfLabels());
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, mask.geometry());
    }

    /** Writes and reads mask cells (registered in plugin.xml, extension point org.knime.core.DataType). */
    public static final class Serializer implements DataCellSerializer<MaskCell> {

        @Override
        public void serialize(final MaskCell cell, final DataCellDataOutput out) throws IOException {
            ImageCellFormat.writeVersion(out);
            ImageCellFormat.writeText(out, cell.source);
            final Geometry g = cell.mask.geometry();
            ImageCellFormat.writeGeometry(out, g);
            final int[] labels = cell.mask.copyOfLabels();
            final ByteBuffer buffer = ImageCellFormat.sliceBuffer(g);
            final int n = g.columns() * g.rows();
            for (int k = 0; k < g.slices(); k++) {
                buffer.clear();
                buffer.asIntBuffer().put(labels, k * n, n);
                out.write(buffer.array());
            }
        }

        @Override
        public MaskCell deserialize(final DataCellDataInput in) throws IOException {
            ImageCellFormat.readVersion(in, "Mask cell");
            final String source = ImageCellFormat.readText(in);
            final Geometry g = ImageCellFormat.readGeometry(in);
            if (g.voxelCount() > Volume.MAX_VOXELS) {
                throw new IOException("stored mask of " + source + ": " + g.columns() + "x" + g.rows() + "x" + g.slices()
                    + " voxels exceed one array");
            }
            final int[] labels = new int[(int)g.voxelCount()];
            final ByteBuffer buffer = ImageCellFormat.sliceBuffer(g);
            final int n = g.columns() * g.rows();
            for (int k = 0; k < g.slices(); k++) {
                final IntBuffer b = ImageCellFormat.readSlice(in, buffer).asIntBuffer();
                b.get(labels, k * n, n);
            }
            return new MaskCell(new Mask(g, labels), source == null ? "" : source);
        }
    }
}
