package org.qmrinodes.build.p2check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.internal.p2.artifact.repository.simple.SimpleArtifactRepositoryFactory;
import org.eclipse.equinox.internal.p2.core.ProvisioningAgent;
import org.eclipse.equinox.internal.p2.metadata.repository.SimpleMetadataRepositoryFactory;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.internal.p2.metadata.IRequiredCapability;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.metadata.VersionRange;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.ArtifactKeyQuery;
import org.eclipse.equinox.p2.repository.artifact.IArtifactDescriptor;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepository;
import org.eclipse.equinox.p2.repository.artifact.IFileArtifactRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.osgi.util.ManifestElement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Constants;

/**
 * Reads the built update site (update-site/target/repository) with p2's own simple metadata and artifact
 * repository factories, the code KNIME's "Install New Software" runs, and checks it against the inputs it was
 * published from (update-site/target/p2-input): the bundles' manifests and the feature.
 */
class UpdateSiteP2Test {

    private static final Path REPOSITORY = Path.of(System.getProperty("qmri.updateSite.repository",
            "../../update-site/target/repository"));
    private static final Path INPUT = Path.of(System.getProperty("qmri.updateSite.input",
            "../../update-site/target/p2-input"));

    /** The KNIME range the issue fixes for the feature and for org.qmrinodes.knime's Require-Bundle. */
    private static final VersionRange KNIME_CORE_RANGE = new VersionRange("[5.0.0,6.0.0)");

    private static final String FEATURE_GROUP = "org.qmrinodes.feature.feature.group";
    private static final String FEATURE_JAR = "org.qmrinodes.feature.feature.jar";
    private static final String CATEGORY = "org.qmrinodes.category";

    @TempDir
    static Path storage;

    private static ClassPathFramework framework;
    private static IMetadataRepository metadata;
    private static IArtifactRepository artifacts;
    private static List<IInstallableUnit> units;

    @BeforeAll
    static void loadWithP2() throws Exception {
        assertTrue(Files.isRegularFile(REPOSITORY.resolve("content.jar")),
                "no update site at " + REPOSITORY.toAbsolutePath() + "; build the update-site module first");
        framework = ClassPathFramework.start(storage.resolve("osgi"), List.of(
                "org.eclipse.equinox.registry",
                "org.eclipse.equinox.p2.core",
                "org.eclipse.equinox.p2.repository",
                "org.eclipse.equinox.p2.metadata.repository",
                "org.eclipse.equinox.p2.artifact.repository"));
        ProvisioningAgent agent = new ProvisioningAgent();
        agent.setBundleContext(framework.bundleContext());
        SimpleMetadataRepositoryFactory metadataFactory = new SimpleMetadataRepositoryFactory();
        metadataFactory.setAgent(agent);
        SimpleArtifactRepositoryFactory artifactFactory = new SimpleArtifactRepositoryFactory();
        artifactFactory.setAgent(agent);
        metadata = metadataFactory.load(REPOSITORY.toUri(), 0, new NullProgressMonitor());
        artifacts = artifactFactory.load(REPOSITORY.toUri(), 0, new NullProgressMonitor());
        units = new ArrayList<>();
        metadata.query(QueryUtil.createIUAnyQuery(), null).forEach(units::add);
    }

    @AfterAll
    static void stopFramework() throws Exception {
        if (framework != null) {
            framework.close();
        }
    }

    @Test
    void theRepositoryHoldsExactlyTheBundlesTheFeatureAndTheCategory() throws IOException {
        Set<String> expected = new TreeSet<>(Set.of(FEATURE_GROUP, FEATURE_JAR, CATEGORY));
        for (Manifest manifest : inputBundleManifests()) {
            expected.add(symbolicName(manifest));
        }
        Set<String> actual = new TreeSet<>();
        units.forEach(u -> actual.add(u.getId()));
        assertEquals(expected, actual);
        assertEquals(units.size(), actual.size(), "one version of each unit");
    }

    @Test
    void eachBundleUnitCarriesItsManifestsVersionAndRequirements() throws Exception {
        for (Manifest manifest : inputBundleManifests()) {
            String name = symbolicName(manifest);
            IInstallableUnit unit = unit(name);
            Version version = Version.parseVersion(manifest.getMainAttributes().getValue(Constants.BUNDLE_VERSION));
            assertEquals(version, unit.getVersion(), name);
            assertTrue(unit.getArtifacts().stream().anyMatch(k -> k.getClassifier().equals("osgi.bundle")
                    && k.getId().equals(name) && k.getVersion().equals(version)), name + " artifact key");
            assertHeaderRequirements(unit, manifest, Constants.REQUIRE_BUNDLE, "osgi.bundle",
                    Constants.BUNDLE_VERSION_ATTRIBUTE);
            assertHeaderRequirements(unit, manifest, Constants.IMPORT_PACKAGE, "java.package",
                    Constants.VERSION_ATTRIBUTE);
        }
    }

    @Test
    void theFeatureRequiresKnimeCoreInTheRangeTheNodesBundleRequires() throws Exception {
        VersionRange bundleRange = requiredRange(unit("org.qmrinodes.knime"), "osgi.bundle", "org.knime.core");
        VersionRange featureRange = requiredRange(unit(FEATURE_GROUP), IInstallableUnit.NAMESPACE_IU_ID,
                "org.knime.core");
        assertEquals(KNIME_CORE_RANGE, bundleRange);
        assertEquals(KNIME_CORE_RANGE, featureRange);
        assertTrue(featureRange.isIncluded(Version.parseVersion("5.3.0")));
        assertFalse(featureRange.isIncluded(Version.parseVersion("6.0.0")));
        assertFalse(featureRange.isIncluded(Version.parseVersion("4.7.8")));
    }

    @Test
    void theFeatureGroupPinsEachBundleAndItsFeatureJarWithinTheRepository() throws Exception {
        IInstallableUnit group = unit(FEATURE_GROUP);
        assertEquals("true", group.getProperty(QueryUtil.PROP_TYPE_GROUP));
        for (Manifest manifest : inputBundleManifests()) {
            assertPinnedAndMet(group, unit(symbolicName(manifest)));
        }
        assertPinnedAndMet(group, unit(FEATURE_JAR));
    }

    @Test
    void theCategoryIsACategoryThatListsTheFeature() {
        IInstallableUnit category = unit(CATEGORY);
        assertEquals("true", category.getProperty(QueryUtil.PROP_TYPE_CATEGORY));
        assertTrue(QueryUtil.isCategory(category));
        assertPinnedAndMet(category, unit(FEATURE_GROUP));
    }

    /** Every requirement on one of our own units must be met by a unit of this repository. */
    @Test
    void everyRequirementOnOurOwnUnitsIsMetInTheRepository() {
        for (IInstallableUnit unit : units) {
            for (IRequirement requirement : unit.getRequirements()) {
                if (requirement instanceof IRequiredCapability capability
                        && capability.getName().startsWith("org.qmrinodes.")) {
                    assertTrue(units.stream().anyMatch(requirement::isMatch),
                            unit.getId() + " requires " + requirement + ", which no unit of the repository provides");
                }
            }
        }
    }

    @Test
    void everyUnitsArtifactIsInTheArtifactRepositoryWithItsSizeAndChecksum() throws Exception {
        Set<IArtifactKey> listed = new HashSet<>();
        artifacts.query(ArtifactKeyQuery.ALL_KEYS, null).forEach(listed::add);
        Set<IArtifactKey> referenced = new HashSet<>();
        units.forEach(u -> referenced.addAll(u.getArtifacts()));
        assertEquals(referenced, listed, "artifacts listed in artifacts.jar versus those the units reference");
        assertEquals(3, listed.size(), "two bundles and the feature jar");

        for (IArtifactKey key : listed) {
            IArtifactDescriptor[] descriptors = artifacts.getArtifactDescriptors(key);
            assertEquals(1, descriptors.length, key.toString());
            IArtifactDescriptor descriptor = descriptors[0];
            File file = ((IFileArtifactRepository) artifacts).getArtifactFile(descriptor);
            assertTrue(file != null && file.isFile(), key + " has no file in the repository: " + file);
            assertTrue(file.toPath().toAbsolutePath().normalize()
                    .startsWith(REPOSITORY.toAbsolutePath().normalize()), key + " lies outside the repository");
            // p2's own download path, which verifies the declared checksum while copying
            ByteArrayOutputStream copy = new ByteArrayOutputStream();
            IStatus status = artifacts.getArtifact(descriptor, copy, new NullProgressMonitor());
            assertTrue(status.isOK(), key + ": " + status);
            byte[] bytes = Files.readAllBytes(file.toPath());
            assertEquals(String.valueOf(bytes.length), descriptor.getProperty(IArtifactDescriptor.ARTIFACT_SIZE), key + " size");
            assertEquals(String.valueOf(bytes.length), descriptor.getProperty(IArtifactDescriptor.DOWNLOAD_SIZE), key + " size");
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                    descriptor.getProperty("download.checksum.sha-256"), key + " SHA-256");
            assertArrayEquals(bytes, copy.toByteArray(), key + " as served by p2");
        }
    }

    private static void assertHeaderRequirements(IInstallableUnit unit, Manifest manifest, String header,
            String namespace, String versionAttribute) throws Exception {
        String value = manifest.getMainAttributes().getValue(header);
        if (value == null) {
            return;
        }
        for (ManifestElement element : ManifestElement.parseHeader(header, value)) {
            String declared = element.getAttribute(versionAttribute);
            VersionRange expected = declared == null ? VersionRange.emptyRange : new VersionRange(declared);
            for (String name : element.getValueComponents()) {
                assertEquals(expected, requiredRange(unit, namespace, name),
                        unit.getId() + " " + header + " " + name);
            }
        }
    }

    private static VersionRange requiredRange(IInstallableUnit unit, String namespace, String name) {
        List<VersionRange> ranges = unit.getRequirements().stream()
                .filter(IRequiredCapability.class::isInstance).map(IRequiredCapability.class::cast)
                .filter(r -> r.getNamespace().equals(namespace) && r.getName().equals(name))
                .map(IRequiredCapability::getRange).toList();
        assertEquals(1, ranges.size(), unit.getId() + " requirements on " + namespace + "/" + name);
        return ranges.get(0);
    }

    private static void assertPinnedAndMet(IInstallableUnit from, IInstallableUnit to) {
        VersionRange range = requiredRange(from, IInstallableUnit.NAMESPACE_IU_ID, to.getId());
        assertEquals(new VersionRange(to.getVersion(), true, to.getVersion(), true), range,
                from.getId() + " -> " + to.getId());
        assertTrue(from.getRequirements().stream().anyMatch(r -> r.isMatch(to)), from.getId() + " -> " + to.getId());
    }

    private static IInstallableUnit unit(String id) {
        List<IInstallableUnit> found = units.stream().filter(u -> u.getId().equals(id)).toList();
        assertEquals(1, found.size(), "units with id " + id);
        return found.get(0);
    }

    private static List<Manifest> inputBundleManifests() throws IOException {
        List<Manifest> manifests = new ArrayList<>();
        try (Stream<Path> jars = Files.list(INPUT.resolve("plugins"))) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                try (JarFile file = new JarFile(jar.toFile())) {
                    manifests.add(file.getManifest());
                }
            }
        }
        assertEquals(2, manifests.size(), "bundles published from " + INPUT);
        return manifests;
    }

    private static String symbolicName(Manifest manifest) {
        return manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME).split(";", 2)[0].trim();
    }
}
