package org.qmrinodes.core.dicom;

import java.nio.file.Path;

import org.qmrinodes.core.data.InvalidDataException;

/**
 * Cuts the stored pixel values of one file (all frames, or a mosaic) into float slices. Checks Bits
 * Allocated/Stored, Pixel Representation and the length of the pixel data against the header before
 * indexing into it.
 */
final class PixelDecoder {

    private final Path file;
    private final int rows;
    private final int columns;
    private final int bitsAllocated;
    private final int bitsStored;
    private final boolean signed;
    private final short[] words;
    private final byte[] bytes;

    PixelDecoder(final Path file, final DicomElements d) {
        this.file = file;
        rows = (int) d.number(DicomHeaders.ROWS);
        columns = (int) d.number(DicomHeaders.COLUMNS);
        bitsAllocated = (int) d.number(0x00280100);
        final double stored = d.number(0x00280101);
        bitsStored = Double.isNaN(stored) ? bitsAllocated : (int) stored;
        signed = d.number(0x00280103) == 1;
        if (bitsAllocated != 8 && bitsAllocated != 16) {
            throw new InvalidDataException(file + ": Bits Allocated (0028,0100) " + bitsAllocated
                + " is not supported (8 or 16)");
        }
        if (bitsStored < 1 || bitsStored > bitsAllocated) {
            throw new InvalidDataException(file + ": Bits Stored (0028,0101) " + bitsStored + " does not fit Bits Allocated "
                + bitsAllocated);
        }
        final DicomElements.Element e = d.get(DicomHeaders.PIXEL_DATA);
        if (e == null) {
            throw new InvalidDataException(file + ": no Pixel Data (7FE0,0010)");
        }
        checkTransferSyntax(file, d.string(0x00020010));
        words = e.value() instanceof short[] s ? s : null;
        bytes = e.value() instanceof byte[] b ? b : null;
        if (words == null && bytes == null) {
            throw new InvalidDataException(file + ": Pixel Data (7FE0,0010) has an unexpected value representation " + e.vr());
        }
    }

    /** Uncompressed transfer syntaxes: implicit and explicit VR little endian, explicit big endian, deflated. */
    private static final java.util.Set<String> NATIVE = java.util.Set.of("1.2.840.10008.1.2", "1.2.840.10008.1.2.1",
        "1.2.840.10008.1.2.2", "1.2.840.10008.1.2.1.99");

    /** RLE Lossless, which the toolkit decompresses while reading the file. */
    private static final String RLE = "1.2.840.10008.1.2.5";

    /** Names of the compressed transfer syntaxes, for messages (PS3.6 Table A-1). */
    private static final java.util.Map<String, String> COMPRESSED = java.util.Map.ofEntries(
        java.util.Map.entry("1.2.840.10008.1.2.5", "RLE Lossless"),
        java.util.Map.entry("1.2.840.10008.1.2.4.50", "JPEG Baseline (Process 1)"),
        java.util.Map.entry("1.2.840.10008.1.2.4.51", "JPEG Extended (Process 2 & 4)"),
        java.util.Map.entry("1.2.840.10008.1.2.4.57", "JPEG Lossless (Process 14)"),
        java.util.Map.entry("1.2.840.10008.1.2.4.70", "JPEG Lossless SV1 (Process 14, first-order prediction)"),
        java.util.Map.entry("1.2.840.10008.1.2.4.80", "JPEG-LS Lossless"),
        java.util.Map.entry("1.2.840.10008.1.2.4.81", "JPEG-LS Near-Lossless"),
        java.util.Map.entry("1.2.840.10008.1.2.4.90", "JPEG 2000 Lossless"),
        java.util.Map.entry("1.2.840.10008.1.2.4.91", "JPEG 2000"),
        java.util.Map.entry("1.2.840.10008.1.2.4.201", "High-Throughput JPEG 2000 Lossless"),
        java.util.Map.entry("1.2.840.10008.1.2.4.100", "MPEG2"));

    /** @return whether the transfer syntax holds compressed (encapsulated) pixel data */
    static boolean isCompressed(final String ts) {
        return ts != null && !NATIVE.contains(ts);
    }

    /**
     * Pixel data in the uncompressed transfer syntaxes (deflated included: the data set is inflated
     * as it is read) and in RLE Lossless is decoded; JPEG, JPEG-LS and JPEG 2000 are not, and are
     * named.
     *
     * @param file the file (for messages)
     * @param ts its Transfer Syntax UID (0002,0010), null for a raw data set (implicit VR little endian)
     * @throws InvalidDataException naming the transfer syntax when its pixel data cannot be decoded
     */
    static void checkTransferSyntax(final Path file, final String ts) {
        if (ts == null || NATIVE.contains(ts) || ts.equals(RLE)) {
            return;
        }
        final String name = COMPRESSED.get(ts);
        throw new InvalidDataException(file + ": Pixel Data (7FE0,0010) compressed as "
            + (name == null ? "an unknown transfer syntax" : name) + " (Transfer Syntax UID (0002,0010) " + ts
            + ") cannot be decoded; decompress the file (e.g. with dcmdjpeg or gdcmconv --raw) first");
    }

    /** @return stored value number n of the file (all frames concatenated) */
    private int stored(final long n) {
        final int raw;
        if (bitsAllocated == 16) {
            raw = words != null ? words[(int) n] & 0xFFFF
                : (bytes[(int) (2 * n)] & 0xFF) | ((bytes[(int) (2 * n + 1)] & 0xFF) << 8);
        } else {
            raw = bytes != null ? bytes[(int) n] & 0xFF : (words[(int) (n / 2)] >> (8 * (int) (n % 2))) & 0xFF;
        }
        final int masked = raw & ((1 << bitsStored) - 1);
        if (signed && (masked & (1 << (bitsStored - 1))) != 0) {
            return masked - (1 << bitsStored);
        }
        return masked;
    }

    private long available() {
        final long units = words != null ? words.length : bytes.length;
        return bitsAllocated == 16 ? (words != null ? units : units / 2) : (bytes != null ? units : units * 2);
    }

    /**
     * @param s the slice
     * @param sliceColumns columns of the slice
     * @param sliceRows rows of the slice
     * @return its values, column fastest
     */
    float[] slice(final DicomSlice s, final int sliceColumns, final int sliceRows) {
        final float[] out = new float[sliceColumns * sliceRows];
        final long frameSize = (long) rows * columns;
        final long needed = (s.frame() + 1L) * frameSize;
        if (available() < needed) {
            throw new InvalidDataException(file + ": Pixel Data (7FE0,0010) holds " + available() + " values, frame "
                + (s.frame() + 1) + " of " + columns + "x" + rows + " needs " + needed);
        }
        final long base = s.frame() * frameSize;
        int r0 = 0;
        int c0 = 0;
        if (s.tile() >= 0) {
            final int perRow = columns / sliceColumns;
            r0 = (s.tile() / perRow) * sliceRows;
            c0 = (s.tile() % perRow) * sliceColumns;
            if (r0 + sliceRows > rows) {
                throw new InvalidDataException(file + ": mosaic tile " + s.tile() + " lies outside the " + columns + "x"
                    + rows + " image");
            }
        } else if (sliceColumns != columns || sliceRows != rows) {
            throw new InvalidDataException(file + ": image is " + columns + "x" + rows + ", the series " + sliceColumns + "x"
                + sliceRows);
        }
        for (int j = 0; j < sliceRows; j++) {
            for (int i = 0; i < sliceColumns; i++) {
                out[j * sliceColumns + i] = (float) s.value(stored(base + (long) (r0 + j) * columns + c0 + i));
            }
        }
        return out;
    }
}
