package org.qmrinodes.core.data;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks of a user-given list of levels (groups, categories): each level may be listed once. */
public final class Levels {

    private Levels() {
    }

    /**
     * @param levels the levels in the user's order
     * @param what what they are, for the message, e.g. {@code the groups to compare}
     * @return an unmodifiable copy
     * @throws InvalidDataException naming the first level that is listed twice
     */
    public static List<String> requireDistinct(final List<String> levels, final String what) {
        final Set<String> seen = new HashSet<>();
        for (final String level : levels) {
            if (!seen.add(level)) {
                throw new InvalidDataException("'" + level + "' is listed twice in " + what + " " + levels
                    + "; list each one once.");
            }
        }
        return List.copyOf(levels);
    }
}
