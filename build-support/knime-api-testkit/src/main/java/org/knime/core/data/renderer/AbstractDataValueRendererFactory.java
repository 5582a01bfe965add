package org.knime.core.data.renderer;

/** Test-kit stand-in for the KNIME class of the same name: a renderer factory whose id is its class name. */
public abstract class AbstractDataValueRendererFactory implements DataValueRendererFactory {

    @Override
    public final String getId() {
        return getClass().getName();
    }

    @Override
    public int hashCode() {
        return getId().hashCode();
    }

    @Override
    public boolean equals(final Object obj) {
        return obj != null && obj.getClass() == getClass();
    }
}
