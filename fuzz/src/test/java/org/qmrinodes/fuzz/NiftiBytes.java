package org.qmrinodes.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Byte-level editing of single-file NIfTI-1 images in little endian, as {@code Nifti.write} writes them. */
final class NiftiBytes {

    static final int HEADER = 348;
    static final int DIM = 40;
    static final int DATATYPE = 70;
    static final int BITPIX = 72;
    static final int PIXDIM = 76;
    static final int VOX_OFFSET = 108;
    static final int SCL_SLOPE = 112;
    static final int SCL_INTER = 116;
    static final int QFORM_CODE = 252;
    static final int SFORM_CODE = 254;
    static final int QUATERN_B = 256;
    static final int SROW_X = 280;
    static final int MAGIC = 344;

    /** Offsets and sizes of the multi-byte header fields of nifti1.h: {from, to, bytes per value}. */
    private static final int[][] FIELDS = {{0, 4, 4}, {32, 36, 4}, {36, 38, 2}, {40, 56, 2}, {56, 68, 4}, {68, 76, 2},
        {76, 120, 4}, {120, 122, 2}, {124, 148, 4}, {252, 256, 2}, {256, 328, 4}};

    private NiftiBytes() {
    }

    /** @return a little-endian view of the bytes */
    static ByteBuffer buffer(final byte[] file) {
        return ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** @return the bytes inflated */
    static byte[] gunzip(final byte[] gz) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    /** @return the bytes deflated into one gzip member */
    static byte[] gzip(final byte[] raw) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(raw);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * @param file a little-endian NIfTI-1 file with float32 voxels
     * @return the same image in big endian: every header field and voxel byte-swapped
     */
    static byte[] toBigEndian(final byte[] file) {
        final byte[] out = file.clone();
        for (final int[] f : FIELDS) {
            for (int p = f[0]; p < f[1]; p += f[2]) {
                reverse(out, p, f[2]);
            }
        }
        final int offset = (int) buffer(file).getFloat(VOX_OFFSET);
        for (int p = offset; p + 4 <= out.length; p += 4) {
            reverse(out, p, 4);
        }
        return out;
    }

    private static void reverse(final byte[] b, final int from, final int length) {
        for (int i = 0; i < length / 2; i++) {
            final byte t = b[from + i];
            b[from + i] = b[from + length - 1 - i];
            b[from + length - 1 - i] = t;
        }
    }
}
