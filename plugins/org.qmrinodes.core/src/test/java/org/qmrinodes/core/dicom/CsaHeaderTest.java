package org.qmrinodes.core.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The Siemens CSA header parser on a hand-built SV10 header and on hostile counts and lengths. */
class CsaHeaderTest {

    /** One element "B_value" with one item "1000", in the SV10 layout. */
    private static ByteBuffer sv10(final int nTags, final int nItems, final int itemLength) {
        final ByteBuffer b = ByteBuffer.allocate(16 + 84 + 16 + 8).order(ByteOrder.LITTLE_ENDIAN);
        b.put("SV10".getBytes(StandardCharsets.US_ASCII)).put(new byte[] {4, 3, 2, 1}).putInt(nTags).putInt(77);
        final byte[] name = new byte[64];
        System.arraycopy("B_value".getBytes(StandardCharsets.US_ASCII), 0, name, 0, 7);
        b.put(name).putInt(1).put("IS\0\0".getBytes(StandardCharsets.US_ASCII)).putInt(6).putInt(nItems).putInt(77);
        b.putInt(itemLength).putInt(itemLength).putInt(77).putInt(itemLength);
        b.put("1000".getBytes(StandardCharsets.US_ASCII));
        return b;
    }

    @Test
    void readsANumber() {
        assertArrayEquals(new double[] {1000}, CsaHeader.parse(sv10(1, 1, 4).array()).numbers("B_value"), 0);
    }

    @Test
    void hostileCountsAndLengthsAreErrorsNotAllocations() {
        final IllegalArgumentException tags = assertThrows(IllegalArgumentException.class,
            () -> CsaHeader.parse(sv10(Integer.MAX_VALUE, 1, 4).array()));
        assertTrue(tags.getMessage().contains("elements"), tags.getMessage());
        final IllegalArgumentException items = assertThrows(IllegalArgumentException.class,
            () -> CsaHeader.parse(sv10(1, 1 << 30, 4).array()));
        assertTrue(items.getMessage().contains("B_value"), items.getMessage());
        final IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
            () -> CsaHeader.parse(sv10(1, 1, 0x7FFFFFF0).array()));
        assertTrue(length.getMessage().contains("B_value"), length.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CsaHeader.parse(new byte[8]));
    }
}
