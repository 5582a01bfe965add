package org.qmrinodes.fuzz;

import java.util.Map;
import java.util.TreeMap;

/**
 * The allow-list: failure classes known from the fuzz findings and not fixed yet. A failing case
 * whose mutation is listed here is counted and printed but does not fail the build. Remove an entry
 * when its fix lands; the run prints the entries that no case needed any more.
 *
 * <p>A key is a mutation name ({@code dicom-rescale-slope-nan}: every command and symptom of that
 * mutation) or a mutation name and a command ({@code csv-bom@icc}: that command only); the value
 * says what fails today.
 */
final class KnownFailures {

    /** Known failure classes, by mutation name (optionally {@code @command}). */
    static final Map<String, String> ALLOWED = new TreeMap<>(Map.ofEntries());

    private KnownFailures() {
    }

    /**
     * @param failure a failure class
     * @return the allow-list key that covers it, or null
     */
    static String covering(final FuzzRun.FailureClass failure) {
        final String specific = failure.mutation() + "@" + failure.command();
        if (ALLOWED.containsKey(specific)) {
            return specific;
        }
        return ALLOWED.containsKey(failure.mutation()) ? failure.mutation() : null;
    }
}
