package org.knime.core.node.port;

import javax.swing.JComponent;

/**
 * Test-kit stand-in for the KNIME interface of the same name: the configure-time description of a port's content.
 */
public interface PortObjectSpec {

    /** @return view components describing the spec (may be empty) */
    public JComponent[] getViews();
}
