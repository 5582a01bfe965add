package org.knime.core.node;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;

/** Stand-in for KNIME's class mapper backed by a map from old factory class names to new factory classes. */
public abstract class MapNodeFactoryClassMapper extends NodeFactoryClassMapper {

    private Map<String, Class<? extends NodeFactory<? extends NodeModel>>> map;

    /** @return the read-only map from old factory class names to the factory classes that replace them */
    public final Map<String, Class<? extends NodeFactory<? extends NodeModel>>> getMap() {
        if (map == null) {
            final Map<String, Class<? extends NodeFactory<? extends NodeModel>>> m = getMapInternal();
            map = m == null ? Map.of() : Map.copyOf(m);
        }
        return map;
    }

    @Override
    public final NodeFactory<? extends NodeModel> mapFactoryClassName(final String factoryClassName) {
        final Class<? extends NodeFactory<? extends NodeModel>> c = getMap().get(factoryClassName);
        if (c == null) {
            return null;
        }
        try {
            return c.getDeclaredConstructor().newInstance();
        } catch (final InstantiationException | IllegalAccessException | NoSuchMethodException
            | InvocationTargetException e) {
            return null;
        }
    }

    /** @return the map from old factory class names to the factory classes that replace them */
    protected abstract Map<String, Class<? extends NodeFactory<? extends NodeModel>>> getMapInternal();
}
