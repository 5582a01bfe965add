package org.qmrinodes.core.dicom;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * Checks a file's element structure before a toolkit parses it: every declared value length must fit
 * in what is left of the file (or of the enclosing item), sequences may nest at most
 * {@link #MAX_DEPTH} deep. A toolkit allocates value buffers by the declared length, so this check is
 * what turns a hostile header (say a 2 GB length in a 1 kB file) into an error naming the element
 * instead of an {@link OutOfMemoryError}.
 *
 * <p>The walk reads only element headers (PS3.5 §7.1: tag, VR, length; items and delimiters §7.5)
 * and seeks over values, so it costs a few reads per element. Deflated data sets cannot be walked
 * without inflating and are refused.
 */
public final class DicomLimits {

    /** Deepest sequence nesting accepted. */
    public static final int MAX_DEPTH = 16;

    private static final long UNDEFINED = 0xFFFFFFFFL;
    private static final int ITEM = 0xFFFEE000;
    private static final int ITEM_END = 0xFFFEE00D;
    private static final int SEQUENCE_END = 0xFFFEE0DD;
    private static final int PIXEL_DATA = 0x7FE00010;
    private static final Set<String> LONG_VRS = Set.of("OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV");

    /** Positional reads from the file, or from the inflated data set of a deflated file. */
    private interface Source {
        int read(ByteBuffer into, long position) throws IOException;

        long size() throws IOException;
    }

    /** Largest inflated data set of a deflated file that is walked (and that a toolkit may then hold). */
    static final long MAX_INFLATED_BYTES = 1L << 30;

    private Source channel;
    private final Path file;
    private boolean explicit;
    private ByteOrder order;

    private DicomLimits(final FileChannel channel, final Path file) {
        this.channel = new Source() {
            @Override
            public int read(final ByteBuffer into, final long position) throws IOException {
                return channel.read(into, position);
            }

            @Override
            public long size() throws IOException {
                return channel.size();
            }
        };
        this.file = file;
    }

    /**
     * Walks the file's elements.
     *
     * @param file the file
     * @throws NotDicomException when it has neither a Part 10 preamble nor looks like a raw data set
     * @throws IOException naming the file and element when a length does not fit
     */
    public static void check(final Path file) throws IOException {
        structure(file);
    }

    /**
     * What the walk saw of a file's top level, for checks that a header-only read cannot make.
     *
     * @param transferSyntax Transfer Syntax UID (0002,0010), or null without file meta information
     * @param pixelDataLength declared length of the top-level Pixel Data (7FE0,0010) in bytes;
     *        {@link #ABSENT} when there is none, {@link #ENCAPSULATED} for undefined-length
     *        (compressed, fragmented) pixel data
     */
    public record Structure(String transferSyntax, long pixelDataLength) {
    }

    /** {@link Structure#pixelDataLength()} of a file without Pixel Data. */
    public static final long ABSENT = -1;
    /** {@link Structure#pixelDataLength()} of encapsulated Pixel Data. */
    public static final long ENCAPSULATED = -2;

    /**
     * Walks the file's elements, as {@link #check}.
     *
     * @param file the file
     * @return what the walk saw
     * @throws NotDicomException when it is not DICOM
     * @throws IOException naming the file and element when a length does not fit
     */
    public static Structure structure(final Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            final DicomLimits limits = new DicomLimits(ch, file);
            final String ts = limits.walkFile();
            return new Structure(ts, limits.pixelDataLength);
        }
    }

    private long pixelDataLength = ABSENT;

    private String walkFile() throws IOException {
        final long size = channel.size();
        long start = 0;
        String transferSyntax = null;
        if (size >= 132 && "DICM".equals(ascii(128, 4))) {
            explicit = true;
            order = ByteOrder.LITTLE_ENDIAN;
            long pos = 132;
            while (pos + 8 <= size && tagAt(pos) >>> 16 == 0x0002) {
                final long[] header = header(pos, size);
                final long len = header[1];
                if (len > size - pos - header[0]) {
                    throw new IOException(file + ": element " + name((int) header[2]) + " declares " + len
                        + " bytes but only " + (size - pos - header[0]) + " remain");
                }
                if ((int) header[2] == 0x00020010) {
                    transferSyntax = ascii(pos + header[0], (int) len).replace("\0", "").trim();
                }
                pos += header[0] + len;
            }
            start = pos;
            if (transferSyntax == null || transferSyntax.isEmpty()) {
                throw new IOException(file + ": no Transfer Syntax UID (0002,0010) in the file meta information");
            }
        } else {
            // no preamble: accept a raw implicit-VR little-endian data set starting with a low group
            if (size < 8) {
                throw new NotDicomException(file + ": not a DICOM file (too short)");
            }
            final int group = tagAt(0) >>> 16;
            if (group != 0x0002 && group != 0x0008) {
                throw new NotDicomException(file + ": not a DICOM file (no DICM preamble)");
            }
            explicit = group == 0x0002;
            order = ByteOrder.LITTLE_ENDIAN;
        }
        if (transferSyntax != null) {
            if (transferSyntax.equals("1.2.840.10008.1.2")) {
                explicit = false;
            } else if (transferSyntax.equals("1.2.840.10008.1.2.2")) {
                order = ByteOrder.BIG_ENDIAN;
            } else if (transferSyntax.equals(DEFLATED)) {
                final byte[] inflated = inflate(start, size);
                channel = new Source() {
                    @Override
                    public int read(final ByteBuffer into, final long position) {
                        if (position >= inflated.length) {
                            return -1;
                        }
                        final int n = (int) Math.min(into.remaining(), inflated.length - position);
                        into.put(inflated, (int) position, n);
                        return n;
                    }

                    @Override
                    public long size() {
                        return inflated.length;
                    }
                };
                walk(0, inflated.length, 0);
                return transferSyntax;
            }
        }
        walk(start, size, 0);
        return transferSyntax;
    }

    /** Walks a data set from {@code pos} to {@code end} (or an item delimiter when end is open). */
    private long walk(long pos, final long end, final int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new IOException(file + ": sequences nested deeper than " + MAX_DEPTH + " at byte " + pos);
        }
        while (pos < end) {
            if (pos + 8 > end) {
                throw new IOException(file + ": truncated element header at byte " + pos);
            }
            final long[] h = header(pos, end);
            final int tag = (int) h[2];
            pos += h[0];
            if (tag == ITEM_END) {
                return pos;
            }
            final long len = h[1];
            final String vr = h[3] == 0 ? null : new String(new byte[] {(byte) (h[3] >> 8), (byte) h[3]}, StandardCharsets.US_ASCII);
            if (depth == 0 && tag == PIXEL_DATA) {
                pixelDataLength = len == UNDEFINED ? ENCAPSULATED : len;
            }
            if (len == UNDEFINED) {
                pos = walkItems(pos, end, depth + 1, tag == PIXEL_DATA, tag);
                continue;
            }
            if (len > end - pos) {
                throw new IOException(file + ": element " + name(tag) + " declares " + len + " bytes but only "
                    + (end - pos) + " remain");
            }
            if ("SQ".equals(vr) || (vr == null && len >= 8 && tagAt(pos) == ITEM)) {
                walkItems(pos, pos + len, depth + 1, false, tag);
            }
            pos += len;
        }
        return pos;
    }

    /** Walks the items of a sequence (or the fragments of encapsulated pixel data). */
    private long walkItems(long pos, final long end, final int depth, final boolean fragments, final int owner)
        throws IOException {
        while (pos < end) {
            if (pos + 8 > end) {
                throw new IOException(file + ": truncated item in " + name(owner) + " at byte " + pos);
            }
            final int tag = tagAt(pos);
            final long len = u32(pos + 4);
            pos += 8;
            if (tag == SEQUENCE_END) {
                return pos;
            }
            if (tag != ITEM) {
                throw new IOException(file + ": expected an item in " + name(owner) + " at byte " + (pos - 8) + ", found "
                    + name(tag));
            }
            if (len == UNDEFINED) {
                if (fragments) {
                    throw new IOException(file + ": pixel data fragment of undefined length");
                }
                pos = walk(pos, end, depth);
                continue;
            }
            if (len > end - pos) {
                throw new IOException(file + ": item in " + name(owner) + " declares " + len + " bytes but only "
                    + (end - pos) + " remain");
            }
            if (!fragments) {
                walk(pos, pos + len, depth);
            }
            pos += len;
        }
        if (end == channel.size()) {
            throw new IOException(file + ": " + name(owner) + " is not terminated (truncated file)");
        }
        return pos;
    }

    /** @return header length, value length, tag, VR (two bytes, 0 when implicit) */
    private long[] header(final long pos, final long end) throws IOException {
        final int tag = tagAt(pos);
        if ((tag >>> 16) == 0xFFFE) {
            return new long[] {8, u32(pos + 4), tag, 0};
        }
        final boolean ex = explicit || (tag >>> 16) == 0x0002;
        if (!ex) {
            return new long[] {8, u32(pos + 4), tag, 0};
        }
        final ByteBuffer vrBytes = read(pos + 4, 2);
        final String vr = new String(new byte[] {vrBytes.get(0), vrBytes.get(1)}, StandardCharsets.US_ASCII);
        final long vrCode = ((vrBytes.get(0) & 0xFFL) << 8) | (vrBytes.get(1) & 0xFFL);
        if (LONG_VRS.contains(vr)) {
            if (pos + 12 > end) {
                throw new IOException(file + ": truncated header of element " + name(tag));
            }
            return new long[] {12, u32(pos + 8), tag, vrCode};
        }
        final ByteBuffer b = read(pos + 6, 2);
        return new long[] {8, b.getShort(0) & 0xFFFFL, tag, vrCode};
    }

    private int tagAt(final long pos) throws IOException {
        final ByteBuffer b = read(pos, 4);
        return ((b.getShort(0) & 0xFFFF) << 16) | (b.getShort(2) & 0xFFFF);
    }

    private long u32(final long pos) throws IOException {
        return read(pos, 4).getInt(0) & 0xFFFFFFFFL;
    }

    /** Deflated Explicit VR Little Endian (PS3.5 A.5). */
    static final String DEFLATED = "1.2.840.10008.1.2.1.99";

    /**
     * Inflates the data set after the file meta information (raw deflate, RFC 1951), refusing one
     * that inflates to more than {@link #MAX_INFLATED_BYTES} or to more than a quarter of the free
     * heap, so that a small hostile file cannot exhaust memory.
     */
    private byte[] inflate(final long start, final long size) throws IOException {
        if (size - start > Integer.MAX_VALUE) {
            throw new IOException(file + ": deflated data set of " + (size - start) + " bytes is too large");
        }
        final ByteBuffer compressed = read(start, (int) (size - start));
        final long limit = Math.min(MAX_INFLATED_BYTES, Runtime.getRuntime().maxMemory() / 4);
        final java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
        try {
            inflater.setInput(compressed.array());
            final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            final byte[] chunk = new byte[1 << 16];
            while (!inflater.finished()) {
                final int n = inflater.inflate(chunk);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IOException(file + ": deflated data set is truncated or corrupt (after " + out.size()
                        + " inflated bytes)");
                }
                out.write(chunk, 0, n);
                if (out.size() > limit) {
                    throw new IOException(file + ": deflated data set inflates to more than " + limit + " bytes");
                }
            }
            return out.toByteArray();
        } catch (final java.util.zip.DataFormatException e) {
            throw new IOException(file + ": deflated data set is corrupt: " + e.getMessage());
        } finally {
            inflater.end();
        }
    }

    private ByteBuffer read(final long pos, final int n) throws IOException {
        final ByteBuffer b = ByteBuffer.allocate(n).order(order == null ? ByteOrder.LITTLE_ENDIAN : order);
        int done = 0;
        while (done < n) {
            final int r = channel.read(b, pos + done);
            if (r < 0) {
                throw new IOException(file + ": truncated at byte " + (pos + done));
            }
            done += r;
        }
        return b;
    }

    private String ascii(final long pos, final int n) throws IOException {
        final ByteBuffer b = read(pos, n);
        return new String(b.array(), StandardCharsets.ISO_8859_1);
    }

    static String name(final int tag) {
        return String.format("(%04X,%04X)", tag >>> 16, tag & 0xFFFF);
    }
}
