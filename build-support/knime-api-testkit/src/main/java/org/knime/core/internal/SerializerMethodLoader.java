package org.knime.core.internal;

/**
 * Test-kit stand-in for the KNIME class of the same name; only its marker interface for port
 * (spec) serializers is provided.
 */
public final class SerializerMethodLoader {

    private SerializerMethodLoader() {
    }

    /**
     * Marker of serializer classes.
     *
     * @param <T> the serialized type
     */
    public static interface Serializer<T> {
    }
}
