package org.qmrinodes.knime.cells;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ShortBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataCellDataInput;
import org.knime.core.data.DataCellDataOutput;
import org.knime.core.data.DataCellSerializer;
import org.knime.core.data.DataType;
import org.knime.core.data.container.BlobDataCell;
import org.qmrinodes.core.dicom.SeriesInfo;
import org.qmrinodes.core.image.AcquisitionParameters;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Volume;

/**
 * A table cell holding one MR volume stack ({@link VolumeValue}).
 *
 * <p>It is a blob cell: KNIME writes its content once to the table's blob file and later tables
 * that pass the column on refer to it instead of copying it, so a 480 MB DCE series is not
 * duplicated per node or row, and it is read only when a node asks for the cell. The blob is not
 * gzip-compressed: for a 31-phase 224×288×60 series gzip saved 69 % but took 53 s against 2.4 s to
 * write it plain ({@code VolumeCellStorageTest}); instead a volume whose voxels are all whole numbers
 * from 0 to 65,535 (a scanner's stored values) is stored in 16 bits. Its stored form
 * ({@link Serializer}, registered in plugin.xml) is a format version, the series identity, the
 * geometry, the acquisition parameters of every volume and, per volume, its encoding and voxels
 * (32-bit floats or unsigned 16-bit integers) slice by slice; reading it back gives an equal cell.
 */
public final class VolumeCell extends BlobDataCell implements VolumeValue {

    private static final long serialVersionUID = 1L;

    /** KNIME reads this field by reflection: blobs of volume cells are stored uncompressed. */
    public static final boolean USE_COMPRESSION = false;

    /** The column type of volume cells. */
    public static final DataType TYPE = DataType.getType(VolumeCell.class);

    private final Volume volume;
    private final SeriesInfo info;

    /**
     * @param volume the volume stack
     * @param info identity of the source series
     */
    public VolumeCell(final Volume volume, final SeriesInfo info) {
        this.volume = Objects.requireNonNull(volume, "volume");
        this.info = Objects.requireNonNull(info, "series info");
    }

    @Override
    public Volume getVolume() {
        return volume;
    }

    @Override
    public SeriesInfo getSeriesInfo() {
        return info;
    }

    /**
     * @return e.g. {@code 48×40×6×4, spacing 2.5×2.5×4 mm, b-value 0, 800, 1400, 2000 s/mm² (patient
     *         SYN1, series 3 "DWI")}
     */
    @Override
    public String toString() {
        final List<String> parts = new ArrayList<>();
        final List<AcquisitionParameters> p = volume.parameters();
        addIfKnown(parts, p, "b-value", AcquisitionParameters::bValue, " s/mm²");
        addIfKnown(parts, p, "TE", AcquisitionParameters::echoTime, " ms");
        addIfKnown(parts, p, "TI", AcquisitionParameters::inversionTime, " ms");
        addIfKnown(parts, p, "flip angle", AcquisitionParameters::flipAngle, "°");
        addIfKnown(parts, p, "phase", AcquisitionParameters::temporalPosition, "");
        final StringBuilder b = new StringBuilder(ImageCellFormat.size(volume.geometry(), volume.volumeCount()));
        for (final String s : parts) {
            b.append(", ").append(s);
        }
        b.append(" (patient ").append(info.patientId());
        if (info.seriesNumber() != null) {
            b.append(", series ").append(info.seriesNumber());
        }
        if (info.description() != null && !info.description().isEmpty()) {
            b.append(" \"").append(info.description()).append('"');
        }
        return b.append(')').toString();
    }

    private static void addIfKnown(final List<String> parts, final List<AcquisitionParameters> p, final String name,
        final ToDoubleFunction<AcquisitionParameters> f, final String unit) {
        final double[] v = p.stream().mapToDouble(f).toArray();
        if (Arrays.stream(v).anyMatch(x -> !Double.isNaN(x))) {
            parts.add(name + " " + ImageCellFormat.numbers(v) + unit);
        }
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        final VolumeCell o = (VolumeCell)dc;
        if (!info.equals(o.info) || !volume.geometry().equals(o.volume.geometry())
            || !volume.parameters().equals(o.volume.parameters())) {
            return false;
        }
        for (int v = 0; v < volume.volumeCount(); v++) {
            if (!Arrays.equals(volume.copyOfVolume(v), o.volume.copyOfVolume(v))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(info, volume.geometry(), volume.parameters());
    }

    /** Writes and reads volume cells (registered in plugin.xml, extension point org.knime.core.DataType). */
    public static final class Serializer implements DataCellSerializer<VolumeCell> {

        /** Voxel encoding of a stored volume: 32-bit floats. */
        private static final int FLOAT_32 = 0;
        /** Voxel encoding of a stored volume: unsigned 16-bit integers, for whole numbers from 0 to 65,535. */
        private static final int UNSIGNED_16 = 1;
        private static final int NEGATIVE_ZERO = 0x8000_0000;

        @Override
        public void serialize(final VolumeCell cell, final DataCellDataOutput out) throws IOException {
            ImageCellFormat.writeVersion(out);
            final SeriesInfo i = cell.info;
            for (final String s : new String[] {i.patientId(), i.studyUid(), i.seriesUid(),
                i.seriesNumber() == null ? null : i.seriesNumber().toString(), i.description(), i.modality(),
                i.manufacturer()}) {
                ImageCellFormat.writeText(out, s);
            }
            final Volume volume = cell.volume;
            final Geometry g = volume.geometry();
            ImageCellFormat.writeGeometry(out, g);
            out.writeInt(volume.volumeCount());
            for (final AcquisitionParameters p : volume.parameters()) {
                for (final double d : new double[] {p.bValue(), p.echoTime(), p.inversionTime(), p.flipAngle(),
                    p.repetitionTime(), p.temporalPosition(), p.acquisitionTime(), p.contrastStartTime()}) {
                    out.writeDouble(d);
                }
                out.writeBoolean(p.isotropic());
            }
            final ByteBuffer buffer = ImageCellFormat.sliceBuffer(g);
            final int n = g.columns() * g.rows();
            for (int v = 0; v < volume.volumeCount(); v++) {
                final float[] values = volume.copyOfVolume(v);
                final boolean unsigned16 = unsigned16(values);
                out.writeByte(unsigned16 ? UNSIGNED_16 : FLOAT_32);
                for (int k = 0; k < g.slices(); k++) {
                    buffer.clear();
                    if (unsigned16) {
                        final ShortBuffer shorts = buffer.asShortBuffer();
                        for (int x = k * n; x < (k + 1) * n; x++) {
                            shorts.put((short)(int)values[x]);
                        }
                        out.write(buffer.array(), 0, 2 * n);
                    } else {
                        buffer.asFloatBuffer().put(values, k * n, n);
                        out.write(buffer.array());
                    }
                }
            }
        }

        /** @return whether every value is a whole number from 0 to 65,535 (as scanners store MR images) */
        private static boolean unsigned16(final float[] values) {
            for (final float x : values) {
                if (!(x >= 0 && x <= 65_535 && x == Math.rint(x)) || Float.floatToRawIntBits(x) == NEGATIVE_ZERO) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public VolumeCell deserialize(final DataCellDataInput in) throws IOException {
            final int version = ImageCellFormat.readVersion(in, "Volume cell");
            final String[] t = new String[7];
            for (int i = 0; i < t.length; i++) {
                t[i] = ImageCellFormat.readText(in);
            }
            final SeriesInfo info;
            try {
                info = new SeriesInfo(t[0], t[1], t[2], t[3] == null ? null : Integer.valueOf(t[3]), t[4], t[5], t[6]);
            } catch (final NumberFormatException e) {
                throw new IOException("stored series number '" + t[3] + "' is not a number", e);
            }
            final Geometry g = ImageCellFormat.readGeometry(in);
            final int count = in.readInt();
            if (count < 1 || count > Volume.MAX_VOXELS / g.voxelCount()) {
                throw new IOException("stored volume count " + count + " is impossible for a " + g.columns() + "x"
                    + g.rows() + "x" + g.slices() + " grid");
            }
            final List<AcquisitionParameters> parameters = new ArrayList<>(count);
            for (int v = 0; v < count; v++) {
                final double[] d = new double[version >= 2 ? 8 : 6];
                for (int i = 0; i < d.length; i++) {
                    d[i] = in.readDouble();
                }
                final AcquisitionParameters a = new AcquisitionParameters(d[0], d[1], d[2], d[3], d[4], d[5],
                    in.readBoolean());
                parameters.add(version >= 2 ? a.withTimes(d[6], d[7]) : a);
            }
            final Volume.Builder builder;
            try {
                builder = Volume.builder(g, parameters);
            } catch (final IllegalArgumentException e) {
                throw new IOException("stored volume of series " + info.seriesUid() + ": " + e.getMessage(), e);
            }
            final ByteBuffer buffer = ImageCellFormat.sliceBuffer(g);
            final int n = g.columns() * g.rows();
            final float[] slice = new float[n];
            for (int v = 0; v < count; v++) {
                final int encoding = version >= 2 ? in.readByte() : FLOAT_32;
                if (encoding != FLOAT_32 && encoding != UNSIGNED_16) {
                    throw new IOException("stored volume " + (v + 1) + " has unknown voxel encoding " + encoding);
                }
                for (int k = 0; k < g.slices(); k++) {
                    if (encoding == UNSIGNED_16) {
                        in.readFully(buffer.array(), 0, 2 * n);
                        final ShortBuffer shorts = ByteBuffer.wrap(buffer.array(), 0, 2 * n).asShortBuffer();
                        for (int i = 0; i < n; i++) {
                            slice[i] = Short.toUnsignedInt(shorts.get(i));
                        }
                    } else {
                        ImageCellFormat.readSlice(in, buffer).asFloatBuffer().get(slice);
                    }
                    builder.setSlice(k, v, slice);
                }
            }
            return new VolumeCell(builder.build(), info);
        }
    }
}
