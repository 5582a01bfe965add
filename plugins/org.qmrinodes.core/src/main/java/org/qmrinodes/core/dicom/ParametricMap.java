package org.qmrinodes.core.dicom;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.qmrinodes.core.data.InvalidDataException;

/**
 * What a scanner-computed parametric map series holds (Siemens T1, T2, T2* and ADC maps, GE MAGiC QMap
 * T1/T2/PD, Philips maps), and how its stored pixels become real values.
 *
 * <p>A series is a map when its Image Type (0008,0008) or Series Description (0008,103E) says so (a
 * value {@code MAP}, {@code QMAP}, {@code ADC}, or a word ending in {@code MAP} such as {@code T1MAP})
 * or when its Real World Value Mapping names a quantity. The parameter is the first of T2*, R2*,
 * ADC, T1, T2, PD, R1, R2, FA whose name appears as a word there (T2STAR, T2_STAR and "T2 STAR"
 * count as T2*). Values: when the image carries a Real World Value Mapping Sequence (0040,9096)
 * (DICOM PS3.3 C.7.6.16.2.11), its first item's slope (0040,9225) and intercept (0040,9224) map the
 * stored values, and its Measurement Units Code Sequence (0040,08EA) code value gives the units (UCUM,
 * e.g. {@code ms}, {@code mm2/s}); otherwise Rescale Slope and Intercept apply and the units are
 * not stated.
 *
 * @param parameter T1, T2, T2*, ADC, PD, R1, R2, R2* or FA; null when the series is not a map
 * @param units the units the file states, or empty
 * @param realWorldSlope slope of the Real World Value Mapping, or NaN when the rescale applies
 * @param realWorldIntercept its intercept (NaN with the slope)
 */
public record ParametricMap(String parameter, String units, double realWorldSlope, double realWorldIntercept) {

    /** Not a map. */
    public static final ParametricMap NONE = new ParametricMap(null, "", Double.NaN, Double.NaN);

    private static final int IMAGE_TYPE = 0x00080008;
    private static final int SERIES_DESCRIPTION = 0x0008103E;
    private static final int RWV_SEQUENCE = 0x00409096;
    private static final int RWV_SLOPE = 0x00409225;
    private static final int RWV_INTERCEPT = 0x00409224;
    private static final int RWV_UNITS = 0x004008EA;
    private static final int LUT_LABEL = 0x00409210;
    private static final int CODE_VALUE = 0x00080100;

    private static final List<String[]> PARAMETERS = List.of(new String[] {"T2*", "T2*", "T2STAR", "T2_STAR", "T2 STAR"},
        new String[] {"R2*", "R2*", "R2STAR"}, new String[] {"ADC", "ADC"}, new String[] {"T1", "T1"},
        new String[] {"T2", "T2"}, new String[] {"PD", "PD"}, new String[] {"R1", "R1"}, new String[] {"R2", "R2"},
        new String[] {"FA", "FA"});

    /** @return whether the series is a map */
    public boolean isMap() {
        return parameter != null;
    }

    /** @return whether the Real World Value Mapping gives the values */
    public boolean realWorld() {
        return !Double.isNaN(realWorldSlope);
    }

    /**
     * @param file for messages
     * @param d an image's data set
     * @param frameItem its per-frame functional group item (enhanced multi-frame), or null
     * @param shared the shared functional group item, or null
     * @return what the image says of itself
     * @throws InvalidDataException naming the file and element when a mapping's slope is not a finite
     *         non-zero number or its intercept not finite
     */
    static ParametricMap of(final java.nio.file.Path file, final DicomElements d, final DicomElements frameItem,
        final DicomElements shared) {
        DicomElements mapping = null;
        for (final DicomElements where : new DicomElements[] {frameItem, shared, d}) {
            if (mapping == null && where != null && !where.items(RWV_SEQUENCE).isEmpty()) {
                mapping = where.items(RWV_SEQUENCE).get(0);
            }
        }
        String units = "";
        String label = "";
        if (mapping != null) {
            final List<DicomElements> codes = mapping.items(RWV_UNITS);
            if (!codes.isEmpty() && codes.get(0).string(CODE_VALUE) != null) {
                units = codes.get(0).string(CODE_VALUE).trim();
            }
            label = mapping.string(LUT_LABEL) == null ? "" : mapping.string(LUT_LABEL);
        }
        final String text = (String.join(" ", d.strings(IMAGE_TYPE)) + " " + orEmpty(d.string(SERIES_DESCRIPTION)) + " "
            + label).toUpperCase(Locale.ROOT);
        final String[] words = text.split("[^A-Z0-9*]+");
        final boolean named = Arrays.stream(words).anyMatch(w -> w.equals("MAP") || w.equals("QMAP") || w.equals("ADC")
            || w.length() > 3 && w.endsWith("MAP"));
        final boolean quantity = mapping != null && !units.isEmpty() && !units.equals("1") && !units.equals("{counts}");
        if (!named && !quantity) {
            return NONE;
        }
        String parameter = null;
        for (final String[] p : PARAMETERS) {
            for (int a = 1; a < p.length && parameter == null; a++) {
                if (containsWord(text, p[a])) {
                    parameter = p[0];
                }
            }
            if (parameter != null) {
                break;
            }
        }
        if (parameter == null) {
            return NONE;
        }
        if (mapping == null || !mapping.has(RWV_SLOPE)) {
            return new ParametricMap(parameter, units, Double.NaN, Double.NaN);
        }
        final double slope = mapping.number(RWV_SLOPE);
        final double intercept = mapping.has(RWV_INTERCEPT) ? mapping.number(RWV_INTERCEPT) : 0;
        if (!Double.isFinite(slope) || slope == 0 || !Double.isFinite(intercept)) {
            throw new InvalidDataException(file + ": Real World Value Mapping (0040,9096) has slope " + slope
                + " and intercept " + intercept + "; a finite non-zero slope and a finite intercept are needed");
        }
        return new ParametricMap(parameter, units, slope, intercept);
    }

    private static boolean containsWord(final String text, final String word) {
        int at = text.indexOf(word);
        while (at >= 0) {
            final boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            final int end = at + word.length();
            final boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                || text.startsWith("MAP", end);
            if (startOk && endOk) {
                return true;
            }
            at = text.indexOf(word, at + 1);
        }
        return false;
    }

    private static String orEmpty(final String s) {
        return s == null ? "" : s;
    }
}
