package org.knime.core.node.port;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.ZipEntry;

import javax.swing.JComponent;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContent;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;

/**
 * Test-kit stand-in for the KNIME class of the same name: a port object that stores itself as
 * model content. Subclasses need a public no-argument constructor. Equality and hash code compare
 * the saved content. (The test kit shows no views.)
 */
public abstract class AbstractSimplePortObject implements PortObject {

    /** For the serializer. */
    public AbstractSimplePortObject() {
    }

    /**
     * @param model target
     * @param exec progress and cancellation
     * @throws CanceledExecutionException if cancelled
     */
    protected abstract void save(final ModelContentWO model, final ExecutionMonitor exec)
        throws CanceledExecutionException;

    /**
     * Fills a freshly constructed object.
     *
     * @param model source
     * @param spec the accompanying spec
     * @param exec progress and cancellation
     * @throws InvalidSettingsException if the content is incomplete
     * @throws CanceledExecutionException if cancelled
     */
    protected abstract void load(final ModelContentRO model, final PortObjectSpec spec, final ExecutionMonitor exec)
        throws InvalidSettingsException, CanceledExecutionException;

    /**
     * Serializer of all simple port objects: an entry {@code content.xml} holding the class name and
     * the object's content under {@code model}.
     *
     * @param <T> the port object class
     */
    public abstract static class AbstractSimplePortObjectSerializer<T extends AbstractSimplePortObject>
        extends PortObjectSerializer<T> {

        @SuppressWarnings("unchecked")
        @Override
        public T loadPortObject(final PortObjectZipInputStream in, final PortObjectSpec spec,
            final ExecutionMonitor exec) throws IOException, CanceledExecutionException {
            final ZipEntry entry = in.getNextEntry();
            if (entry == null || !"content.xml".equals(entry.getName())) {
                throw new IOException("Expected zip entry content.xml, got " + (entry == null ? "none" : entry.getName()));
            }
            final ModelContentRO model = ModelContent.loadFromXML(new KeepOpenInput(in));
            try {
                final String className = model.getString("class_name");
                final Class<? extends PortObject> c = PortTypeRegistry.getInstance().getObjectClass(className)
                    .orElseThrow(() -> new IOException("Unable to load class " + className));
                final AbstractSimplePortObject result =
                    c.asSubclass(AbstractSimplePortObject.class).getDeclaredConstructor().newInstance();
                result.load(model.getModelContent("model"), spec, exec);
                return (T)result;
            } catch (final InvalidSettingsException e) {
                throw new IOException("Unable to load model content: " + e.getMessage(), e);
            } catch (final ReflectiveOperationException e) {
                throw new IOException("Failed to instantiate port object: " + e.getMessage(), e);
            }
        }

        @Override
        public void savePortObject(final T portObject, final PortObjectZipOutputStream out,
            final ExecutionMonitor exec) throws IOException, CanceledExecutionException {
            final ModelContent model = new ModelContent("model.xml");
            model.addInt("version", 1);
            model.addString("class_name", portObject.getClass().getName());
            portObject.save(model.addModelContent("model"), exec);
            out.putNextEntry(new ZipEntry("content.xml"));
            model.saveToXML(new KeepOpenOutput(out));
        }
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }

    @Override
    public boolean equals(final Object other) {
        if (other == this) {
            return true;
        }
        if (other == null || !getClass().equals(other.getClass())) {
            return false;
        }
        return content(this).equals(content((AbstractSimplePortObject)other));
    }

    @Override
    public int hashCode() {
        return content(this).hashCode();
    }

    private static ModelContent content(final AbstractSimplePortObject o) {
        final ModelContent c = new ModelContent("ignored");
        try {
            o.save(c, new ExecutionMonitor());
        } catch (final CanceledExecutionException e) {
            throw new IllegalStateException(e);
        }
        return c;
    }

    /** Keeps a zip stream open when the XML reader closes its input. */
    static final class KeepOpenInput extends FilterInputStream {
        KeepOpenInput(final InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the zip stream stays open for further entries
        }
    }

    /** Keeps a zip stream open when the XML writer closes its output. */
    static final class KeepOpenOutput extends FilterOutputStream {
        KeepOpenOutput(final OutputStream out) {
            super(out);
        }

        @Override
        public void write(final byte[] b, final int off, final int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
