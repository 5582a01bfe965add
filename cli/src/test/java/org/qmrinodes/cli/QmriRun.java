package org.qmrinodes.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One in-process invocation of {@code qmri} with captured output, for the command-line tests.
 *
 * @param status exit status
 * @param out standard output
 * @param err standard error
 */
record QmriRun(int status, String out, String err) {

    /** @return the result of running {@code qmri args} */
    static QmriRun qmri(final String... args) {
        return run(Qmri.standard(), args);
    }

    /** @return the result of running {@code qmri args} with {@code environment} as its only environment variables */
    static QmriRun qmriWith(final Map<String, String> environment, final String... args) {
        return run(Qmri.standard().withEnvironment(environment), args);
    }

    private static QmriRun run(final Qmri qmri, final String... args) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final int status = qmri.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
        return new QmriRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
