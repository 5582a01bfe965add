package org.knime.core.node;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Test-kit stand-in for the KNIME class of the same name: a named logger, backed by {@code java.util.logging}.
 * "coding" messages (programming problems) are logged at error level.
 */
public final class NodeLogger {

    /** Log levels. */
    public enum LEVEL {
        /** debug */
        DEBUG,
        /** info */
        INFO,
        /** warn */
        WARN,
        /** error */
        ERROR,
        /** fatal */
        FATAL,
        /** everything */
        ALL,
        /** nothing */
        OFF
    }

    private final Logger m_logger;

    private NodeLogger(final String name) {
        m_logger = Logger.getLogger(name);
    }

    /** @param c class @return logger named after the class */
    public static NodeLogger getLogger(final Class<?> c) {
        return new NodeLogger(c.getName());
    }

    /** @param s name @return logger with that name */
    public static NodeLogger getLogger(final String s) {
        return new NodeLogger(s);
    }

    private void log(final Level l, final Object o, final Throwable t) {
        if (m_logger.isLoggable(l)) {
            m_logger.log(l, String.valueOf(o), t);
        }
    }

    private void log(final Level l, final Supplier<Object> s, final Throwable t) {
        if (m_logger.isLoggable(l)) {
            m_logger.log(l, String.valueOf(s.get()), t);
        }
    }

    /** @param o message */
    public void debug(final Object o) {
        log(Level.FINE, o, null);
    }

    /** @param thrw throwable */
    public void debug(final Throwable thrw) {
        log(Level.FINE, thrw.getMessage(), thrw);
    }

    /** @param supplier message supplier */
    public void debug(final Supplier<Object> supplier) {
        log(Level.FINE, supplier, null);
    }

    /** @param o message @param t throwable */
    public void debug(final Object o, final Throwable t) {
        log(Level.FINE, o, t);
    }

    /** @param supplier message supplier @param t throwable */
    public void debug(final Supplier<Object> supplier, final Throwable t) {
        log(Level.FINE, supplier, t);
    }

    /** @param o message */
    public void info(final Object o) {
        log(Level.INFO, o, null);
    }

    /** @param thrw throwable */
    public void info(final Throwable thrw) {
        log(Level.INFO, thrw.getMessage(), thrw);
    }

    /** @param supplier message supplier */
    public void info(final Supplier<Object> supplier) {
        log(Level.INFO, supplier, null);
    }

    /** @param o message @param t throwable */
    public void info(final Object o, final Throwable t) {
        log(Level.INFO, o, t);
    }

    /** @param supplier message supplier @param t throwable */
    public void info(final Supplier<Object> supplier, final Throwable t) {
        log(Level.INFO, supplier, t);
    }

    /** @param o message */
    public void warn(final Object o) {
        log(Level.WARNING, o, null);
    }

    /** @param thrw throwable */
    public void warn(final Throwable thrw) {
        log(Level.WARNING, thrw.getMessage(), thrw);
    }

    /** @param supplier message supplier */
    public void warn(final Supplier<Object> supplier) {
        log(Level.WARNING, supplier, null);
    }

    /** @param o message @param t throwable */
    public void warn(final Object o, final Throwable t) {
        log(Level.WARNING, o, t);
    }

    /** @param supplier message supplier @param t throwable */
    public void warn(final Supplier<Object> supplier, final Throwable t) {
        log(Level.WARNING, supplier, t);
    }

    /** @param o message */
    public void error(final Object o) {
        log(Level.SEVERE, o, null);
    }

    /** @param thrw throwable */
    public void error(final Throwable thrw) {
        log(Level.SEVERE, thrw.getMessage(), thrw);
    }

    /** @param supplier message supplier */
    public void error(final Supplier<Object> supplier) {
        log(Level.SEVERE, supplier, null);
    }

    /** @param o message @param t throwable */
    public void error(final Object o, final Throwable t) {
        log(Level.SEVERE, o, t);
    }

    /** @param supplier message supplier @param t throwable */
    public void error(final Supplier<Object> supplier, final Throwable t) {
        log(Level.SEVERE, supplier, t);
    }

    /** @param o message */
    public void fatal(final Object o) {
        log(Level.SEVERE, o, null);
    }

    /** @param thrw throwable */
    public void fatal(final Throwable thrw) {
        log(Level.SEVERE, thrw.getMessage(), thrw);
    }

    /** @param supplier message supplier */
    public void fatal(final Supplier<Object> supplier) {
        log(Level.SEVERE, supplier, null);
    }

    /** @param o message @param t throwable */
    public void fatal(final Object o, final Throwable t) {
        log(Level.SEVERE, o, t);
    }

    /** @param supplier message supplier @param t throwable */
    public void fatal(final Supplier<Object> supplier, final Throwable t) {
        log(Level.SEVERE, supplier, t);
    }

    /** @param o message */
    public void coding(final Object o) {
        log(Level.SEVERE, o, null);
    }

    /** @param supplier message supplier */
    public void coding(final Supplier<Object> supplier) {
        log(Level.SEVERE, supplier, null);
    }

    /** @param o message @param t throwable */
    public void coding(final Object o, final Throwable t) {
        log(Level.SEVERE, o, t);
    }

    /** @param supplier message supplier @param t throwable */
    public void coding(final Supplier<Object> supplier, final Throwable t) {
        log(Level.SEVERE, supplier, t);
    }

    /** @param b condition @param m message logged as coding problem if the condition is false */
    public void assertLog(final boolean b, final String m) {
        if (!b) {
            coding("ASSERT FAILED: " + m);
        }
    }

    /** @param format format @param args arguments */
    public void debugWithFormat(final String format, final Object... args) {
        debug((Supplier<Object>)() -> String.format(format, args));
    }

    /** @param format format @param args arguments */
    public void infoWithFormat(final String format, final Object... args) {
        info((Supplier<Object>)() -> String.format(format, args));
    }

    /** @param format format @param args arguments */
    public void warnWithFormat(final String format, final Object... args) {
        warn((Supplier<Object>)() -> String.format(format, args));
    }

    /** @param format format @param args arguments */
    public void errorWithFormat(final String format, final Object... args) {
        error((Supplier<Object>)() -> String.format(format, args));
    }

    /** @param format format @param args arguments */
    public void fatalWithFormat(final String format, final Object... args) {
        fatal((Supplier<Object>)() -> String.format(format, args));
    }

    /** @param format format @param args arguments */
    public void codingWithFormat(final String format, final Object... args) {
        coding((Supplier<Object>)() -> String.format(format, args));
    }

    /** @return whether debug messages are logged */
    public boolean isDebugEnabled() {
        return m_logger.isLoggable(Level.FINE);
    }

    /** @return whether info messages are logged */
    public boolean isInfoEnabled() {
        return m_logger.isLoggable(Level.INFO);
    }

    /** @param level level @return whether messages of that level are logged */
    public boolean isEnabledFor(final LEVEL level) {
        switch (level) {
            case ALL:
            case DEBUG:
                return m_logger.isLoggable(Level.FINE);
            case INFO:
                return m_logger.isLoggable(Level.INFO);
            case WARN:
                return m_logger.isLoggable(Level.WARNING);
            case OFF:
                return false;
            default:
                return m_logger.isLoggable(Level.SEVERE);
        }
    }
}
