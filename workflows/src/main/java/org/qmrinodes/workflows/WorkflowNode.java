package org.qmrinodes.workflows;

import java.util.List;

import org.knime.core.node.NodeSettings;

/**
 * One node of a workflow as it is written to {@code <name> (#id)/settings.xml}: what KNIME needs to
 * create it (factory class, the bundle and feature it comes from, creation configuration of its
 * port groups) and its model settings.
 *
 * @param id the node id in the workflow (1, 2, ...)
 * @param name the node name as the node repository shows it
 * @param factory the node factory class name
 * @param origin the bundle and feature that provide the node
 * @param model the model settings ({@code <config key="model">})
 * @param portGroups the port group names of a configurable node (its {@code node_creation_config}), or
 *        null for a node without one
 * @param outPorts the number of data output ports (the flow variable port not counted)
 * @param x left of the node on the canvas
 * @param y top of the node on the canvas
 * @param label the text under the node
 */
public record WorkflowNode(int id, String name, String factory, Origin origin, NodeSettings model,
    List<String> portGroups, int outPorts, int x, int y, String label) {

    /** @return the folder of the node inside the workflow folder, as KNIME names it */
    public String folder() {
        return name + " (#" + id + ")";
    }

    /**
     * The bundle and the feature a node comes from, as KNIME records them so that it can offer to
     * install a missing extension.
     *
     * @param bundleName bundle name
     * @param bundleSymbolicName bundle symbolic name
     * @param vendor vendor of bundle and feature
     * @param bundleVersion bundle version
     * @param featureName feature name
     * @param featureSymbolicName feature symbolic name (with {@code .feature.group})
     * @param featureVersion feature version
     */
    public record Origin(String bundleName, String bundleSymbolicName, String vendor, String bundleVersion,
        String featureName, String featureSymbolicName, String featureVersion) {
    }
}
