package org.knime.core.node.port;

import javax.swing.JComponent;

/**
 * Test-kit stand-in for the KNIME interface of the same name: the execute-time content of a port.
 */
public interface PortObject {

    /** The generic port type accepting any port object. */
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(PortObject.class);

    /** The optional generic port type. */
    public static final PortType TYPE_OPTIONAL = PortTypeRegistry.getInstance().getPortType(PortObject.class, true);

    /** @return a short summary of the content */
    String getSummary();

    /** @return the spec describing this object */
    PortObjectSpec getSpec();

    /** @return view components showing the content (may be empty) */
    public JComponent[] getViews();
}
