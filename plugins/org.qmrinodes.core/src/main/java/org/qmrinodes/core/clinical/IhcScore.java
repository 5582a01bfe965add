package org.qmrinodes.core.clinical;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.qmrinodes.core.data.InvalidDataException;

/** HER2 immunohistochemistry score 0, 1+, 2+ or 3+ (ASCO/CAP membrane staining categories). */
public final class IhcScore {

    private static final Pattern SCORE = Pattern.compile("(?:ihc\\s*)?([0-3])(?:\\.0+)?\\s*(\\+?)");

    private IhcScore() {
    }

    /**
     * Reads a score written as {@code 0}, {@code 1+}, {@code 2+}, {@code 3+} (also {@code 1},
     * {@code 2.0}, {@code IHC 2+}).
     *
     * @param text the value; null or blank is missing
     * @param where the row and column, for the message
     * @return 0 to 3, or -1 when missing
     * @throws InvalidDataException naming {@code where} when the value is not a score (e.g.
     *         {@code 4}, {@code 1.5}, {@code 0+} is accepted as 0)
     */
    public static int parse(final String text, final String where) {
        if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("NA")) {
            return -1;
        }
        final Matcher m = SCORE.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new InvalidDataException(where + ": '" + text + "' is not an IHC score (0, 1+, 2+ or 3+)");
        }
        return Integer.parseInt(m.group(1));
    }

    /**
     * @param score 0 to 3
     * @return the score as written in reports ({@code 0}, {@code 1+}, {@code 2+}, {@code 3+})
     */
    public static String label(final int score) {
        return score == 0 ? "0" : score + "+";
    }
}
