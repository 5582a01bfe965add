package org.qmrinodes.core.dicom;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Siemens CSA image header, (0029,xx10) of creator "SIEMENS CSA HEADER": a list of named
 * elements with text items, as documented by NiBabel's "Siemens format DICOM with CSA header"
 * notes (formats "SV10" with a 16-byte prologue, and the older one without). Counts and lengths are
 * checked against the buffer, so a corrupt header gives an error, not a huge allocation.
 */
final class CsaHeader {

    private static final int MAX_TAGS = 1000;
    private static final int MAX_ITEMS = 10000;

    private final Map<String, List<String>> values;

    private CsaHeader(final Map<String, List<String>> values) {
        this.values = values;
    }

    /**
     * @param bytes the element value
     * @return the parsed header
     * @throws IllegalArgumentException when the structure does not fit the bytes
     */
    static CsaHeader parse(final byte[] bytes) {
        final ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        final Map<String, List<String>> out = new HashMap<>();
        if (bytes.length < 16) {
            throw new IllegalArgumentException("CSA header of " + bytes.length + " bytes is too short");
        }
        int pos = 0;
        if (bytes[0] == 'S' && bytes[1] == 'V' && bytes[2] == '1' && bytes[3] == '0') {
            pos = 8;
        }
        final long nTags = b.getInt(pos) & 0xFFFFFFFFL;
        if (nTags > MAX_TAGS) {
            throw new IllegalArgumentException("CSA header declares " + nTags + " elements");
        }
        pos += 8;
        for (int t = 0; t < nTags; t++) {
            need(bytes, pos, 84);
            final String name = cString(bytes, pos, 64);
            final long nItems = b.getInt(pos + 76) & 0xFFFFFFFFL;
            if (nItems > MAX_ITEMS) {
                throw new IllegalArgumentException("CSA element " + name + " declares " + nItems + " items");
            }
            pos += 84;
            final List<String> items = new ArrayList<>();
            for (int i = 0; i < nItems; i++) {
                need(bytes, pos, 16);
                final long len = b.getInt(pos + 4) & 0xFFFFFFFFL;
                pos += 16;
                if (len > bytes.length - pos) {
                    throw new IllegalArgumentException("CSA element " + name + " item declares " + len + " bytes");
                }
                final String s = cString(bytes, pos, (int) len).trim();
                if (!s.isEmpty()) {
                    items.add(s);
                }
                pos += (int) ((len + 3) / 4 * 4);
            }
            out.put(name, items);
        }
        return new CsaHeader(out);
    }

    private static void need(final byte[] bytes, final int pos, final int n) {
        if (pos + n > bytes.length) {
            throw new IllegalArgumentException("CSA header truncated at byte " + pos);
        }
    }

    private static String cString(final byte[] bytes, final int pos, final int n) {
        int end = pos;
        while (end < pos + n && end < bytes.length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, pos, end - pos, StandardCharsets.ISO_8859_1);
    }

    /** @return the numbers of a named element, empty when absent */
    double[] numbers(final String name) {
        final List<String> v = values.getOrDefault(name, List.of());
        final double[] d = new double[v.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = Double.parseDouble(v.get(i));
        }
        return d;
    }
}
