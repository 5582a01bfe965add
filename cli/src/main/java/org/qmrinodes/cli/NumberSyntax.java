package org.qmrinodes.cli;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The number syntax of R's {@code read.csv} (its {@code type.convert}): decimal or scientific
 * notation with an optional sign and surrounding blanks, {@code NA} and the empty field as missing,
 * {@code Inf}, {@code -Inf}, {@code Infinity} and {@code NaN} as non-finite values. Java-only forms
 * such as {@code 0.9d}, {@code 0x1p-1} or {@code 1_000} are not numbers.
 */
final class NumberSyntax {

    /** The missing-value marker of R (and of every input table here). */
    static final String NA = "NA";

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");

    private NumberSyntax() {
    }

    /** @return whether {@code text} is a missing value: empty, blank or {@code NA} */
    static boolean isMissing(final String text) {
        final String t = text.strip();
        return t.isEmpty() || t.equals(NA);
    }

    /**
     * @param text a field or option value, not missing
     * @return its value; non-finite for {@code Inf}, {@code NaN} or a number too large for a double
     * @throws NumberFormatException when it is not a number in R's syntax
     */
    static double parse(final String text) {
        final String t = text.strip();
        if (DECIMAL.matcher(t).matches()) {
            return Double.parseDouble(t);
        }
        final String unsigned = (t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t).toLowerCase(Locale.ROOT);
        final boolean negative = t.startsWith("-");
        return switch (unsigned) {
            case "inf", "infinity" -> negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> throw new NumberFormatException("not a number: '" + text + "'");
        };
    }
}
