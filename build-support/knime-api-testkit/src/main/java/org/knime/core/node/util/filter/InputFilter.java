package org.knime.core.node.util.filter;

/**
 * Test-kit stand-in for the KNIME class of the same name: decides which items a filter offers at all.
 *
 * @param <T> item type
 */
public abstract class InputFilter<T> {

    /** @param name an item @return whether it is offered */
    public abstract boolean include(final T name);
}
