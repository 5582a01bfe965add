package org.qmrinodes.knime.description;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.knime.core.node.NodeFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.qmrinodes.core.testing.CsvTable;

/**
 * Every node registered in {@code plugin.xml} exists, has a description valid against KNIME's
 * {@code Node_v4.1.xsd}, an icon, a known category, and every node factory in the bundle is registered.
 */
class NodeRegistrationTest {

    private static final Path BUNDLE = Paths.get(System.getProperty("qmri.validation.dir", "../../validation"))
        .resolveSibling("plugins/org.qmrinodes.knime");

    private static Document parse(final Path file) throws Exception {
        final DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> elements(final Document d, final String name) {
        final NodeList list = d.getElementsByTagName(name);
        final List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element)list.item(i));
        }
        return out;
    }

    private static List<String> registeredFactories() throws Exception {
        return elements(parse(BUNDLE.resolve("plugin.xml")), "node").stream()
            .map(e -> e.getAttribute("factory-class")).toList();
    }

    @Test
    void everyNodeIsInADeclaredCategory() throws Exception {
        final Document plugin = parse(BUNDLE.resolve("plugin.xml"));
        final Set<String> categories = new HashSet<>();
        for (final Element c : elements(plugin, "category")) {
            categories.add(c.getAttribute("path") + "/" + c.getAttribute("level-id"));
            assertTrue(Files.isRegularFile(BUNDLE.resolve(c.getAttribute("icon"))), c.getAttribute("icon"));
        }
        for (final Element n : elements(plugin, "node")) {
            assertTrue(categories.contains(n.getAttribute("category-path")), n.getAttribute("category-path"));
        }
        assertFalse(elements(plugin, "node").isEmpty());
    }

    @Test
    void everyRegisteredRendererExistsForAValueWithAnExtensibleUtilityFactory() throws Exception {
        final Document plugin = parse(BUNDLE.resolve("plugin.xml"));
        final List<Element> values = elements(plugin, "dataValue");
        assertEquals(2, values.size());
        for (final Element v : values) {
            final Class<?> value = Class.forName(v.getAttribute("valueClass"));
            assertTrue(value.getField("UTILITY").get(null) instanceof org.knime.core.data.ExtensibleUtilityFactory,
                value.getName());
            final NodeList renderers = v.getElementsByTagName("renderer");
            assertTrue(renderers.getLength() > 0);
            for (int i = 0; i < renderers.getLength(); i++) {
                final String factory = ((Element)renderers.item(i)).getAttribute("rendererFactoryClass");
                assertTrue(Class.forName(factory).getConstructor().newInstance()
                    instanceof org.knime.core.data.renderer.DataValueRendererFactory, factory);
            }
        }
    }

    @Test
    void everyFactoryInTheBundleIsRegistered() throws Exception {
        final Path sources = BUNDLE.resolve("src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            final List<String> factories = files.filter(p -> p.toString().endsWith("NodeFactory.java"))
                .map(p -> sources.relativize(p).toString().replace('/', '.').replace(".java", ""))
                .filter(NodeRegistrationTest::isConcrete).sorted().toList();
            assertEquals(factories, registeredFactories().stream().sorted().toList());
        }
    }

    private static boolean isConcrete(final String className) {
        try {
            return !java.lang.reflect.Modifier.isAbstract(Class.forName(className).getModifiers());
        } catch (final ClassNotFoundException e) {
            throw new AssertionError(className + " is not on the test class path", e);
        }
    }

    @TestFactory
    Stream<DynamicTest> descriptionsAreValidAndComplete() throws Exception {
        final Path xsd = CsvTable.sharedFile("knime-format/Node_v4.1.xsd");
        final Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
            .newSchema(xsd.toFile()).newValidator();
        return registeredFactories().stream().map(factory -> DynamicTest.dynamicTest(factory, () -> {
            final Class<?> type = Class.forName(factory);
            assertTrue(NodeFactory.class.isAssignableFrom(type), factory + " is a NodeFactory");
            final NodeFactory<?> instance = (NodeFactory<?>)type.getConstructor().newInstance();
            assertNotNull(instance.createNodeModel());
            final String xmlName = type.getSimpleName() + ".xml";
            try (InputStream in = type.getResourceAsStream(xmlName)) {
                assertNotNull(in, xmlName + " next to the factory");
                validator.validate(new StreamSource(in));
            }
            try (InputStream in = type.getResourceAsStream(xmlName)) {
                final DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                final Document d = f.newDocumentBuilder().parse(in);
                final String icon = d.getDocumentElement().getAttribute("icon");
                assertNotNull(type.getResource(icon), "icon " + icon);
                assertFalse(d.getElementsByTagNameNS("*", "option").getLength() == 0, "options documented");
            }
        }));
    }
}
