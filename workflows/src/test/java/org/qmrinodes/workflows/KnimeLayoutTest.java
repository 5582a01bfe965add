package org.qmrinodes.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.config.base.AbstractConfigEntry;
import org.knime.core.node.config.base.ConfigBase;
import org.qmrinodes.core.testing.CsvTable;
import org.qmrinodes.workflows.KnimeBaseNode.ColumnType;
import org.qmrinodes.workflows.KnimeBaseNode.CsvColumn;

/**
 * The files the builder writes have the layout of the workflow KNIME saved in
 * {@code ../shared/knime-format/example-workflow}: the same keys with the same entry types, in
 * {@code workflow.knime} and in a CSV Reader's {@code settings.xml} (column lists compared by their
 * first column, the per-file spec by its structure).
 */
class KnimeLayoutTest {

    private static final String EXAMPLE = "knime-format/example-workflow/";

    private static NodeSettingsRO load(final Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return NodeSettings.loadFromXML(in);
        }
    }

    private static NodeSettingsRO reload(final NodeSettings settings) throws IOException {
        final Path tmp = Files.createTempFile("layout", ".xml");
        try {
            try (var out = Files.newOutputStream(tmp)) {
                settings.saveToXML(out);
            }
            return load(tmp);
        } finally {
            Files.delete(tmp);
        }
    }

    /** @return every key path with its entry type; numbered keys as #, the per-file spec key as * */
    private static Set<String> layout(final NodeSettingsRO root) throws InvalidSettingsException {
        final Set<String> out = new TreeSet<>();
        collect((ConfigBase)root, "", out);
        return out;
    }

    private static void collect(final ConfigBase config, final String path, final Set<String> out)
        throws InvalidSettingsException {
        for (final String key : config.keySet()) {
            final String segment = key.matches("\\d+") || key.matches("(node|connection|port)_\\d+") ? "#"
                : path.endsWith("/individual_specs") ? "*" : key;
            final AbstractConfigEntry e = config.getEntry(key);
            final String p = path + "/" + segment;
            out.add(p + ":" + e.getType());
            if (e instanceof ConfigBase c) {
                collect(c, p, out);
            }
        }
    }

    @Test
    void csvReaderSettingsHaveTheLayoutKnimeWrites() throws Exception {
        final NodeSettingsRO example = load(CsvTable.sharedFile(EXAMPLE + "CSV Reader (#1)/settings.xml"));
        final WorkflowNode reader = KnimeBaseNode.csvReader("data/x.csv",
            List.of(new CsvColumn("id", ColumnType.STRING), new CsvColumn("value", ColumnType.STRING)))
            .place(1, 0, 0, "label");
        final Set<String> ours = layout(reload(WorkflowWriter.settingsXml(reader)));
        final Set<String> knimes = layout(example);
        assertEquals(knimes, ours);
    }

    @Test
    void workflowKnimeHasTheLayoutKnimeWrites() throws Exception {
        final NodeSettingsRO example = load(CsvTable.sharedFile(EXAMPLE + "workflow.knime"));
        final KnimeWorkflow.Builder b = KnimeWorkflow.builder("w", null);
        final NodeTemplate table = KnimeBaseNode.csvReader("data/x.csv", List.of(new CsvColumn("a", ColumnType.STRING)));
        final int one = b.add(table, 0, 0, "a");
        final int two = b.add(KnimeBaseNode.csvWriter("output/x.csv"), 100, 0, "b");
        b.connect(one, 1, two, 1);
        final Set<String> ours = layout(reload(WorkflowWriter.workflowKnime(b.build())));
        // the example has no workflow annotations; their layout is that of node annotations
        ours.removeIf(k -> k.startsWith("/annotations/#/"));
        ours.add("/annotations:config");
        final Set<String> knimes = layout(example);
        knimes.add("/annotations:config");
        assertEquals(knimes, ours);
    }
}
