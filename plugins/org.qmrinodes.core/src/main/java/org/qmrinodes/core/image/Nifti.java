package org.qmrinodes.core.image;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.qmrinodes.core.data.InvalidDataException;

/**
 * NIfTI-1 single files ({@code .nii}, {@code .nii.gz}), as specified by the NIfTI DFWG header
 * {@code nifti1.h}.
 *
 * <p>Reading: the voxel → RAS affine is the sform when sform_code &gt; 0, else the qform (quaternion,
 * qfac, pixdim, offsets) when qform_code &gt; 0, else pixdim scaling only; it is turned into LPS
 * geometry by negating x and y. Values are multiplied by scl_slope and offset by scl_inter when
 * scl_slope is non-zero. Before anything of the declared size is allocated, the dimensions are
 * checked ({@link DeclaredSize}): positive, their product within {@link Volume#MAX_VOXELS}, the arrays
 * within the free heap, and the voxel data present in the file (for {@code .nii.gz}, in what the
 * stream actually inflates to, read once without being kept). Voxel sizes must be finite, above 0 and
 * at most {@link DeclaredSize#MAX_SPACING_MM} mm.
 *
 * <p>Writing: float32, the RAS affine of the geometry as sform and qform (codes 1, scanner
 * anatomical), mm and ms units, as dcm2niix and nibabel write them.
 */
public final class Nifti {

    private static final int HEADER = 348;
    private static final int DT_UINT8 = 2;
    private static final int DT_INT16 = 4;
    private static final int DT_INT32 = 8;
    private static final int DT_FLOAT32 = 16;
    private static final int DT_FLOAT64 = 64;
    private static final int DT_INT8 = 256;
    private static final int DT_UINT16 = 512;
    private static final int DT_UINT32 = 768;

    private Nifti() {
    }

    /**
     * Reads an image; a fourth dimension becomes the volume axis (parameters unknown).
     *
     * @param file the file
     * @return the volume stack
     * @throws InvalidDataException naming the file and header field when it is not a usable NIfTI-1,
     *         declares more voxels than the file holds, or more than the free memory can take
     */
    public static Volume readVolume(final Path file) {
        final Header header = header(file, Float.BYTES);
        final Geometry g = header.geometry;
        final List<AcquisitionParameters> params = new ArrayList<>();
        for (int v = 0; v < header.volumes(); v++) {
            params.add(AcquisitionParameters.UNKNOWN);
        }
        final Volume.Builder b = Volume.builder(g, params);
        final int sliceSize = g.columns() * g.rows();
        final float[] slice = new float[sliceSize];
        readVoxels(header, (n, value) -> {
            final int inSlice = (int) (n % sliceSize);
            slice[inSlice] = (float) value;
            if (inSlice == sliceSize - 1) {
                final long k = n / sliceSize;
                b.setSlice((int) (k % g.slices()), (int) (k / g.slices()), slice);
            }
        });
        return b.build();
    }

    /**
     * Reads a label image. A voxel value that is not a finite number (NaN, ±Infinity) or lies
     * outside the int range is not a label: the file is refused, naming the voxel, rather than the
     * value being guessed as background or as a label.
     *
     * @param file the file
     * @return the mask (labels rounded to the nearest integer)
     * @throws InvalidDataException when the file is not a 3D NIfTI-1 image or holds a value that is no label
     */
    public static Mask readMask(final Path file) {
        final Header header = header(file, 2L * Integer.BYTES);
        if (header.volumes() != 1) {
            throw new InvalidDataException(file + ": a mask needs one 3D volume, dim[4] is " + header.volumes());
        }
        final int[] labels = new int[(int) header.total];
        readVoxels(header, (n, value) -> {
            if (!Double.isFinite(value) || Math.abs(value) > Integer.MAX_VALUE) {
                final Geometry g = header.geometry;
                throw new InvalidDataException(file + ": voxel (" + n % g.columns() + "," + n / g.columns() % g.rows() + ","
                    + n / ((long) g.columns() * g.rows()) + ") holds " + value + ", which is not a label (labels are whole numbers)");
            }
            labels[(int) n] = (int) Math.rint(value);
        });
        return new Mask(header.geometry, labels);
    }

    /** Receives the scaled value of voxel {@code n} (NIfTI order, column fastest). */
    private interface VoxelSink {
        void accept(long n, double value);
    }

    private record Header(Path file, ByteBuffer bytes, int[] dim, long total, int datatype, int bytesPerVoxel, long offset,
        Geometry geometry) {

        int volumes() {
            return dim[4];
        }
    }

    /**
     * Reads and checks the header, then checks that the declared voxels fit the free memory
     * ({@code memoryPerVoxel} bytes each) and that the file, or what its gzip stream inflates to,
     * holds them.
     */
    private static Header header(final Path file, final long memoryPerVoxel) {
        try (InputStream in = open(file)) {
            final byte[] hdr = in.readNBytes(HEADER);
            if (hdr.length < HEADER) {
                throw new InvalidDataException(file + ": not NIfTI-1: shorter than the 348-byte header");
            }
            final ByteBuffer h = ByteBuffer.wrap(hdr).order(ByteOrder.LITTLE_ENDIAN);
            if (h.getInt(0) != HEADER) {
                h.order(ByteOrder.BIG_ENDIAN);
                if (h.getInt(0) != HEADER) {
                    throw new InvalidDataException(file + ": not NIfTI-1: sizeof_hdr is not 348");
                }
            }
            final String magic = new String(hdr, 344, 3, java.nio.charset.StandardCharsets.US_ASCII);
            if (!magic.equals("n+1")) {
                throw new InvalidDataException(file + ": not a single-file NIfTI-1 (magic '" + magic.trim() + "')");
            }
            final int ndim = h.getShort(40);
            if (ndim < 1 || ndim > 7) {
                throw new InvalidDataException(file + ": dim[0] " + ndim + " is not 1..7");
            }
            final int[] dim = new int[8];
            final long[] declared = new long[ndim];
            for (int i = 1; i <= 7; i++) {
                dim[i] = i <= ndim ? h.getShort(40 + 2 * i) : 1;
                if (i <= ndim) {
                    declared[i - 1] = dim[i];
                }
            }
            final long total = DeclaredSize.voxelCount(file, "dim", declared);
            if (dim[5] * (long) dim[6] * dim[7] != 1) {
                throw new InvalidDataException(file + ": dimensions 5-7 are not supported (dim " + dim[5] + "," + dim[6] + ","
                    + dim[7] + ")");
            }
            final int datatype = h.getShort(70);
            final int bytesPer = switch (datatype) {
                case DT_UINT8, DT_INT8 -> 1;
                case DT_INT16, DT_UINT16 -> 2;
                case DT_INT32, DT_UINT32, DT_FLOAT32 -> 4;
                case DT_FLOAT64 -> 8;
                default -> throw new InvalidDataException(file + ": datatype " + datatype + " is not supported");
            };
            final float voxOffset = h.getFloat(108);
            if (!(voxOffset >= HEADER) || voxOffset > Integer.MAX_VALUE) {
                throw new InvalidDataException(file + ": vox_offset " + voxOffset + " does not point behind the 348-byte header");
            }
            final long offset = (long) voxOffset;
            final Geometry geometry = geometry(file, h, dim);
            final String size = DeclaredSize.describe(declared) + " voxels";
            DeclaredSize.requireHeap(file, size, total * memoryPerVoxel);
            final long dataBytes = total * bytesPer;
            if (file.toString().endsWith(".gz")) {
                DeclaredSize.requireData(file, size, in, offset - HEADER + dataBytes);
            } else if (offset + dataBytes > Files.size(file)) {
                throw new InvalidDataException(file + ": the header declares " + size + " (" + dataBytes
                    + " bytes of voxel data), the file is shorter (truncated or damaged header)");
            }
            return new Header(file, h, dim, total, datatype, bytesPer, offset, geometry);
        } catch (final EOFException e) {
            throw new InvalidDataException(file + ": truncated voxel data");
        } catch (final IOException e) {
            throw new InvalidDataException(file + ": cannot read: " + e.getMessage());
        }
    }

    private static void readVoxels(final Header header, final VoxelSink sink) {
        final Path file = header.file;
        final ByteBuffer h = header.bytes;
        final int datatype = header.datatype;
        final int bytesPer = header.bytesPerVoxel;
        final long total = header.total;
        try (InputStream in = open(file)) {
            in.skipNBytes(header.offset);
            final float slope = h.getFloat(112);
            final float inter = h.getFloat(116);
            final boolean scale = slope != 0 && Float.isFinite(slope);
            final DataInputStream data = new DataInputStream(in);
            final byte[] buf = new byte[bytesPer * 8192];
            final ByteBuffer bb = ByteBuffer.wrap(buf).order(h.order());
            long done = 0;
            while (done < total) {
                final int chunk = (int) Math.min(8192, total - done);
                data.readFully(buf, 0, chunk * bytesPer);
                for (int i = 0; i < chunk; i++) {
                    final int p = i * bytesPer;
                    final double v = switch (datatype) {
                        case DT_UINT8 -> buf[p] & 0xFF;
                        case DT_INT8 -> buf[p];
                        case DT_INT16 -> bb.getShort(p);
                        case DT_UINT16 -> bb.getShort(p) & 0xFFFF;
                        case DT_INT32 -> bb.getInt(p);
                        case DT_UINT32 -> bb.getInt(p) & 0xFFFFFFFFL;
                        case DT_FLOAT32 -> bb.getFloat(p);
                        default -> bb.getDouble(p);
                    };
                    sink.accept(done + i, scale ? (float) (v * slope + inter) : (float) v);
                }
                done += chunk;
            }
        } catch (final EOFException e) {
            throw new InvalidDataException(file + ": truncated voxel data");
        } catch (final IOException e) {
            throw new InvalidDataException(file + ": cannot read: " + e.getMessage());
        }
    }

    private static InputStream open(final Path file) throws IOException {
        final InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
    }

    private static Geometry geometry(final Path file, final ByteBuffer h, final int[] dim) {
        final double[] pixdim = new double[8];
        for (int i = 0; i < 8; i++) {
            pixdim[i] = h.getFloat(76 + 4 * i);
        }
        final int qformCode = h.getShort(252);
        final int sformCode = h.getShort(254);
        final double[][] ras = new double[4][4];
        ras[3][3] = 1;
        final String source = sformCode > 0 ? "sform (srow_x/y/z)" : qformCode > 0 ? "qform (quatern, qoffset, pixdim)" : "pixdim";
        if (sformCode <= 0) {
            for (int k = 1; k <= 3; k++) {
                if (!Double.isFinite(pixdim[k]) || pixdim[k] < 0 || qformCode > 0 && pixdim[k] == 0) {
                    throw new InvalidDataException(file + ": pixdim[" + k + "] is " + pixdim[k]
                        + "; a voxel size must be a positive finite number of mm");
                }
            }
        }
        if (sformCode > 0) {
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 4; c++) {
                    ras[r][c] = h.getFloat(280 + 16 * r + 4 * c);
                }
            }
        } else if (qformCode > 0) {
            final double b = h.getFloat(256);
            final double c = h.getFloat(260);
            final double d = h.getFloat(264);
            final double a = Math.sqrt(Math.max(0, 1 - b * b - c * c - d * d));
            final double qfac = pixdim[0] < 0 ? -1 : 1;
            final double[][] rot = {
                {a * a + b * b - c * c - d * d, 2 * (b * c - a * d), 2 * (b * d + a * c)},
                {2 * (b * c + a * d), a * a + c * c - b * b - d * d, 2 * (c * d - a * b)},
                {2 * (b * d - a * c), 2 * (c * d + a * b), a * a + d * d - b * b - c * c}};
            final double[] sc = {Math.abs(pixdim[1]), Math.abs(pixdim[2]), Math.abs(pixdim[3]) * qfac};
            for (int r = 0; r < 3; r++) {
                for (int k = 0; k < 3; k++) {
                    ras[r][k] = rot[r][k] * sc[k];
                }
                ras[r][3] = h.getFloat(268 + 4 * r);
            }
        } else {
            for (int k = 0; k < 3; k++) {
                ras[k][k] = pixdim[k + 1] != 0 ? Math.abs(pixdim[k + 1]) : 1;
            }
        }
        DeclaredSize.requireSpacing(file, source, ras);
        try {
            return Geometry.fromLpsAffine(dim[1], dim[2], dim[3], Geometry.lpsToRas(ras));
        } catch (final IllegalArgumentException e) {
            throw new InvalidDataException(file + ": unusable affine (sform/qform/pixdim): " + e.getMessage());
        }
    }

    /**
     * Writes a mask's labels as float32 voxels on its grid ({@link #write}), as label maps are commonly stored.
     *
     * @param file the file ({@code .nii} or {@code .nii.gz})
     * @param mask the mask
     * @throws IOException when it cannot be written
     */
    public static void writeMask(final Path file, final Mask mask) throws IOException {
        final int[] labels = mask.copyOfLabels();
        final float[] values = new float[labels.length];
        for (int v = 0; v < labels.length; v++) {
            values[v] = labels[v];
        }
        write(file, mask.geometry(), List.of(values));
    }

    /**
     * Writes float32 voxels with the geometry's RAS affine as sform and qform.
     *
     * @param file the file ({@code .nii} or {@code .nii.gz})
     * @param geometry the grid
     * @param volumes one array of {@code geometry.voxelCount()} values per volume, column fastest
     * @throws IOException when it cannot be written
     */
    public static void write(final Path file, final Geometry geometry, final List<float[]> volumes) throws IOException {
        final ByteBuffer h = ByteBuffer.allocate(352).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(0, HEADER);
        h.putShort(40, (short) (volumes.size() > 1 ? 4 : 3));
        final int[] dims = {geometry.columns(), geometry.rows(), geometry.slices(), volumes.size(), 1, 1, 1};
        for (int i = 0; i < 7; i++) {
            if (dims[i] > Short.MAX_VALUE) {
                throw new IOException(file + ": dimension " + dims[i] + " exceeds NIfTI-1's 32767");
            }
            h.putShort(42 + 2 * i, (short) dims[i]);
        }
        h.putShort(70, (short) DT_FLOAT32);
        h.putShort(72, (short) 32);
        final double[][] ras = geometry.rasAffine();
        final double[] sp = geometry.spacing();
        // qform: rotation of the normalised columns; a left-handed grid flips the third column (qfac −1)
        final double[][] rot = new double[3][3];
        for (int c = 0; c < 3; c++) {
            for (int r = 0; r < 3; r++) {
                rot[r][c] = ras[r][c] / sp[c];
            }
        }
        final double det = rot[0][0] * (rot[1][1] * rot[2][2] - rot[1][2] * rot[2][1])
            - rot[0][1] * (rot[1][0] * rot[2][2] - rot[1][2] * rot[2][0]) + rot[0][2] * (rot[1][0] * rot[2][1] - rot[1][1] * rot[2][0]);
        final float qfac = det < 0 ? -1f : 1f;
        if (det < 0) {
            for (int r = 0; r < 3; r++) {
                rot[r][2] = -rot[r][2];
            }
        }
        final double[] q = quaternion(rot);
        h.putFloat(76, qfac);
        h.putFloat(80, (float) sp[0]);
        h.putFloat(84, (float) sp[1]);
        h.putFloat(88, (float) sp[2]);
        h.putFloat(92, 1f);
        h.putFloat(108, 352f);
        h.putFloat(112, 1f);
        h.put(123, (byte) (2 | 16)); // xyzt_units: mm, ms
        h.putShort(252, (short) 1);
        h.putShort(254, (short) 1);
        h.putFloat(256, (float) q[1]);
        h.putFloat(260, (float) q[2]);
        h.putFloat(264, (float) q[3]);
        for (int r = 0; r < 3; r++) {
            h.putFloat(268 + 4 * r, (float) ras[r][3]);
            for (int c = 0; c < 4; c++) {
                h.putFloat(280 + 16 * r + 4 * c, (float) ras[r][c]);
            }
        }
        h.put(344, (byte) 'n').put(345, (byte) '+').put(346, (byte) '1');
        final Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            OutputStream out = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw) {
            out.write(h.array());
            final ByteBuffer buf = ByteBuffer.allocate(4 * 8192).order(ByteOrder.LITTLE_ENDIAN);
            for (final float[] v : volumes) {
                if (v.length != geometry.voxelCount()) {
                    throw new IllegalArgumentException("volume has " + v.length + " values, grid " + geometry.voxelCount());
                }
                for (int i = 0; i < v.length; i++) {
                    buf.putFloat(v[i]);
                    if (!buf.hasRemaining()) {
                        out.write(buf.array(), 0, buf.position());
                        buf.clear();
                    }
                }
            }
            out.write(buf.array(), 0, buf.position());
        }
    }

    /** Unit quaternion (a, b, c, d) with a ≥ 0 of a proper rotation matrix. */
    private static double[] quaternion(final double[][] r) {
        final double trace = r[0][0] + r[1][1] + r[2][2];
        double a;
        double b;
        double c;
        double d;
        if (trace > 0) {
            final double s = Math.sqrt(trace + 1) * 2;
            a = 0.25 * s;
            b = (r[2][1] - r[1][2]) / s;
            c = (r[0][2] - r[2][0]) / s;
            d = (r[1][0] - r[0][1]) / s;
        } else if (r[0][0] > r[1][1] && r[0][0] > r[2][2]) {
            final double s = Math.sqrt(1 + r[0][0] - r[1][1] - r[2][2]) * 2;
            a = (r[2][1] - r[1][2]) / s;
            b = 0.25 * s;
            c = (r[0][1] + r[1][0]) / s;
            d = (r[0][2] + r[2][0]) / s;
        } else if (r[1][1] > r[2][2]) {
            final double s = Math.sqrt(1 + r[1][1] - r[0][0] - r[2][2]) * 2;
            a = (r[0][2] - r[2][0]) / s;
            b = (r[0][1] + r[1][0]) / s;
            c = 0.25 * s;
            d = (r[1][2] + r[2][1]) / s;
        } else {
            final double s = Math.sqrt(1 + r[2][2] - r[0][0] - r[1][1]) * 2;
            a = (r[1][0] - r[0][1]) / s;
            b = (r[0][2] + r[2][0]) / s;
            c = (r[1][2] + r[2][1]) / s;
            d = 0.25 * s;
        }
        if (a < 0) {
            a = -a;
            b = -b;
            c = -c;
            d = -d;
        }
        return new double[] {a, b, c, d};
    }
}
