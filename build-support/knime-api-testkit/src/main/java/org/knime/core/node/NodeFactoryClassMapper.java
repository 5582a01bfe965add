package org.knime.core.node;

/**
 * Stand-in for KNIME's hook that, while a workflow loads, turns the factory class name saved in it
 * into a node factory: how a node whose factory moved keeps loading. Registered through the
 * extension point {@code org.knime.core.NodeFactoryClassMapper} (attribute {@code classMapper}).
 */
public abstract class NodeFactoryClassMapper {

    /**
     * @param factoryClassName the factory class name as saved in a workflow
     * @return the factory to use instead, or null when this mapper does not know the name
     */
    public abstract NodeFactory<? extends NodeModel> mapFactoryClassName(final String factoryClassName);
}
