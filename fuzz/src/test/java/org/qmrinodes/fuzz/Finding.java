package org.qmrinodes.fuzz;

/**
 * One violated rule in one run.
 *
 * @param command the qmri subcommand
 * @param symptom what went wrong
 * @param detail the offending output (one line, shortened)
 */
record Finding(String command, Symptom symptom, String detail) {

    private static final int DETAIL_CHARS = 220;

    /** Shortens the detail to one line. */
    Finding {
        detail = detail.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ').strip();
        if (detail.length() > DETAIL_CHARS) {
            detail = detail.substring(0, DETAIL_CHARS) + "...";
        }
    }
}
