package org.qmrinodes.fuzz;

import java.util.List;

/**
 * One in-process run of {@code qmri}.
 *
 * @param args the command line
 * @param status exit status (-1 when the run threw or timed out)
 * @param out standard output, including anything printed to {@code System.out} meanwhile
 * @param err standard error, including anything printed to {@code System.err} or logged meanwhile
 * @param thrown what escaped {@code Qmri.run} (e.g. an {@link OutOfMemoryError}), or null
 * @param millis wall time
 * @param timedOut whether the run was stopped at the time limit
 */
record Invocation(List<String> args, int status, String out, String err, Throwable thrown, long millis,
    boolean timedOut) {

    /** @return the subcommand */
    String command() {
        return args.isEmpty() ? "" : args.get(0);
    }
}
