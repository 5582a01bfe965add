package org.qmrinodes.knime.common;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.knime.core.node.NodeDialogPane;
import org.qmrinodes.knime.evaluation.roc.RocAnalysisNodeFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.qmrinodes.knime.node.QmriNodeFactory;

/**
 * The dialogs are generated from the settings declarations; every option a description documents
 * is a label of the dialog and vice versa.
 */
class GeneratedDialogTest {

    /** Every node registered in the bundle's {@code plugin.xml}, so that a new node is checked without listing it. */
    private static final List<QmriNodeFactory<?>> FACTORIES = registeredFactories();

    private static List<QmriNodeFactory<?>> registeredFactories() {
        final Path plugin = Paths.get(System.getProperty("qmri.validation.dir", "../../validation"))
            .resolveSibling("plugins/org.qmrinodes.knime/plugin.xml");
        try {
            final DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            final NodeList nodes = dbf.newDocumentBuilder().parse(plugin.toFile()).getElementsByTagName("node");
            final List<QmriNodeFactory<?>> out = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                final String name = ((org.w3c.dom.Element)nodes.item(i)).getAttribute("factory-class");
                out.add((QmriNodeFactory<?>)Class.forName(name).getConstructor().newInstance());
            }
            return List.copyOf(out);
        } catch (final Exception e) {
            throw new IllegalStateException("cannot read the registered nodes of " + plugin, e);
        }
    }

    @Test
    void everyRegisteredNodeIsChecked() {
        assertTrue(FACTORIES.size() >= 38, FACTORIES.size() + " registered nodes");
    }

    @Test
    void dialogsAreGeneratedHeadless() {
        for (final QmriNodeFactory<?> f : FACTORIES) {
            final NodeDialogPane pane = f.newSettings().createDialogPane();
            assertNotNull(pane.getPanel(), f.getClass().getSimpleName());
        }
    }

    @Test
    void dialogLoadsAndSavesTheModelSettings() throws Exception {
        final org.knime.core.node.NodeModel model = new RocAnalysisNodeFactory().createNodeModel();
        NodeTestSupport.configureSettings(model, "outcome_column", "low_vs_over", "direction", "lower",
            "positive_class", "HER2-over");
        final NodeDialogPane dialog = org.knime.core.node.NodeModelTestDriver.createDialog(new RocAnalysisNodeFactory());
        org.knime.core.node.NodeModelTestDriver.loadDialogSettings(dialog,
            org.knime.core.node.NodeModelTestDriver.saveSettings(model), NodeTestSupport.demoTable().getDataTableSpec());
        final org.knime.core.node.NodeSettings fromDialog = org.knime.core.node.NodeModelTestDriver.saveDialogSettings(dialog);
        assertEquals("lower", fromDialog.getString("direction"));
        assertEquals("HER2-over", fromDialog.getString("positive_class"));
        assertEquals("low_vs_over", fromDialog.getString("outcome_column"));
        org.knime.core.node.NodeModelTestDriver.loadSettings(new RocAnalysisNodeFactory().createNodeModel(), fromDialog);
    }

    @Test
    void descriptionDocumentsEveryDialogOption() throws Exception {
        for (final QmriNodeFactory<?> f : FACTORIES) {
            final Set<String> documented = new LinkedHashSet<>();
            try (InputStream in = f.getClass().getResourceAsStream(f.getClass().getSimpleName() + ".xml")) {
                final DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
                dbf.setNamespaceAware(true);
                final Document d = dbf.newDocumentBuilder().parse(in);
                final NodeList options = d.getElementsByTagNameNS("*", "option");
                for (int i = 0; i < options.getLength(); i++) {
                    documented.add(((org.w3c.dom.Element)options.item(i)).getAttribute("name"));
                }
            }
            final Set<String> labels = new LinkedHashSet<>(f.newSettings().optionLabels());
            assertEquals(labels, documented, f.getClass().getSimpleName() + ": documented options vs dialog labels");
        }
    }
}
