package org.knime.core.node;

import java.util.function.Supplier;

/**
 * Test-kit stand-in for the KNIME class of the same name: progress reporting and cancellation checks during
 * execution. Sub-progress monitors map their [0,1] progress onto a fraction of the parent and share its
 * cancellation state.
 */
public class ExecutionMonitor {

    /** State shared by a monitor and all its sub monitors (test-kit internal). */
    static final class State {
        private final int m_cancelAfterChecks;

        private int m_checks;

        private boolean m_canceled;

        private double m_progress;

        private String m_message;

        State(final int cancelAfterChecks) {
            m_cancelAfterChecks = cancelAfterChecks;
        }

        synchronized void check() throws CanceledExecutionException {
            m_checks++;
            if (m_cancelAfterChecks >= 0 && m_checks > m_cancelAfterChecks) {
                m_canceled = true;
            }
            if (m_canceled) {
                throw new CanceledExecutionException();
            }
        }

        synchronized void cancel() {
            m_canceled = true;
        }

        synchronized int checks() {
            return m_checks;
        }

        synchronized double progress() {
            return m_progress;
        }

        synchronized String message() {
            return m_message;
        }
    }

    final State m_state;

    private final ExecutionMonitor m_parent;

    private final double m_weight;

    private final boolean m_silent;

    private final boolean m_cancelable;

    private double m_local;

    /** Creates a root monitor that is never canceled. */
    public ExecutionMonitor() {
        this(new State(-1), null, 1.0, false, true);
    }

    ExecutionMonitor(final State state, final ExecutionMonitor parent, final double weight, final boolean silent,
        final boolean cancelable) {
        m_state = state;
        m_parent = parent;
        m_weight = weight;
        m_silent = silent;
        m_cancelable = cancelable;
    }

    /** @throws CanceledExecutionException if execution has been canceled */
    public void checkCanceled() throws CanceledExecutionException {
        if (m_cancelable) {
            m_state.check();
        }
    }

    /** @param progress progress in [0,1] */
    public void setProgress(final double progress) {
        updateLocal(progress);
    }

    /** @param progress progress in [0,1] @param message message */
    public void setProgress(final double progress, final String message) {
        updateLocal(progress);
        setMessage(message);
    }

    /** @param progress progress in [0,1] @param messageSupplier message supplier */
    public void setProgress(final double progress, final Supplier<String> messageSupplier) {
        setProgress(progress, messageSupplier == null ? null : messageSupplier.get());
    }

    /** @param message message */
    public void setMessage(final String message) {
        if (!m_silent) {
            synchronized (m_state) {
                m_state.m_message = message;
            }
        }
    }

    /** @param messageSupplier message supplier */
    public void setMessage(final Supplier<String> messageSupplier) {
        setMessage(messageSupplier == null ? null : messageSupplier.get());
    }

    /** @param message message; progress unchanged */
    public void setProgress(final String message) {
        setMessage(message);
    }

    /** @param maxProg fraction of this monitor covered by the sub monitor @return the sub monitor */
    public ExecutionMonitor createSubProgress(final double maxProg) {
        return new ExecutionMonitor(m_state, this, checkFraction(maxProg), false, true);
    }

    /** @param maxProg fraction of this monitor @return a sub monitor that does not forward messages */
    public ExecutionMonitor createSilentSubProgress(final double maxProg) {
        return new ExecutionMonitor(m_state, this, checkFraction(maxProg), true, true);
    }

    /** @return a sub monitor whose {@link #checkCanceled()} never throws */
    public ExecutionMonitor createNonCancelableSubProgress() {
        return new ExecutionMonitor(m_state, this, 1.0, false, false);
    }

    static double checkFraction(final double maxProg) {
        if (maxProg < 0.0 || maxProg > 1.0 || Double.isNaN(maxProg)) {
            throw new IllegalArgumentException("Sub progress fraction must be in [0,1]: " + maxProg);
        }
        return maxProg;
    }

    private void updateLocal(final double p) {
        double v = Double.isNaN(p) ? m_local : Math.max(0.0, Math.min(1.0, p));
        double delta = v - m_local;
        m_local = v;
        if (m_parent == null) {
            synchronized (m_state) {
                m_state.m_progress = v;
            }
        } else {
            m_parent.updateLocal(m_parent.m_local + delta * m_weight);
        }
    }

    final boolean isSilent() {
        return m_silent;
    }

    final boolean isCancelable() {
        return m_cancelable;
    }
}
