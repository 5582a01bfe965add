package org.knime.core.node.port;

import java.io.IOException;
import java.util.zip.ZipEntry;

import javax.swing.JComponent;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContent;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;

/**
 * Test-kit stand-in for the KNIME class of the same name: a port object spec that stores itself as
 * model content. Subclasses need a public no-argument constructor. Equality and hash code compare
 * the saved content. (The test kit shows no views.)
 */
public abstract class AbstractSimplePortObjectSpec implements PortObjectSpec {

    /** For the serializer. */
    public AbstractSimplePortObjectSpec() {
    }

    /** @param model target */
    protected abstract void save(final ModelContentWO model);

    /**
     * @param model source
     * @throws InvalidSettingsException if the content is incomplete
     */
    protected abstract void load(final ModelContentRO model) throws InvalidSettingsException;

    /**
     * Serializer of all simple specs: an entry {@code content.xml} holding the class name and the
     * spec's content under {@code model}.
     *
     * @param <T> the spec class
     */
    public abstract static class AbstractSimplePortObjectSpecSerializer<T extends AbstractSimplePortObjectSpec>
        extends PortObjectSpecSerializer<T> {

        @Override
        public T loadPortObjectSpec(final PortObjectSpecZipInputStream in) throws IOException {
            final ZipEntry entry = in.getNextEntry();
            if (entry == null || !"content.xml".equals(entry.getName())) {
                throw new IOException("Expected zip entry content.xml, got " + (entry == null ? "none" : entry.getName()));
            }
            final ModelContentRO model = ModelContent.loadFromXML(new AbstractSimplePortObject.KeepOpenInput(in));
            try {
                return loadPortObjectSpecFromModelSettings(model);
            } catch (final ClassNotFoundException | InstantiationException | IllegalAccessException e) {
                throw new IOException("Unable to load port object spec: " + e.getMessage(), e);
            }
        }

        @Override
        public void savePortObjectSpec(final T spec, final PortObjectSpecZipOutputStream out) throws IOException {
            final ModelContent model = new ModelContent("model.xml");
            savePortObjectSpecToModelSettings(spec, model);
            out.putNextEntry(new ZipEntry("content.xml"));
            model.saveToXML(new AbstractSimplePortObject.KeepOpenOutput(out));
        }

        /**
         * @param <T> the spec class
         * @param model content written by {@link #savePortObjectSpecToModelSettings}
         * @return the spec
         * @throws IOException if the content is incomplete
         * @throws ClassNotFoundException if the class is unknown
         * @throws InstantiationException if it cannot be instantiated
         * @throws IllegalAccessException if its constructor is not accessible
         */
        @SuppressWarnings("unchecked")
        public static <T extends AbstractSimplePortObjectSpec> T loadPortObjectSpecFromModelSettings(
            final ModelContentRO model)
            throws IOException, ClassNotFoundException, InstantiationException, IllegalAccessException {
            try {
                final String className = model.getString("class_name");
                final Class<?> c = PortTypeRegistry.getInstance().getSpecClass(className)
                    .orElseThrow(() -> new ClassNotFoundException(className));
                final AbstractSimplePortObjectSpec result;
                try {
                    result = c.asSubclass(AbstractSimplePortObjectSpec.class).getDeclaredConstructor().newInstance();
                } catch (final ReflectiveOperationException e) {
                    throw new InstantiationException(className + ": " + e.getMessage());
                }
                result.load(model.getModelContent("model"));
                return (T)result;
            } catch (final InvalidSettingsException e) {
                throw new IOException("Unable to load model content: " + e.getMessage(), e);
            }
        }

        /**
         * @param <T> the spec class
         * @param spec what to save
         * @param model target
         */
        public static <T extends AbstractSimplePortObjectSpec> void savePortObjectSpecToModelSettings(final T spec,
            final ModelContentWO model) {
            model.addInt("version", 1);
            model.addString("class_name", spec.getClass().getName());
            spec.save(model.addModelContent("model"));
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
        return content(this).equals(content((AbstractSimplePortObjectSpec)other));
    }

    @Override
    public int hashCode() {
        return content(this).hashCode();
    }

    private static ModelContent content(final AbstractSimplePortObjectSpec s) {
        final ModelContent c = new ModelContent("ignored");
        s.save(c);
        return c;
    }
}
