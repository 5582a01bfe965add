package org.qmrinodes.fuzz;

/** What went wrong in one run. */
enum Symptom {
    /** Something escaped the command (other than an OutOfMemoryError), or it reported an internal error. */
    CRASH,
    /** An OutOfMemoryError, caught or printed. */
    OOM,
    /** The run did not end within the time limit. */
    TIMEOUT,
    /** An exit status other than 0, 1, 2, or another status than the contract prescribes. */
    BAD_EXIT,
    /** A stack trace or a Java exception class name on standard error. */
    STACK_TRACE,
    /** A log line of a third-party toolkit on standard error. */
    TOOLKIT_LOG,
    /** Other numbers than the unmutated input gave, although the mutation left the data usable. */
    WRONG_RESULT,
    /** Unusable or invalid data accepted with exit 0 and no word about it. */
    SILENT_ACCEPT,
    /** Bad data refused with a message that names neither the file nor a row, line or column. */
    UNCLEAR_MESSAGE
}
