package org.qmrinodes.build.p2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.build.p2.TestInputs.VERSION;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class P2RepositoryPublisherTest {

    private static final String EXACT = "[" + VERSION + "," + VERSION + "]";

    @TempDir
    Path temp;
    private Path plugins;
    private Path features;
    private Path category;
    private Path repository;

    @BeforeEach
    void createInputs() throws IOException {
        plugins = temp.resolve("in/plugins");
        features = temp.resolve("in/features");
        TestInputs.bundle(plugins, "org.qmrinodes.core-0.1.0-SNAPSHOT.jar", TestInputs.CORE_MANIFEST);
        TestInputs.bundle(plugins, "org.qmrinodes.knime-0.1.0-SNAPSHOT.jar", TestInputs.KNIME_MANIFEST);
        TestInputs.feature(features, "org.qmrinodes.feature-0.1.0-SNAPSHOT.jar", VERSION, VERSION);
        category = TestInputs.category(temp);
        repository = temp.resolve("out/repository");
    }

    private P2RepositoryPublisher publisher() throws IOException {
        return new P2RepositoryPublisher(repository).name("qMRI Nodes for KNIME").bundle(plugins).feature(features)
                .categories(category).timestamp(1_704_200_000_000L);
    }

    @Test
    void writesTheSimpleRepositoryLayout() throws IOException {
        publisher().publish();
        assertTrue(Files.isRegularFile(repository.resolve("plugins/org.qmrinodes.core_" + VERSION + ".jar")));
        assertTrue(Files.isRegularFile(repository.resolve("plugins/org.qmrinodes.knime_" + VERSION + ".jar")));
        assertTrue(Files.isRegularFile(repository.resolve("features/org.qmrinodes.feature_" + VERSION + ".jar")));
        assertArrayEquals(Files.readAllBytes(plugins.resolve("org.qmrinodes.core-0.1.0-SNAPSHOT.jar")),
                Files.readAllBytes(repository.resolve("plugins/org.qmrinodes.core_" + VERSION + ".jar")));
        String index = Files.readString(repository.resolve("p2.index"));
        assertTrue(index.contains("version=1"));
        assertTrue(index.contains("metadata.repository.factory.order=content.xml,\\!"));
        assertTrue(index.contains("artifact.repository.factory.order=artifacts.xml,\\!"));
    }

    @Test
    void contentXmlHasTheBundleUnits() throws IOException {
        publisher().publish();
        Element content = TestInputs.readXml(repository.resolve("content.jar"), "content.xml");
        assertEquals("repository", content.getTagName());
        assertEquals(RepositoryXml.METADATA_REPOSITORY_TYPE, content.getAttribute("type"));
        assertEquals("true", properties(content).get("p2.compressed"));
        Element units = child(content, "units");
        assertEquals(String.valueOf(children(units, "unit").size()), units.getAttribute("size"));

        Element core = unit(content, "org.qmrinodes.core");
        assertEquals(VERSION, core.getAttribute("version"));
        assertEquals("false", core.getAttribute("singleton"));
        assertEquals("qMRI <core> & \"friends\"", properties(core).get("org.eclipse.equinox.p2.name"));
        List<String> provided = provided(core);
        assertTrue(provided.contains("org.eclipse.equinox.p2.iu|org.qmrinodes.core|" + VERSION));
        assertTrue(provided.contains("osgi.bundle|org.qmrinodes.core|" + VERSION));
        assertTrue(provided.contains("java.package|org.qmrinodes.core.fit|0.1.0"));
        assertTrue(provided.contains("java.package|org.qmrinodes.core.io|0.1.0"));
        assertTrue(provided.contains("java.package|org.qmrinodes.core.image|0.1.0"));
        assertTrue(provided.contains("org.eclipse.equinox.p2.eclipse.type|bundle|1.0.0"));
        assertEquals(6, provided.size());
        Element optionalImport = required(core, "java.package", "org.w3c.dom");
        assertEquals("true", optionalImport.getAttribute("optional"));
        assertEquals("false", optionalImport.getAttribute("greedy"));
        assertEquals("", required(core, "java.package", "javax.xml.parsers").getAttribute("optional"));
        Element artifact = child(child(core, "artifacts"), "artifact");
        assertEquals("osgi.bundle", artifact.getAttribute("classifier"));
        assertEquals("org.qmrinodes.core", artifact.getAttribute("id"));
        assertEquals(VERSION, artifact.getAttribute("version"));
        assertEquals("org.eclipse.equinox.p2.osgi", child(core, "touchpoint").getAttribute("id"));
        Element instruction = child(child(child(core, "touchpointData"), "instructions"), "instruction");
        assertEquals("manifest", instruction.getAttribute("key"));
        assertEquals("Bundle-SymbolicName: org.qmrinodes.core\nBundle-Version: " + VERSION + "\n",
                instruction.getTextContent());
        assertEquals("[0.0.0," + VERSION + ")", child(core, "update").getAttribute("range"));

        Element knime = unit(content, "org.qmrinodes.knime");
        assertEquals("", knime.getAttribute("singleton"), "singleton is p2's default");
        assertEquals("The KNIME nodes: thin adapters from KNIME tables and ports to the core library.",
                properties(knime).get("org.eclipse.equinox.p2.description"));
        assertEquals("[5.0.0,6.0.0)", required(knime, "osgi.bundle", "org.knime.core").getAttribute("range"));
        assertEquals("0.1.0", required(knime, "osgi.bundle", "org.qmrinodes.core").getAttribute("range"));
        assertEquals("0.0.0", required(knime, "java.package", "javax.swing").getAttribute("range"));
        Element swingTable = required(knime, "java.package", "javax.swing.table");
        assertEquals("[0.0.0,1.0.0)", swingTable.getAttribute("range"));
        assertEquals("true", swingTable.getAttribute("optional"));
        assertTrue(child(child(child(knime, "touchpointData"), "instructions"), "instruction").getTextContent()
                .startsWith("Bundle-SymbolicName: org.qmrinodes.knime;singleton:=true\n"));
    }

    @Test
    void contentXmlHasTheFeatureAndCategoryUnits() throws IOException {
        publisher().publish();
        Element content = TestInputs.readXml(repository.resolve("content.jar"), "content.xml");

        Element group = unit(content, "org.qmrinodes.feature.feature.group");
        assertEquals(VERSION, group.getAttribute("version"));
        Map<String, String> groupProperties = properties(group);
        assertEquals("true", groupProperties.get("org.eclipse.equinox.p2.type.group"));
        assertEquals("qMRI Nodes for KNIME", groupProperties.get("org.eclipse.equinox.p2.name"));
        assertEquals("Nodes for T1 & T2 maps <beta>", groupProperties.get("org.eclipse.equinox.p2.description"));
        assertEquals(EXACT, required(group, "org.eclipse.equinox.p2.iu", "org.qmrinodes.core").getAttribute("range"));
        assertEquals(EXACT, required(group, "org.eclipse.equinox.p2.iu", "org.qmrinodes.knime").getAttribute("range"));
        assertEquals("5.0.0", required(group, "org.eclipse.equinox.p2.iu", "org.knime.core").getAttribute("range"));
        Element jarRequirement = required(group, "org.eclipse.equinox.p2.iu", "org.qmrinodes.feature.feature.jar");
        assertEquals("(org.eclipse.update.install.features=true)", child(jarRequirement, "filter").getTextContent());
        assertEquals("License: to be decided.", child(child(group, "licenses"), "license").getTextContent());
        assertEquals("null", child(group, "touchpoint").getAttribute("id"));

        Element jar = unit(content, "org.qmrinodes.feature.feature.jar");
        assertTrue(provided(jar).contains("org.eclipse.update.feature|org.qmrinodes.feature|" + VERSION));
        assertTrue(provided(jar).contains("org.eclipse.equinox.p2.eclipse.type|feature|1.0.0"));
        assertEquals("org.eclipse.update.feature",
                child(child(jar, "artifacts"), "artifact").getAttribute("classifier"));
        assertEquals("(org.eclipse.update.install.features=true)", child(jar, "filter").getTextContent());

        Element categoryUnit = unit(content, "org.qmrinodes.category");
        assertEquals("1.0.0.v202401021253", categoryUnit.getAttribute("version"));
        assertEquals("true", properties(categoryUnit).get("org.eclipse.equinox.p2.type.category"));
        assertEquals("qMRI Nodes for KNIME", properties(categoryUnit).get("org.eclipse.equinox.p2.name"));
        assertEquals("Quantitative-MRI nodes.", properties(categoryUnit).get("org.eclipse.equinox.p2.description"));
        assertEquals(EXACT,
                required(categoryUnit, "org.eclipse.equinox.p2.iu", "org.qmrinodes.feature.feature.group")
                        .getAttribute("range"));
    }

    @Test
    void artifactsXmlHasMappingRulesAndSizes() throws IOException {
        publisher().publish();
        Element artifacts = TestInputs.readXml(repository.resolve("artifacts.jar"), "artifacts.xml");
        assertEquals(RepositoryXml.ARTIFACT_REPOSITORY_TYPE, artifacts.getAttribute("type"));
        Map<String, String> rules = children(child(artifacts, "mappings"), "rule").stream()
                .collect(Collectors.toMap(r -> r.getAttribute("filter"), r -> r.getAttribute("output")));
        assertEquals("${repoUrl}/plugins/${id}_${version}.jar", rules.get("(& (classifier=osgi.bundle))"));
        assertEquals("${repoUrl}/features/${id}_${version}.jar",
                rules.get("(& (classifier=org.eclipse.update.feature))"));
        assertEquals("${repoUrl}/binary/${id}_${version}", rules.get("(& (classifier=binary))"));

        List<Element> entries = children(child(artifacts, "artifacts"), "artifact");
        assertEquals(3, entries.size());
        for (Element entry : entries) {
            String id = entry.getAttribute("id");
            Path source = id.equals("org.qmrinodes.feature")
                    ? features.resolve("org.qmrinodes.feature-0.1.0-SNAPSHOT.jar")
                    : plugins.resolve(id + "-0.1.0-SNAPSHOT.jar");
            Map<String, String> properties = properties(entry);
            assertEquals(String.valueOf(Files.size(source)), properties.get("artifact.size"), id);
            assertEquals(String.valueOf(Files.size(source)), properties.get("download.size"), id);
            assertEquals(P2RepositoryPublisher.sha256(source), properties.get("download.checksum.sha-256"), id);
            assertEquals(VERSION, entry.getAttribute("version"));
        }
    }

    @Test
    void zipHoldsTheRepositoryAtItsRoot() throws IOException {
        Path zip = temp.resolve("out/qmri-nodes-update-site-0.1.0-SNAPSHOT.zip");
        P2RepositoryPublisher.Publication publication = publisher().zip(zip).publish();
        assertEquals(zip, publication.zip());
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (String entry : List.of("content.jar", "artifacts.jar", "p2.index",
                    "plugins/org.qmrinodes.core_" + VERSION + ".jar", "plugins/org.qmrinodes.knime_" + VERSION + ".jar",
                    "features/org.qmrinodes.feature_" + VERSION + ".jar")) {
                assertNotNull(file.getEntry(entry), entry);
            }
        }
    }

    @Test
    void republishingReplacesOldBundles() throws IOException {
        publisher().publish();
        Path stale = repository.resolve("plugins/old_1.0.0.jar");
        Files.writeString(stale, "stale");
        publisher().publish();
        assertFalse(Files.exists(stale));
    }

    @Test
    void featureBuiltSeparatelyFromItsBundlesIsRejected() throws IOException {
        TestInputs.feature(features, "org.qmrinodes.feature-0.1.0-SNAPSHOT.jar", VERSION, "0.1.0.v209901010000");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> publisher().publish());
        assertTrue(e.getMessage().contains("org.qmrinodes.core 0.1.0.v209901010000"), e.getMessage());
    }

    @Test
    void featurePluginVersionZeroMeansThePublishedBundle() throws IOException {
        TestInputs.feature(features, "org.qmrinodes.feature-0.1.0-SNAPSHOT.jar", VERSION, "0.0.0");
        publisher().publish();
        Element group = unit(TestInputs.readXml(repository.resolve("content.jar"), "content.xml"),
                "org.qmrinodes.feature.feature.group");
        assertEquals(EXACT, required(group, "org.eclipse.equinox.p2.iu", "org.qmrinodes.core").getAttribute("range"));
    }

    @Test
    void expectedUnitsAreEnforced() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> publisher().expectUnits(List.of("org.qmrinodes.missing")).publish());
        assertTrue(e.getMessage().contains("expected IU org.qmrinodes.missing is missing"), e.getMessage());
    }

    @Test
    void verifierDetectsACorruptedArtifact() throws IOException {
        publisher().publish();
        Files.writeString(repository.resolve("plugins/org.qmrinodes.knime_" + VERSION + ".jar"), "truncated");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RepositoryVerifier.verify(repository, List.of()));
        assertTrue(e.getMessage().contains("artifact.size"), e.getMessage());
        Files.delete(repository.resolve("plugins/org.qmrinodes.knime_" + VERSION + ".jar"));
        e = assertThrows(IllegalStateException.class, () -> RepositoryVerifier.verify(repository, List.of()));
        assertTrue(e.getMessage().contains("has no file plugins/org.qmrinodes.knime_" + VERSION + ".jar"),
                e.getMessage());
    }

    @Test
    void nonBundleJarIsRejected() throws IOException {
        TestInputs.bundle(plugins, "plain.jar", "Manifest-Version: 1.0\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> publisher().publish());
        assertTrue(e.getMessage().contains("no Bundle-SymbolicName"), e.getMessage());
    }

    @Test
    void commandLineRunsTheSamePublication() throws IOException {
        Path zip = temp.resolve("site.zip");
        P2RepositoryPublisher.main(new String[] {"--output", repository.toString(), "--name", "qMRI Nodes for KNIME",
            "--bundles", plugins.toString(), "--features", features.toString(), "--category", category.toString(),
            "--zip", zip.toString(), "--expect-iu",
            "org.qmrinodes.core, org.qmrinodes.knime,org.qmrinodes.feature.feature.group,org.qmrinodes.category"});
        assertTrue(Files.isRegularFile(zip));
        Element content = TestInputs.readXml(repository.resolve("content.jar"), "content.xml");
        assertEquals("qMRI Nodes for KNIME", content.getAttribute("name"));
        assertThrows(IllegalArgumentException.class,
                () -> P2RepositoryPublisher.main(new String[] {"--output", repository.toString(), "--bogus", "x"}));
        assertThrows(IllegalArgumentException.class, () -> P2RepositoryPublisher.main(new String[] {"--name"}));
    }

    // --- DOM helpers over the generated XML

    private static List<Element> children(Element parent, String tag) {
        List<Element> result = new ArrayList<>();
        if (parent != null) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getTagName().equals(tag)) {
                    result.add(e);
                }
            }
        }
        return result;
    }

    private static Element child(Element parent, String tag) {
        List<Element> found = children(parent, tag);
        assertEquals(1, found.size(), "one <" + tag + "> in <" + parent.getTagName() + ">");
        return found.get(0);
    }

    private static Element unit(Element content, String id) {
        List<Element> found = children(child(content, "units"), "unit").stream()
                .filter(u -> u.getAttribute("id").equals(id)).toList();
        assertEquals(1, found.size(), "unit " + id);
        return found.get(0);
    }

    private static Map<String, String> properties(Element owner) {
        List<Element> list = children(owner, "properties");
        if (list.isEmpty()) {
            return Map.of();
        }
        Element properties = list.get(0);
        List<Element> entries = children(properties, "property");
        assertEquals(String.valueOf(entries.size()), properties.getAttribute("size"));
        return entries.stream().collect(Collectors.toMap(p -> p.getAttribute("name"), p -> p.getAttribute("value")));
    }

    private static List<String> provided(Element unit) {
        Element provides = child(unit, "provides");
        List<Element> entries = children(provides, "provided");
        assertEquals(String.valueOf(entries.size()), provides.getAttribute("size"));
        return entries.stream().map(p -> p.getAttribute("namespace") + "|" + p.getAttribute("name") + "|"
                + p.getAttribute("version")).toList();
    }

    private static Element required(Element unit, String namespace, String name) {
        Element requires = child(unit, "requires");
        List<Element> entries = children(requires, "required");
        assertEquals(String.valueOf(entries.size()), requires.getAttribute("size"));
        List<Element> found = entries.stream().filter(r -> r.getAttribute("namespace").equals(namespace)
                && r.getAttribute("name").equals(name)).toList();
        assertEquals(1, found.size(), namespace + " " + name);
        assertNull(found.get(0).getAttributeNode("match"));
        return found.get(0);
    }
}
