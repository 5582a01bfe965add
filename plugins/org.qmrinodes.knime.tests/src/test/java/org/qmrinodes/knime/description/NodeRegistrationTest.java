package org.qmrinodes.knime.description;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
            final String path = n.getAttribute("category-path");
            assertTrue(categories.contains(path), path);
            // the package tree reads like the Node Repository: org.qmrinodes.knime.<category>.<node>
            assertEquals(path.substring(path.lastIndexOf('/') + 1), n.getAttribute("factory-class").split("\\.")[3],
                n.getAttribute("factory-class"));
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

    /**
     * Workflows saved before the node packages were grouped by category name each factory
     * {@code org.qmrinodes.knime.<node>.<Name>NodeFactory}: the class mapper registered in plugin.xml
     * turns every such name into the registered factory of the same name, and no old name is a class.
     */
    @Test
    void everyFactoryIsFoundUnderItsNameBeforeThePackagesMoved() throws Exception {
        final Document plugin = parse(BUNDLE.resolve("plugin.xml"));
        final List<Element> mappers = elements(plugin, "NodeFactoryClassMapper");
        assertEquals(1, mappers.size());
        assertEquals("org.knime.core.NodeFactoryClassMapper",
            ((Element)mappers.get(0).getParentNode()).getAttribute("point"));
        final org.knime.core.node.NodeFactoryClassMapper mapper = (org.knime.core.node.NodeFactoryClassMapper)Class
            .forName(mappers.get(0).getAttribute("classMapper")).getConstructor().newInstance();
        for (final String factory : registeredFactories()) {
            final String[] parts = factory.split("\\.");
            final String old = "org.qmrinodes.knime." + parts[parts.length - 2] + "." + parts[parts.length - 1];
            final String before = old.replace(".univariate.", ".screening.");
            assertThrows(ClassNotFoundException.class, () -> Class.forName(before), before);
            final org.knime.core.node.NodeFactory<?> mapped = mapper.mapFactoryClassName(before);
            assertTrue(mapped != null && mapped.getClass().getName().equals(factory), before + " -> " + mapped);
        }
        assertEquals(null, mapper.mapFactoryClassName("org.qmrinodes.knime.fit.NoSuchNodeFactory"));
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
