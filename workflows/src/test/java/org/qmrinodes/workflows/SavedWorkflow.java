package org.qmrinodes.workflows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;

/**
 * A workflow as read back from its folder on disk (workflow.knime and the nodes' settings.xml), not
 * from the builder's memory.
 *
 * @param folder the workflow folder
 * @param nodes the nodes by id, in the order of workflow.knime
 * @param connections the connections
 * @param annotations the texts of the workflow annotations
 */
record SavedWorkflow(Path folder, Map<Integer, Node> nodes, List<Connection> connections, List<String> annotations) {

    /**
     * @param id node id
     * @param factory factory class name
     * @param name node name
     * @param label the text under the node
     * @param model the model settings
     * @param folder the node's folder inside the workflow folder
     */
    record Node(int id, String factory, String name, String label, NodeSettingsRO model, String folder) {
    }

    static SavedWorkflow read(final Path folder) throws IOException, InvalidSettingsException {
        final NodeSettingsRO workflow = load(folder.resolve("workflow.knime"));
        final Map<Integer, Node> nodes = new LinkedHashMap<>();
        final NodeSettingsRO nodeList = workflow.getNodeSettings("nodes");
        for (final String key : nodeList.keySet()) {
            final NodeSettingsRO entry = nodeList.getNodeSettings(key);
            final int id = entry.getInt("id");
            final String settingsFile = entry.getString("node_settings_file");
            final NodeSettingsRO settings = load(folder.resolve(settingsFile));
            nodes.put(id, new Node(id, settings.getString("factory"), settings.getString("node-name"),
                settings.getNodeSettings("nodeAnnotation").getString("text"), settings.getNodeSettings("model"),
                Path.of(settingsFile).getParent().toString()));
        }
        final List<Connection> connections = new ArrayList<>();
        final NodeSettingsRO connectionList = workflow.getNodeSettings("connections");
        for (final String key : connectionList.keySet()) {
            final NodeSettingsRO c = connectionList.getNodeSettings(key);
            connections.add(new Connection(c.getInt("sourceID"), c.getInt("sourcePort"), c.getInt("destID"),
                c.getInt("destPort")));
        }
        final List<String> annotations = new ArrayList<>();
        final NodeSettingsRO annotationList = workflow.getNodeSettings("annotations");
        for (final String key : annotationList.keySet()) {
            annotations.add(annotationList.getNodeSettings(key).getString("text"));
        }
        return new SavedWorkflow(folder, nodes, connections, annotations);
    }

    private static NodeSettingsRO load(final Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return NodeSettings.loadFromXML(in);
        }
    }

    /** @return the connections into {@code id} */
    List<Connection> into(final int id) {
        return connections.stream().filter(c -> c.dest() == id).toList();
    }
}
