package org.qmrinodes.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.qmrinodes.cli.Qmri;

/**
 * Runs {@code qmri} commands in this JVM, one at a time, with a time limit. Standard output and
 * error are captured both from the streams handed to the command and from {@code System.out} /
 * {@code System.err}; records of {@code java.util.logging} (where PixelMed's SLF4J logging ends up on
 * this class path) are captured into standard error as a console handler would print them.
 */
final class InProcessCli {

    private static final AtomicReference<PrintStream> LOG_TARGET = new AtomicReference<>();

    static {
        final Logger root = LogManager.getLogManager().getLogger("");
        for (final Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        root.addHandler(new Handler() {
            private final SimpleFormatter format = new SimpleFormatter();

            @Override
            public void publish(final LogRecord record) {
                final PrintStream target = LOG_TARGET.get();
                (target != null ? target : System.err).print(format.format(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    private final long limitMillis;

    /** @param limitMillis wall time allowed per run */
    InProcessCli(final long limitMillis) {
        this.limitMillis = limitMillis;
    }

    /**
     * @param args the command line
     * @return what the run did
     */
    @SuppressWarnings({"deprecation", "removal"})
    Invocation run(final List<String> args) {
        final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        final PrintStream systemOut = System.out;
        final PrintStream systemErr = System.err;
        final int[] status = {-1};
        final Throwable[] thrown = {null};
        final Thread worker = new Thread(() -> {
            try {
                status[0] = Qmri.execute(args.toArray(String[]::new), out, err);
            } catch (final Throwable t) {
                thrown[0] = t;
            }
        }, "qmri-fuzz");
        worker.setDaemon(true);
        final long start = System.nanoTime();
        boolean timedOut = false;
        System.setOut(out);
        System.setErr(err);
        LOG_TARGET.set(err);
        try {
            worker.start();
            worker.join(limitMillis);
            if (worker.isAlive()) {
                timedOut = true;
                worker.stop();
                worker.join(2000);
            }
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            LOG_TARGET.set(null);
            System.setOut(systemOut);
            System.setErr(systemErr);
        }
        final long millis = (System.nanoTime() - start) / 1_000_000;
        out.flush();
        err.flush();
        return new Invocation(List.copyOf(args), timedOut ? -1 : status[0], outBytes.toString(StandardCharsets.UTF_8),
            errBytes.toString(StandardCharsets.UTF_8), timedOut ? null : thrown[0], millis, timedOut);
    }
}
