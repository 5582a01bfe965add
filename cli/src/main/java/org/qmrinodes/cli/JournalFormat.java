package org.qmrinodes.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Numbers as a journal prints them, for reports read by people (the CSV outputs keep full
 * precision): three significant digits, p-values below 0.001 as "&lt; 0.001".
 */
final class JournalFormat {

    private static final MathContext THREE_DIGITS = new MathContext(3, RoundingMode.HALF_UP);
    private static final double SMALLEST_P_SHOWN = 0.001;

    private JournalFormat() {
    }

    /** @return {@code p} with three significant digits, or "&lt; 0.001" below 0.001 */
    static String pValue(final double p) {
        return p < SMALLEST_P_SHOWN ? "< 0.001" : statistic(p);
    }

    /**
     * @return {@code x} with three significant digits: plain notation from 1e-4 to below 1e6,
     *     scientific outside (e.g. 2.35e-07); infinities as ∞ and −∞
     */
    static String statistic(final double x) {
        if (Double.isInfinite(x)) {
            return x > 0 ? "\u221e" : "\u2212\u221e";
        }
        if (x == 0) {
            return "0";
        }
        final double abs = Math.abs(x);
        if (abs < 1e-4 || abs >= 1e6) {
            return String.format(Locale.ROOT, "%.2e", x);
        }
        final BigDecimal rounded = new BigDecimal(x).round(THREE_DIGITS);
        final int missingZeros = THREE_DIGITS.getPrecision() - rounded.precision();
        return (missingZeros > 0 ? rounded.setScale(rounded.scale() + missingZeros) : rounded).toPlainString();
    }
}
