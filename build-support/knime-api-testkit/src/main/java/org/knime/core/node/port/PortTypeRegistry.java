package org.knime.core.node.port;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Test-kit stand-in for the KNIME class of the same name: creates and caches {@link PortType}s per object class
 * (no extension point; every class is accepted).
 */
public final class PortTypeRegistry {

    private static final PortTypeRegistry INSTANCE = new PortTypeRegistry();

    private final Map<Class<? extends PortObject>, PortType> m_mandatory = new LinkedHashMap<>();

    private final Map<Class<? extends PortObject>, PortType> m_optional = new LinkedHashMap<>();

    private PortTypeRegistry() {
    }

    /** @return the singleton */
    public static PortTypeRegistry getInstance() {
        return INSTANCE;
    }

    /** @return all port types requested so far (non-optional variants) */
    public synchronized Collection<PortType> availablePortTypes() {
        return new ArrayList<>(m_mandatory.values());
    }

    /** @param portClass port object class @return the non-optional port type */
    public synchronized PortType getPortType(final Class<? extends PortObject> portClass) {
        return getPortType(portClass, false);
    }

    /**
     * @param portClass port object class
     * @param isOptional whether the optional variant is requested
     * @return the port type
     */
    public synchronized PortType getPortType(final Class<? extends PortObject> portClass,
        final boolean isOptional) {
        Map<Class<? extends PortObject>, PortType> map = isOptional ? m_optional : m_mandatory;
        return map.computeIfAbsent(portClass, c -> new PortType(c, isOptional, PortType.defaultName(c)));
    }

    /**
     * @param className a port object class name
     * @return the class (the test kit loads any class on the class path; KNIME only registered ones)
     */
    public Optional<Class<? extends PortObject>> getObjectClass(final String className) {
        return load(className, PortObject.class);
    }

    /**
     * @param className a port object spec class name
     * @return the class (the test kit loads any class on the class path; KNIME only registered ones)
     */
    public Optional<Class<? extends PortObjectSpec>> getSpecClass(final String className) {
        return load(className, PortObjectSpec.class);
    }

    private static <T> Optional<Class<? extends T>> load(final String className, final Class<T> type) {
        try {
            final Class<?> c = Class.forName(className);
            return type.isAssignableFrom(c) ? Optional.of(c.asSubclass(type)) : Optional.empty();
        } catch (final ClassNotFoundException e) {
            return Optional.empty();
        }
    }
}
