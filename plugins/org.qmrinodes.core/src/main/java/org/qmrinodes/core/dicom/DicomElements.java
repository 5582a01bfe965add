package org.qmrinodes.core.dicom;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A DICOM data set as plain Java values, independent of the toolkit that read it: the exchange
 * format of {@link DicomToolkit}. Immutable.
 *
 * <p>Values by value representation: text VRs (including the numeric text VRs DS and IS) are
 * {@code String[]} (one entry per value, backslash-separated in the file); binary numbers (US, SS,
 * UL, SL, FL, FD) {@code double[]}; OB and UN {@code byte[]}; OW {@code short[]}; SQ a
 * {@code List<DicomElements>} of items.
 */
public final class DicomElements {

    /**
     * One element.
     *
     * @param vr the two-letter value representation
     * @param value its value, typed as described in {@link DicomElements}
     */
    public record Element(String vr, Object value) {
    }

    private final Map<Integer, Element> elements;
    private final long declaredPixelDataLength;

    private DicomElements(final Map<Integer, Element> elements, final long declaredPixelDataLength) {
        this.elements = Collections.unmodifiableMap(elements);
        this.declaredPixelDataLength = declaredPixelDataLength;
    }

    /**
     * @return the declared length in bytes of the file's Pixel Data (7FE0,0010), also after a
     *         header-only read; {@link DicomLimits#ABSENT} when the file has none,
     *         {@link DicomLimits#ENCAPSULATED} when it is compressed (encapsulated)
     */
    public long pixelDataLength() {
        return declaredPixelDataLength;
    }

    /** @return a builder for a data set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return every element by tag (group &lt;&lt; 16 | element), in insertion order */
    public Map<Integer, Element> elements() {
        return elements;
    }

    /** @return whether the tag is present */
    public boolean has(final int tag) {
        return elements.containsKey(tag);
    }

    /** @return the element or null */
    public Element get(final int tag) {
        return elements.get(tag);
    }

    /**
     * @param tag the tag
     * @return the first value as trimmed text, or null when absent or empty
     */
    public String string(final int tag) {
        final String[] s = strings(tag);
        if (s.length == 0 || s[0] == null) {
            return null;
        }
        final String t = s[0].trim();
        return t.isEmpty() ? null : t;
    }

    /**
     * @param tag the tag
     * @return all values as text (numbers formatted), empty when absent
     */
    public String[] strings(final int tag) {
        final Element e = elements.get(tag);
        if (e == null) {
            return new String[0];
        }
        if (e.value() instanceof String[] s) {
            return s.clone();
        }
        if (e.value() instanceof double[] d) {
            final String[] s = new String[d.length];
            for (int i = 0; i < d.length; i++) {
                s[i] = d[i] == Math.rint(d[i]) && Math.abs(d[i]) < 1e15 ? Long.toString((long) d[i]) : Double.toString(d[i]);
            }
            return s;
        }
        if (e.value() instanceof byte[] b) {
            // UN: private text elements read without a dictionary
            return new String(b, StandardCharsets.ISO_8859_1).replace("\0", "").split("\\\\", -1);
        }
        return new String[0];
    }

    /**
     * Numbers of an element: binary numbers as they are, text numbers (DS, IS, or UN bytes holding
     * text) parsed.
     *
     * @param tag the tag
     * @return the values, empty when absent
     * @throws NumberFormatException when a text value is not a number (the caller names the file)
     */
    public double[] numbers(final int tag) {
        final Element e = elements.get(tag);
        if (e == null) {
            return new double[0];
        }
        if (e.value() instanceof double[] d) {
            return d.clone();
        }
        final List<Double> out = new ArrayList<>();
        for (final String s : strings(tag)) {
            if (!s.isBlank()) {
                out.add(Double.parseDouble(s.trim()));
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * @param tag the tag
     * @return the first number, or NaN when absent
     */
    public double number(final int tag) {
        final double[] d = numbers(tag);
        return d.length == 0 ? Double.NaN : d[0];
    }

    /** @return the raw bytes of an OB/UN element, or null */
    public byte[] bytes(final int tag) {
        final Element e = elements.get(tag);
        return e != null && e.value() instanceof byte[] b ? b.clone() : null;
    }

    /** @return the items of a sequence, empty when absent */
    @SuppressWarnings("unchecked")
    public List<DicomElements> items(final int tag) {
        final Element e = elements.get(tag);
        return e != null && e.value() instanceof List<?> l ? (List<DicomElements>) l : List.of();
    }

    /**
     * Finds a private element by its creator, as PS3.5 7.8.1 reserves blocks: the creator string sits
     * in (gggg,00bb) and the element in (gggg,bbxx).
     *
     * @param group the odd group
     * @param creator the private creator (compared trimmed, case-insensitive)
     * @param offset the low byte xx of the element
     * @return the tag, or -1 when no block of that creator exists
     */
    public int privateTag(final int group, final String creator, final int offset) {
        for (int block = 0x10; block <= 0xFF; block++) {
            final String c = string((group << 16) | block);
            if (c != null && c.equalsIgnoreCase(creator.trim())) {
                return (group << 16) | (block << 8) | offset;
            }
        }
        return -1;
    }

    /** Collects elements of a {@link DicomElements}. */
    public static final class Builder {
        private final Map<Integer, Element> elements = new LinkedHashMap<>();
        private long pixelDataLength = DicomLimits.ABSENT;

        private Builder() {
        }

        /**
         * @param length the declared Pixel Data length the file had (see {@link DicomElements#pixelDataLength()})
         * @return this builder
         */
        public Builder pixelDataLength(final long length) {
            pixelDataLength = length;
            return this;
        }

        /**
         * @param tag the tag
         * @param vr the value representation
         * @param value the value, typed as in {@link DicomElements}
         * @return this builder
         */
        public Builder put(final int tag, final String vr, final Object value) {
            elements.put(tag, new Element(vr, value));
            return this;
        }

        /** Text value(s) of a text VR. */
        public Builder text(final int tag, final String vr, final String... values) {
            return put(tag, vr, values.clone());
        }

        /** Decimal string value(s). */
        public Builder ds(final int tag, final double... values) {
            final String[] s = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                s[i] = formatDs(values[i]);
            }
            return put(tag, "DS", s);
        }

        /** Binary number value(s), e.g. US or FD. */
        public Builder binary(final int tag, final String vr, final double... values) {
            return put(tag, vr, values.clone());
        }

        /** A sequence. */
        public Builder sequence(final int tag, final List<DicomElements> items) {
            return put(tag, "SQ", List.copyOf(items));
        }

        /** @return the data set */
        public DicomElements build() {
            return new DicomElements(new LinkedHashMap<>(elements), pixelDataLength);
        }
    }

    /** Formats a number into at most 16 characters, as the DS value representation allows. */
    static String formatDs(final double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        for (int digits = 10; digits > 0; digits--) {
            final String s = String.format(java.util.Locale.ROOT, "%." + digits + "g", v).trim();
            final String t = s.contains("e") ? s : s.replaceAll("0+$", "").replaceAll("\\.$", "");
            if (t.length() <= 16) {
                return t;
            }
        }
        return Double.toString(v).substring(0, 16);
    }
}
