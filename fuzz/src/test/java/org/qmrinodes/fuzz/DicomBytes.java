package org.qmrinodes.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Byte-level editing of DICOM Part 10 files in explicit VR little endian (as the synthetic generator
 * writes them): lists the top-level data elements and rewrites, removes or corrupts one of them, so
 * that a mutation changes exactly what it names and nothing a toolkit would normalise on writing.
 */
final class DicomBytes {

    /** Where the first data element starts: 128-byte preamble and "DICM". */
    static final int FIRST_ELEMENT = 132;
    static final int TRANSFER_SYNTAX = 0x00020010;
    static final int SOP_INSTANCE_UID = 0x00080018;
    static final int IMAGE_ORIENTATION = 0x00200037;
    static final int ROWS = 0x00280010;
    static final int COLUMNS = 0x00280011;
    static final int PIXEL_SPACING = 0x00280030;
    static final int BITS_ALLOCATED = 0x00280100;
    static final int BITS_STORED = 0x00280101;
    static final int HIGH_BIT = 0x00280102;
    static final int RESCALE_INTERCEPT = 0x00281052;
    static final int RESCALE_SLOPE = 0x00281053;
    static final int PIXEL_DATA = 0x7FE00010;

    private static final int META_GROUP_LENGTH = 0x00020000;
    private static final int ITEM = 0xFFFEE000;
    private static final int ITEM_END = 0xFFFEE00D;
    private static final int SEQUENCE_END = 0xFFFEE0DD;
    private static final long UNDEFINED = 0xFFFFFFFFL;
    private static final Set<String> LONG_VRS = Set.of("OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR",
        "UT", "UV");

    /**
     * One top-level data element.
     *
     * @param tag group and element
     * @param vr the value representation
     * @param start offset of the tag
     * @param lengthOffset offset of the length field
     * @param longLength whether the length field has 4 bytes
     * @param valueStart offset of the value
     * @param end offset after the element (sequences of undefined length included)
     */
    record Element(int tag, String vr, int start, int lengthOffset, boolean longLength, int valueStart, int end) {
    }

    private DicomBytes() {
    }

    /**
     * @param file the bytes of a Part 10 file
     * @return its top-level elements in file order
     * @throws IllegalArgumentException when the bytes are not explicit VR little endian DICOM
     */
    static List<Element> elements(final byte[] file) {
        final ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        final List<Element> list = new ArrayList<>();
        int p = FIRST_ELEMENT;
        while (p + 8 <= file.length) {
            final Element e = element(b, p);
            list.add(e);
            p = e.end();
        }
        return list;
    }

    private static Element element(final ByteBuffer b, final int p) {
        final int tag = (b.getShort(p) & 0xFFFF) << 16 | b.getShort(p + 2) & 0xFFFF;
        final String vr = new String(new byte[] {b.get(p + 4), b.get(p + 5)}, StandardCharsets.US_ASCII);
        if (!vr.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException(String.format("no explicit VR at offset %d (tag %08X)", p, tag));
        }
        final boolean longLength = LONG_VRS.contains(vr);
        final int lengthOffset = longLength ? p + 8 : p + 6;
        final long length = longLength ? b.getInt(lengthOffset) & UNDEFINED : b.getShort(lengthOffset) & 0xFFFF;
        final int valueStart = lengthOffset + (longLength ? 4 : 2);
        final int end = length == UNDEFINED ? skipUndefined(b, valueStart) : Math.toIntExact(valueStart + length);
        return new Element(tag, vr, p, lengthOffset, longLength, valueStart, end);
    }

    /** @return the offset after the sequence delimiter of a sequence (or item) of undefined length */
    private static int skipUndefined(final ByteBuffer b, final int from) {
        int p = from;
        while (p + 8 <= b.limit()) {
            final int tag = (b.getShort(p) & 0xFFFF) << 16 | b.getShort(p + 2) & 0xFFFF;
            if (tag == SEQUENCE_END || tag == ITEM_END) {
                return p + 8;
            }
            if (tag == ITEM) {
                final long length = b.getInt(p + 4) & UNDEFINED;
                p = length == UNDEFINED ? skipUndefined(b, p + 8) : Math.toIntExact(p + 8 + length);
            } else {
                p = element(b, p).end();
            }
        }
        throw new IllegalArgumentException("sequence of undefined length without delimiter");
    }

    /**
     * @param file the bytes of a Part 10 file
     * @param tag the element
     * @return the element, or null when absent
     */
    static Element find(final byte[] file, final int tag) {
        return elements(file).stream().filter(e -> e.tag() == tag).findFirst().orElse(null);
    }

    /**
     * Replaces the value of an element with a short length field (padded to even length as its VR
     * prescribes), fixing the file meta group length when the element belongs to it.
     *
     * @param file the bytes of a Part 10 file
     * @param tag the element (must be present)
     * @param value the new value bytes
     * @return the new file
     */
    static byte[] replace(final byte[] file, final int tag, final byte[] value) {
        final Element e = find(file, tag);
        if (e == null) {
            throw new IllegalArgumentException(String.format("no element %08X", tag));
        }
        final byte[] padded = value.length % 2 == 0 ? value : pad(value, e.vr().equals("UI") || e.vr().equals("OB") ? 0 : ' ');
        final ByteArrayOutputStream out = new ByteArrayOutputStream(file.length + padded.length);
        out.write(file, 0, e.lengthOffset());
        final ByteBuffer length = ByteBuffer.allocate(e.longLength() ? 4 : 2).order(ByteOrder.LITTLE_ENDIAN);
        if (e.longLength()) {
            length.putInt(padded.length);
        } else {
            length.putShort((short) padded.length);
        }
        out.write(length.array(), 0, length.capacity());
        out.write(padded, 0, padded.length);
        out.write(file, e.end(), file.length - e.end());
        return fixMetaGroupLength(out.toByteArray());
    }

    /** @return the file with a text value (DS, IS, UI, ...) replaced */
    static byte[] replaceText(final byte[] file, final int tag, final String value) {
        return replace(file, tag, value.getBytes(StandardCharsets.US_ASCII));
    }

    /** @return the file with an unsigned short value (US) replaced */
    static byte[] replaceUnsignedShort(final byte[] file, final int tag, final int value) {
        return replace(file, tag, ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN).putShort((short) value).array());
    }

    /** @return the file without the element */
    static byte[] remove(final byte[] file, final int tag) {
        final Element e = find(file, tag);
        if (e == null) {
            return file.clone();
        }
        final byte[] out = new byte[file.length - (e.end() - e.start())];
        System.arraycopy(file, 0, out, 0, e.start());
        System.arraycopy(file, e.end(), out, e.start(), file.length - e.end());
        return fixMetaGroupLength(out);
    }

    /** @return the file with the length field of an element set to a raw value, the rest untouched */
    static byte[] setLengthField(final byte[] file, final Element e, final long length) {
        final byte[] out = file.clone();
        final ByteBuffer b = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        if (e.longLength()) {
            b.putInt(e.lengthOffset(), (int) length);
        } else {
            b.putShort(e.lengthOffset(), (short) length);
        }
        return out;
    }

    private static byte[] pad(final byte[] value, final int padding) {
        final byte[] out = new byte[value.length + 1];
        System.arraycopy(value, 0, out, 0, value.length);
        out[value.length] = (byte) padding;
        return out;
    }

    private static byte[] fixMetaGroupLength(final byte[] file) {
        final List<Element> list = elements(file);
        final Element groupLength = list.stream().filter(e -> e.tag() == META_GROUP_LENGTH).findFirst().orElse(null);
        if (groupLength == null) {
            return file;
        }
        final int end = list.stream().filter(e -> e.tag() >>> 16 == 2).mapToInt(Element::end).max().orElseThrow();
        ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).putInt(groupLength.valueStart(), end - groupLength.end());
        return file;
    }
}
