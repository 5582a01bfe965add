package org.knime.core.node.port;

import java.io.IOException;

import javax.swing.JComponent;

import org.knime.core.internal.SerializerMethodLoader.Serializer;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

/**
 * Test-kit stand-in for the KNIME interface of the same name: the execute-time content of a port.
 */
public interface PortObject {

    /** The generic port type accepting any port object. */
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(PortObject.class);

    /** The optional generic port type. */
    public static final PortType TYPE_OPTIONAL = PortTypeRegistry.getInstance().getPortType(PortObject.class, true);

    /**
     * Writes and reads port objects of one class (registered in KNIME through the extension point
     * {@code org.knime.core.PortType}).
     *
     * @param <T> the port object class
     */
    abstract static class PortObjectSerializer<T extends PortObject> implements Serializer<T> {

        /**
         * @param portObject what to save
         * @param out target
         * @param exec progress and cancellation
         * @throws IOException on write errors
         * @throws CanceledExecutionException if cancelled
         */
        public abstract void savePortObject(final T portObject, final PortObjectZipOutputStream out,
            final ExecutionMonitor exec) throws IOException, CanceledExecutionException;

        /**
         * @param in source
         * @param spec the object's spec, loaded before
         * @param exec progress and cancellation
         * @return the object
         * @throws IOException on read errors
         * @throws CanceledExecutionException if cancelled
         */
        public abstract T loadPortObject(final PortObjectZipInputStream in, final PortObjectSpec spec,
            final ExecutionMonitor exec) throws IOException, CanceledExecutionException;
    }

    /** @return a short summary of the content */
    String getSummary();

    /** @return the spec describing this object */
    PortObjectSpec getSpec();

    /** @return view components showing the content (may be empty) */
    public JComponent[] getViews();
}
