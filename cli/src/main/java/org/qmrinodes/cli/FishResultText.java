package org.qmrinodes.cli;

import java.util.Locale;
import java.util.Set;

/** A FISH (ISH) result written as text: amplified or not amplified. */
final class FishResultText {

    private static final Set<String> AMPLIFIED = Set.of("amplified", "positive", "pos", "yes", "1");
    private static final Set<String> NOT_AMPLIFIED = Set.of("not amplified", "non-amplified", "negative", "neg", "no", "0");

    private FishResultText() {
    }

    /**
     * @param text the field; null (missing) gives null
     * @param where file, line and column, for the message
     * @return true for amplified/positive/pos/yes/1, false for not amplified/non-amplified/negative/neg/no/0
     *     (case-insensitive), null when missing
     * @throws CliException (data) naming {@code where} for any other text
     */
    static Boolean parse(final String text, final String where) throws CliException {
        if (text == null || text.isBlank()) {
            return null;
        }
        final String t = text.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (AMPLIFIED.contains(t)) {
            return Boolean.TRUE;
        }
        if (NOT_AMPLIFIED.contains(t)) {
            return Boolean.FALSE;
        }
        throw CliException.data(where + ": '" + text + "' is not a FISH result (amplified/positive/pos/yes/1 or "
            + "not amplified/non-amplified/negative/neg/no/0)");
    }
}
