package org.qmrinodes.core.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.qmrinodes.core.data.InvalidDataException;

/**
 * Checks that an image file's header describes data that exist and fit in memory, before anything
 * of the declared size is allocated: the dimensions are positive and their product fits one array,
 * the file (or what its gzip stream actually inflates to) holds the declared bytes, the Java heap
 * can take the arrays, and the voxel spacing is a plausible length. Every failure is an {@link
 * InvalidDataException} naming the file, the header field and the declared size.
 */
public final class DeclaredSize {

    /** Smallest voxel spacing accepted, in mm (a nanometre): anything below is a damaged header. */
    public static final double MIN_SPACING_MM = 1e-6;
    /** Largest voxel spacing accepted, in mm (a kilometre): anything above is a damaged header. */
    public static final double MAX_SPACING_MM = 1e6;

    private DeclaredSize() {
    }

    /**
     * @param file the file, for messages
     * @param field the header field giving the dimensions, e.g. {@code dim}
     * @param dims the declared dimensions
     * @return their product
     * @throws InvalidDataException when a dimension is below 1 or the product exceeds {@link Volume#MAX_VOXELS}
     */
    public static long voxelCount(final Path file, final String field, final long... dims) {
        long total = 1;
        for (int i = 0; i < dims.length; i++) {
            if (dims[i] < 1) {
                throw new InvalidDataException(file + ": " + field + " declares " + describe(dims) + "; dimension " + (i + 1)
                    + " is " + dims[i] + ", not a positive size");
            }
            try {
                total = Math.multiplyExact(total, dims[i]);
            } catch (final ArithmeticException e) {
                total = Long.MAX_VALUE;
            }
        }
        if (total > Volume.MAX_VOXELS) {
            throw new InvalidDataException(file + ": " + field + " declares " + describe(dims) + " voxels, more than the "
                + Volume.MAX_VOXELS + " one image can hold");
        }
        return total;
    }

    /**
     * @param file the file, for messages
     * @param declared the declared size in words, e.g. {@code 1024x1024x1024 voxels}
     * @param bytes the bytes the arrays to be allocated will take
     * @throws InvalidDataException when the Java heap (maximum minus what is in use) cannot take them
     */
    public static void requireHeap(final Path file, final String declared, final long bytes) {
        requireHeap(file + ": the header declares " + declared, bytes);
    }

    /**
     * @param what the data and their size in words, e.g. {@code series 1.2.3: 256x256x60x30 voxels}
     * @param bytes the bytes the arrays to be allocated will take
     * @throws InvalidDataException when the Java heap (maximum minus what is in use) cannot take them
     */
    public static void requireHeap(final String what, final long bytes) {
        final Runtime rt = Runtime.getRuntime();
        final long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (bytes > free) {
            throw new InvalidDataException(what + ", which needs " + megabytes(bytes) + " MB of memory; only "
                + megabytes(free) + " MB are free (damaged header, or give Java more memory with -Xmx)");
        }
    }

    /**
     * Reads (and discards) up to {@code bytes} bytes of the stream, so that a compressed stream is
     * checked against what it really inflates to without holding it.
     *
     * @param file the file, for messages
     * @param declared the declared size in words
     * @param data the stream positioned at the voxel data
     * @param bytes the number of bytes the header declares
     * @throws InvalidDataException when the stream ends earlier
     * @throws IOException when it cannot be read
     */
    public static void requireData(final Path file, final String declared, final InputStream data, final long bytes)
        throws IOException {
        final long found = skipFully(data, bytes);
        if (found < bytes) {
            throw new InvalidDataException(file + ": the header declares " + declared + " (" + bytes
                + " bytes of voxel data), the file holds only " + found + " (truncated or damaged header)");
        }
        if (data instanceof java.util.zip.GZIPInputStream) {
            // reading on to the end makes the stream check its trailer (CRC and length): a file cut
            // inside the trailer still inflates completely but is damaged
            try {
                skipFully(data, Long.MAX_VALUE);
            } catch (final java.util.zip.ZipException | java.io.EOFException e) {
                throw new InvalidDataException(file + ": the gzip stream is damaged or truncated after the voxel data ("
                    + e.getMessage() + ")");
            }
        }
    }

    /**
     * @param file the file, for messages
     * @param field the header field that gave the affine, e.g. {@code sform}
     * @param affine the 4×4 voxel → patient affine
     * @throws InvalidDataException when an entry is not finite or a column's length (the spacing) is
     *         not in [{@link #MIN_SPACING_MM}, {@link #MAX_SPACING_MM}] mm
     */
    public static void requireSpacing(final Path file, final String field, final double[][] affine) {
        for (int c = 0; c < 4; c++) {
            double squares = 0;
            for (int r = 0; r < 3; r++) {
                if (!Double.isFinite(affine[r][c])) {
                    throw new InvalidDataException(file + ": " + field + " holds " + affine[r][c] + ", not a finite number");
                }
                squares += affine[r][c] * affine[r][c];
            }
            final double spacing = Math.sqrt(squares);
            if (c < 3 && !(spacing >= MIN_SPACING_MM && spacing <= MAX_SPACING_MM)) {
                throw new InvalidDataException(file + ": " + field + " gives a voxel spacing of " + spacing + " mm along axis "
                    + (c + 1) + "; a spacing must be at least " + MIN_SPACING_MM + " and at most " + (long) MAX_SPACING_MM
                    + " mm");
            }
        }
    }

    /** @return e.g. {@code 1024x1024x1024} */
    public static String describe(final long... dims) {
        return Arrays.stream(dims).mapToObj(Long::toString).collect(Collectors.joining("x"));
    }

    private static long skipFully(final InputStream data, final long bytes) throws IOException {
        final byte[] scratch = new byte[1 << 16];
        long done = 0;
        while (done < bytes) {
            final int n = data.read(scratch, 0, (int) Math.min(scratch.length, bytes - done));
            if (n < 0) {
                break;
            }
            done += n;
        }
        return done;
    }

    private static long megabytes(final long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }
}
