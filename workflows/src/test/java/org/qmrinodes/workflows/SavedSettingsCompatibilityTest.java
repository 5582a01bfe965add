package org.qmrinodes.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.config.base.ConfigBase;
import org.knime.core.node.config.base.ConfigEntries;

/**
 * Settings of our nodes as workflows of version 0.1.0 saved them still load into the nodes of
 * this version: a setting added since must be declared with a default for its absence, a renamed
 * or removed one must still be read. The saved copy under {@code saved-0.1.0/} is frozen: never
 * regenerate it; add a copy of a later version beside it instead.
 */
class SavedSettingsCompatibilityTest {

    private static Path saved() throws Exception {
        return Path.of(SavedSettingsCompatibilityTest.class.getResource("saved-0.1.0").toURI());
    }

    @Test
    void nodeSettingsSavedByVersion010StillLoad() throws Exception {
        final List<Path> workflows;
        try (Stream<Path> s = Files.list(saved())) {
            workflows = s.filter(Files::isDirectory).toList();
        }
        assertFalse(workflows.isEmpty());
        int loaded = 0;
        for (final Path folder : workflows) {
            final SavedWorkflow w = SavedWorkflow.read(folder);
            for (final SavedWorkflow.Node n : w.nodes().values()) {
                if (KnimeBaseNode.byFactory(n.factory()) == null) {
                    final NodeModel model = WorkflowRun.model(n);
                    final NodeSettingsRO now = NodeModelTestDriver.saveSettings(model);
                    for (final String key : n.model().keySet()) {
                        if (((ConfigBase)n.model()).getEntry(key).getType() == ConfigEntries.xstring) {
                            assertEquals(n.model().getString(key), now.getString(key), n.name() + ": " + key);
                        }
                    }
                    loaded++;
                }
            }
        }
        assertTrue(loaded >= 34 + 20, "our nodes in the saved workflows: " + loaded);
    }
}
