package org.qmrinodes.core.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

import org.xerial.snappy.Snappy;

/**
 * The stream format of snappy-java's {@code SnappyOutputStream}, which KNIME's default table format
 * writes its saved {@code data.bin} with: an 8-byte magic ({@code 0x82 "SNAPPY" 0x00}), two 4-byte
 * version numbers, then chunks of a 4-byte big-endian compressed length followed by one raw Snappy
 * block. The framing is read here, with every length checked against the bytes present and the
 * output bound before anything is allocated, so a damaged or hostile file is an {@link IOException},
 * never an allocation of the size it claims; each block is decoded by snappy-java.
 */
final class SnappyStream {

    private static final byte[] MAGIC = {(byte)0x82, 'S', 'N', 'A', 'P', 'P', 'Y', 0};

    private static final int HEADER_BYTES = MAGIC.length + 8;

    private SnappyStream() {
    }

    /** @return whether the bytes start with the stream's magic */
    static boolean isSnappyStream(final byte[] bytes) {
        if (bytes.length < HEADER_BYTES) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param bytes a whole stream, starting with its header
     * @param maxBytes the largest decompressed size accepted
     * @return the decompressed bytes
     * @throws IOException when a chunk is truncated or damaged, or the output would exceed {@code maxBytes}
     */
    static byte[] decompress(final byte[] bytes, final long maxBytes) throws IOException {
        final ByteBuffer in = ByteBuffer.wrap(bytes);
        in.position(HEADER_BYTES);
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        long total = 0;
        while (in.remaining() > 0) {
            if (in.remaining() < 4) {
                throw new IOException("truncated Snappy chunk length");
            }
            final int length = in.getInt();
            if (length < 0 || length > in.remaining()) {
                throw new IOException("a Snappy chunk claims " + Integer.toUnsignedString(length)
                    + " bytes where " + in.remaining() + " remain");
            }
            final int offset = in.position();
            if (!Snappy.isValidCompressedBuffer(bytes, offset, length)) {
                throw new IOException("a damaged Snappy chunk at byte " + offset);
            }
            final int size = Snappy.uncompressedLength(bytes, offset, length);
            total += size;
            if (size < 0 || total > maxBytes) {
                throw new IOException("the Snappy stream unpacks to more than " + (maxBytes >> 20) + " MB");
            }
            final byte[] chunk = new byte[size];
            Snappy.uncompress(bytes, offset, length, chunk, 0);
            out.write(chunk);
            in.position(offset + length);
        }
        return out.toByteArray();
    }
}
