package org.qmrinodes.core.data;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as a journal prints them, for text meant to be read (Table 1, the HTML report, display
 * columns): a p-value below 0.001 as {@code < 0.001}, every other number to a few significant
 * digits (0.0234, 0.512, 1.20). Numeric CSV columns keep full precision and do not use this.
 */
public final class DisplayNumbers {

    /** Significant digits of displayed p-values and summaries. */
    public static final int DIGITS = 3;

    /** Smallest magnitude shown in plain notation. */
    private static final double PLAIN_FROM = 1e-4;
    /** Magnitudes from here on are shown in scientific notation. */
    private static final double PLAIN_BELOW = 1e6;

    /** The text of a value that is missing or was not computed. */
    public static final String MISSING = "NA";

    private DisplayNumbers() {
    }

    /**
     * @param p a p-value, NaN when not tested
     * @return {@code < 0.001} below 0.001, {@code NA} for NaN, else p to {@link #DIGITS} significant digits
     */
    public static String pValue(final double p) {
        if (Double.isNaN(p)) {
            return MISSING;
        }
        return p < 0.001 ? "< 0.001" : significant(p, DIGITS);
    }

    /**
     * @param value a number
     * @return the number to {@link #DIGITS} significant digits
     */
    public static String significant(final double value) {
        return significant(value, DIGITS);
    }

    /**
     * @param value a number
     * @param digits significant digits, at least 1
     * @return the value rounded half-up to {@code digits} significant digits in plain notation with the
     *         trailing zeros that those digits imply (1.20, 0.000450, 12300), in scientific notation
     *         below 10⁻⁴ and from 10⁶ in magnitude (2.35e-07); {@code NA} for NaN and
     *         {@code Inf}/{@code -Inf} for infinities
     */
    public static String significant(final double value, final int digits) {
        if (digits < 1) {
            throw new IllegalArgumentException("significant digits must be at least 1, got " + digits);
        }
        if (Double.isNaN(value)) {
            return MISSING;
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Inf" : "-Inf";
        }
        if (value == 0) {
            return digits == 1 ? "0" : "0." + "0".repeat(digits - 1);
        }
        if (Math.abs(value) < PLAIN_FROM || Math.abs(value) >= PLAIN_BELOW) {
            return String.format(java.util.Locale.ROOT, "%." + (digits - 1) + "e", value);
        }
        final BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_UP));
        final int exponent = rounded.precision() - rounded.scale() - 1;
        return rounded.setScale(Math.max(0, digits - 1 - exponent), RoundingMode.HALF_UP).toPlainString();
    }
}
