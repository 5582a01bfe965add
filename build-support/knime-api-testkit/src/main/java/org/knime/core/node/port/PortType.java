package org.knime.core.node.port;

import java.lang.reflect.Method;

/**
 * Test-kit stand-in for the KNIME class of the same name: the kind of a node port (object class plus whether it is
 * optional). Obtain instances from {@link PortTypeRegistry}. Equality only considers the object class, as in KNIME.
 */
public final class PortType {

    /** Default port color. */
    public static final int DEFAULT_COLOR = 0xff9b9b9b;

    private final Class<? extends PortObject> m_objectClass;

    private final Class<? extends PortObjectSpec> m_specClass;

    private final boolean m_optional;

    private final String m_name;

    /**
     * @param objectClass port object class
     * @param isOptional whether the port is optional
     * @deprecated use {@link PortTypeRegistry#getPortType(Class, boolean)}
     */
    @Deprecated
    public PortType(final Class<? extends PortObject> objectClass, final boolean isOptional) {
        this(objectClass, isOptional, defaultName(objectClass));
    }

    /**
     * @param objectClass port object class
     * @deprecated use {@link PortTypeRegistry#getPortType(Class)}
     */
    @Deprecated
    public PortType(final Class<? extends PortObject> objectClass) {
        this(objectClass, false, defaultName(objectClass));
    }

    PortType(final Class<? extends PortObject> objectClass, final boolean optional, final String name) {
        if (objectClass == null) {
            throw new NullPointerException("Port object class must not be null");
        }
        m_objectClass = objectClass;
        m_specClass = getPortObjectSpecClass(objectClass);
        m_optional = optional;
        m_name = name;
    }

    static String defaultName(final Class<? extends PortObject> objectClass) {
        switch (objectClass.getName()) {
            case "org.knime.core.node.BufferedDataTable":
                return "Data";
            case "org.knime.core.node.port.image.ImagePortObject":
                return "Image";
            case "org.knime.core.node.port.PortObject":
                return "Generic Port";
            default:
                return objectClass.getSimpleName();
        }
    }

    /** @return the display name */
    public String getName() {
        return m_name;
    }

    /** @return the port color */
    public int getColor() {
        return DEFAULT_COLOR;
    }

    /** @return the spec class */
    public Class<? extends PortObjectSpec> getPortObjectSpecClass() {
        return m_specClass;
    }

    /** @return the object class */
    public Class<? extends PortObject> getPortObjectClass() {
        return m_objectClass;
    }

    /** @return whether the port may be left unconnected */
    public boolean isOptional() {
        return m_optional;
    }

    /** @return false */
    public boolean isHidden() {
        return false;
    }

    /** @param subType other type @return whether objects of {@code subType} are acceptable here */
    public boolean isSuperTypeOf(final PortType subType) {
        return m_objectClass.isAssignableFrom(subType.m_objectClass);
    }

    /** @param spec a spec @return whether it fits this port */
    public boolean acceptsPortObjectSpec(final PortObjectSpec spec) {
        return m_specClass.isInstance(spec);
    }

    /** @param portObjectClass a class @return whether it fits this port */
    public boolean acceptsPortObjectClass(final Class<? extends PortObject> portObjectClass) {
        return m_objectClass.isAssignableFrom(portObjectClass);
    }

    /** @param obj an object @return whether it fits this port */
    public boolean acceptsPortObject(final PortObject obj) {
        return m_objectClass.isInstance(obj);
    }

    /**
     * @param objectClass port object class
     * @return the spec class, taken from the declared return type of its {@code getSpec()} method
     */
    public static Class<? extends PortObjectSpec> getPortObjectSpecClass(
        final Class<? extends PortObject> objectClass) {
        try {
            Method m = objectClass.getMethod("getSpec");
            return m.getReturnType().asSubclass(PortObjectSpec.class);
        } catch (NoSuchMethodException | ClassCastException e) {
            return PortObjectSpec.class;
        }
    }

    @Override
    public String toString() {
        return "PortType(" + m_specClass.getSimpleName() + "," + m_objectClass.getSimpleName() + ")";
    }

    @Override
    public int hashCode() {
        return m_objectClass.hashCode();
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof PortType && ((PortType)obj).m_objectClass.equals(m_objectClass);
    }
}
