package org.knime.core.node.port;

import java.io.IOException;

import javax.swing.JComponent;

import org.knime.core.internal.SerializerMethodLoader.Serializer;

/**
 * Test-kit stand-in for the KNIME interface of the same name: the configure-time description of a port's content.
 */
public interface PortObjectSpec {

    /**
     * Writes and reads port object specs of one class.
     *
     * @param <T> the spec class
     */
    abstract static class PortObjectSpecSerializer<T extends PortObjectSpec> implements Serializer<T> {

        /**
         * @param portObjectSpec what to save
         * @param out target
         * @throws IOException on write errors
         */
        public abstract void savePortObjectSpec(final T portObjectSpec, final PortObjectSpecZipOutputStream out)
            throws IOException;

        /**
         * @param in source
         * @return the spec
         * @throws IOException on read errors
         */
        public abstract T loadPortObjectSpec(final PortObjectSpecZipInputStream in) throws IOException;
    }

    /** @return view components describing the spec (may be empty) */
    public JComponent[] getViews();
}
