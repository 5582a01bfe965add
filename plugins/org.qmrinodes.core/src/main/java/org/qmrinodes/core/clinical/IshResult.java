package org.qmrinodes.core.clinical;

/**
 * What an in-situ hybridisation (FISH) report gives for one case; any part may be missing.
 *
 * @param ratio HER2/CEP17 ratio, NaN when not reported
 * @param copyNumber mean HER2 copy number (signals per cell), NaN when not reported
 * @param amplified the reported result as amplified (true), not amplified (false), or null when
 *        the report gives numbers only or nothing
 */
public record IshResult(double ratio, double copyNumber, Boolean amplified) {

    /** No ISH result. */
    public static final IshResult NONE = new IshResult(Double.NaN, Double.NaN, null);

    private static final java.util.Set<String> AMPLIFIED = java.util.Set.of("amplified", "positive", "pos", "yes", "1");
    private static final java.util.Set<String> NOT_AMPLIFIED = java.util.Set.of("not amplified", "non-amplified",
        "negative", "neg", "no", "0");

    /**
     * Reads a reported ISH (FISH) result written as text.
     *
     * @param text the value; null or blank is missing
     * @param where row (or line) and column, for the message
     * @return true for amplified/positive/pos/yes/1, false for not amplified/non-amplified/negative/neg/no/0
     *         (case-insensitive, blanks collapsed), null when missing
     * @throws org.qmrinodes.core.data.InvalidDataException naming {@code where} for any other text
     */
    public static Boolean parseReported(final String text, final String where) {
        if (text == null || text.isBlank()) {
            return null;
        }
        final String t = text.trim().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        if (AMPLIFIED.contains(t)) {
            return Boolean.TRUE;
        }
        if (NOT_AMPLIFIED.contains(t)) {
            return Boolean.FALSE;
        }
        throw new org.qmrinodes.core.data.InvalidDataException(where + ": '" + text + "' is not a FISH result"
            + " (amplified/positive/pos/yes/1 or not amplified/non-amplified/negative/neg/no/0)");
    }

    /** @return whether any part of a result is present */
    public boolean present() {
        return !Double.isNaN(ratio) || !Double.isNaN(copyNumber) || amplified != null;
    }

    /**
     * ASCO/CAP 2018/2023 dual-probe ISH group (1–5), or 0 when ratio or copy number is missing.
     * Group 1: ratio ≥ 2.0 and copy number ≥ 4.0; group 2: ratio ≥ 2.0 and copy number &lt; 4.0;
     * group 3: ratio &lt; 2.0 and copy number ≥ 6.0; group 4: ratio &lt; 2.0 and copy number 4.0 to
     * &lt; 6.0; group 5: ratio &lt; 2.0 and copy number &lt; 4.0.
     *
     * @return the group
     */
    public int ascoCapGroup() {
        if (Double.isNaN(ratio) || Double.isNaN(copyNumber)) {
            return 0;
        }
        if (ratio >= 2.0) {
            return copyNumber >= 4.0 ? 1 : 2;
        }
        return copyNumber >= 6.0 ? 3 : copyNumber >= 4.0 ? 4 : 5;
    }
}
