package org.qmrinodes.knime.cells;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.qmrinodes.core.image.Geometry;

/**
 * The parts of the stored form shared by {@link VolumeCell} and {@link MaskCell}: a format version,
 * nullable text, the geometry, and voxel slices as big-endian bytes (one slice buffer at a time, so
 * storing never needs a second copy of the image); and the text of their summaries.
 */
final class ImageCellFormat {

    /**
     * Version written first; a reader refuses newer versions with a message. Version 2 added each
     * volume's acquisition and contrast start times.
     */
    static final int VERSION = 2;

    private ImageCellFormat() {
    }

    static void writeVersion(final DataOutput out) throws IOException {
        out.writeInt(VERSION);
    }

    /** @return the stored version, one of 1 to {@link #VERSION} */
    static int readVersion(final DataInput in, final String what) throws IOException {
        final int v = in.readInt();
        if (v < 1 || v > VERSION) {
            throw new IOException(what + " stored in format version " + v + "; this version of qMRI Nodes reads "
                + "versions 1 to " + VERSION);
        }
        return v;
    }

    static void writeText(final DataOutput out, final String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    static String readText(final DataInput in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    static void writeGeometry(final DataOutput out, final Geometry g) throws IOException {
        out.writeInt(g.columns());
        out.writeInt(g.rows());
        out.writeInt(g.slices());
        for (final double[] a : new double[][] {g.origin(), g.spacing(), g.direction()}) {
            for (final double d : a) {
                out.writeDouble(d);
            }
        }
    }

    static Geometry readGeometry(final DataInput in) throws IOException {
        final int columns = in.readInt();
        final int rows = in.readInt();
        final int slices = in.readInt();
        final double[] origin = doubles(in, 3);
        final double[] spacing = doubles(in, 3);
        final double[] direction = doubles(in, 9);
        try {
            return new Geometry(columns, rows, slices, origin, spacing, direction);
        } catch (final IllegalArgumentException e) {
            throw new IOException("stored geometry is invalid: " + e.getMessage(), e);
        }
    }

    private static double[] doubles(final DataInput in, final int n) throws IOException {
        final double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = in.readDouble();
        }
        return a;
    }

    /** @return a byte buffer for one slice of 4-byte voxels of {@code g} */
    static ByteBuffer sliceBuffer(final Geometry g) {
        return ByteBuffer.allocate(4 * g.columns() * g.rows());
    }

    /** Reads one slice into {@code buffer} (rewound, ready to get values). */
    static ByteBuffer readSlice(final DataInput in, final ByteBuffer buffer) throws IOException {
        in.readFully(buffer.array());
        buffer.rewind();
        return buffer;
    }

    /** @return "48×40×6" (and "×4" volumes when {@code volumes > 0}), spacing "2.5×2.5×4 mm" */
    static String size(final Geometry g, final int volumes) {
        final double[] s = g.spacing();
        return g.columns() + "×" + g.rows() + "×" + g.slices() + (volumes > 0 ? "×" + volumes : "") + ", spacing "
            + number(s[0]) + "×" + number(s[1]) + "×" + number(s[2]) + " mm";
    }

    /** @return {@code v} to 6 significant digits, without trailing zeros (800, 3.99999999998 as 4; NaN as "NaN") */
    static String number(final double v) {
        return Double.isFinite(v)
            ? new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString() : Double.toString(v);
    }

    /** @return the numbers joined by ", ", or the one number when all are the same */
    static String numbers(final double[] values) {
        return Arrays.stream(values).mapToObj(ImageCellFormat::number).distinct().count() == 1 ? number(values[0])
            : Arrays.stream(values).mapToObj(ImageCellFormat::number).collect(Collectors.joining(", "));
    }
}
