package org.qmrinodes.build.p2;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Publishes OSGi bundle jars and Eclipse feature jars as an Eclipse p2 <em>simple</em> repository, the format
 * that Eclipse and KNIME "Install New Software" read from a folder, a URL or a zip archive:
 *
 * <pre>
 * plugins/&lt;bundle-symbolic-name&gt;_&lt;version&gt;.jar   the bundles, unchanged
 * features/&lt;feature-id&gt;_&lt;version&gt;.jar            the feature jars, unchanged
 * content.jar     content.xml: metadata repository (LocalMetadataRepository, format 1.2.0) with one installable
 *                 unit (IU) per bundle, a &lt;id&gt;.feature.group and &lt;id&gt;.feature.jar IU per feature and one
 *                 category IU per category of the category.xml
 * artifacts.jar   artifacts.xml: artifact repository (simpleRepository, format 1.1.0) with the standard mapping
 *                 rules for osgi.bundle, binary and org.eclipse.update.feature artifacts, and per artifact its
 *                 artifact.size, download.size and download.checksum.sha-256
 * p2.index        tells p2 which index files to look for
 * </pre>
 *
 * The IUs follow the Eclipse p2 publisher: bundle IUs provide {@code osgi.bundle}, their exported
 * {@code java.package}s and {@code org.eclipse.equinox.p2.eclipse.type=bundle}, and require their
 * {@code Require-Bundle} and {@code Import-Package} entries; feature groups require their plugins at the exact
 * versions and their {@code <import>}s with the range of the match rule. After writing, the repository (and the
 * zip, if asked for) is checked with {@link RepositoryVerifier}.
 *
 * <p>Use from code: {@code new P2RepositoryPublisher(dir).bundle(jar).feature(jar).categories(xml).publish()};
 * from the command line: see {@link #main(String[])}.
 */
public final class P2RepositoryPublisher {

    private static final DateTimeFormatter QUALIFIER =
            DateTimeFormatter.ofPattern("'v'yyyyMMddHHmm").withZone(ZoneOffset.UTC);

    private final Path outputDirectory;
    private final List<Path> bundleJars = new ArrayList<>();
    private final List<Path> featureJars = new ArrayList<>();
    private final List<String> expectedUnits = new ArrayList<>();
    private String repositoryName = "p2 repository";
    private Path categoryXml;
    private Path zip;
    private long timestamp = System.currentTimeMillis();

    /**
     * The result of a publication.
     *
     * @param repository the repository folder
     * @param zip the zipped repository, or {@code null}
     * @param units the published installable units
     */
    public record Publication(Path repository, Path zip, List<InstallableUnit> units) {
    }

    /** A publisher that writes into the given folder (created if missing; previous p2 files in it are replaced). */
    public P2RepositoryPublisher(Path outputDirectory) {
        this.outputDirectory = outputDirectory;
    }

    /** The repository name shown by p2 (default {@code "p2 repository"}). */
    public P2RepositoryPublisher name(String name) {
        this.repositoryName = name;
        return this;
    }

    /** Adds a bundle jar, or every {@code *.jar} of a folder. */
    public P2RepositoryPublisher bundle(Path jarOrFolder) throws IOException {
        bundleJars.addAll(jars(jarOrFolder));
        return this;
    }

    /** Adds a feature jar ({@code feature.xml} at its root), or every {@code *.jar} of a folder. */
    public P2RepositoryPublisher feature(Path jarOrFolder) throws IOException {
        featureJars.addAll(jars(jarOrFolder));
        return this;
    }

    /** The Eclipse {@code category.xml} whose categories become category IUs. */
    public P2RepositoryPublisher categories(Path categoryDefinition) {
        this.categoryXml = categoryDefinition;
        return this;
    }

    /** Also writes the repository as a zip archive (repository files at the archive root). */
    public P2RepositoryPublisher zip(Path zipFile) {
        this.zip = zipFile;
        return this;
    }

    /** IU ids that must be in the repository, with their artifacts, or publishing fails. */
    public P2RepositoryPublisher expectUnits(List<String> unitIds) {
        expectedUnits.addAll(unitIds);
        return this;
    }

    /** The repository timestamp in epoch milliseconds (default: now); also the category IU qualifier. */
    public P2RepositoryPublisher timestamp(long epochMillis) {
        this.timestamp = epochMillis;
        return this;
    }

    /**
     * Writes the repository and verifies it.
     *
     * @return what was published
     * @throws IOException if reading inputs or writing outputs fails
     * @throws IllegalArgumentException if inputs are inconsistent (a feature or category refers to a bundle or
     *     feature that is not published, duplicate bundles, bad manifests)
     * @throws IllegalStateException if the written repository fails verification
     */
    public Publication publish() throws IOException {
        Map<String, BundleDescription> bundles = new LinkedHashMap<>();
        for (Path jar : bundleJars) {
            BundleDescription b = BundleDescription.read(jar);
            if (bundles.put(b.symbolicName() + "_" + b.version(), b) != null) {
                throw new IllegalArgumentException("Bundle published twice: " + b.symbolicName() + " " + b.version());
            }
        }
        Map<String, FeatureDescription> features = new LinkedHashMap<>();
        for (Path jar : featureJars) {
            FeatureDescription f = FeatureDescription.read(jar);
            if (features.put(f.id() + "_" + f.version(), f) != null) {
                throw new IllegalArgumentException("Feature published twice: " + f.id() + " " + f.version());
            }
        }

        List<InstallableUnit> units = new ArrayList<>();
        bundles.values().forEach(b -> units.add(InstallableUnit.bundle(b)));
        for (FeatureDescription f : features.values()) {
            units.add(InstallableUnit.featureGroup(f, pluginVersions(f, bundles.values(), features.values())));
            units.add(InstallableUnit.featureJar(f));
        }
        if (categoryXml != null) {
            String version = "1.0.0." + QUALIFIER.format(Instant.ofEpochMilli(timestamp));
            for (CategoryDefinition.Category c : CategoryDefinition.read(categoryXml).categories()) {
                units.add(InstallableUnit.category(c, version,
                        categoryMembers(c, bundles.values(), features.values())));
            }
        }

        prepareOutput();
        List<RepositoryXml.Artifact> artifacts = new ArrayList<>();
        for (BundleDescription b : bundles.values()) {
            artifacts.add(copyArtifact(b.jar(), b.repositoryPath(),
                    new InstallableUnit.ArtifactKey(InstallableUnit.NS_BUNDLE, b.symbolicName(), b.version()), false));
        }
        for (FeatureDescription f : features.values()) {
            artifacts.add(copyArtifact(f.jar(), f.repositoryPath(),
                    new InstallableUnit.ArtifactKey(InstallableUnit.NS_FEATURE, f.id(), f.version()), true));
        }
        writeIndexJar("content.jar", "content.xml", RepositoryXml.contentXml(repositoryName, timestamp, units));
        writeIndexJar("artifacts.jar", "artifacts.xml",
                RepositoryXml.artifactsXml(repositoryName, timestamp, artifacts));
        Files.writeString(outputDirectory.resolve("p2.index"), "#" + timestamp + "\nversion=1\n"
                + "metadata.repository.factory.order=content.xml,\\!\n"
                + "artifact.repository.factory.order=artifacts.xml,\\!\n", StandardCharsets.ISO_8859_1);

        RepositoryVerifier.verify(outputDirectory, expectedUnits);
        if (zip != null) {
            writeZip();
            RepositoryVerifier.verifyZip(zip, outputDirectory);
        }
        return new Publication(outputDirectory, zip, List.copyOf(units));
    }

    /**
     * Resolves each plugin of a feature to a published bundle version: {@code 0.0.0} means the (single)
     * published version, any other version must be published exactly. Included features must be published too
     * unless optional.
     */
    private static Map<String, String> pluginVersions(FeatureDescription f, Iterable<BundleDescription> bundles,
            Iterable<FeatureDescription> features) {
        Map<String, String> versions = new LinkedHashMap<>();
        for (FeatureDescription.Reference plugin : f.plugins()) {
            List<String> published = new ArrayList<>();
            bundles.forEach(b -> {
                if (b.symbolicName().equals(plugin.id())) {
                    published.add(b.version());
                }
            });
            if (OsgiVersions.ANY.equals(plugin.version()) && published.size() == 1) {
                versions.put(plugin.id(), published.get(0));
            } else if (published.contains(plugin.version())) {
                versions.put(plugin.id(), plugin.version());
            } else {
                throw new IllegalArgumentException("Feature " + f.id() + " " + f.version() + " includes plugin "
                        + plugin.id() + " " + plugin.version() + " but the published versions of that bundle are "
                        + published + " (were the feature and the bundles built in the same build?)");
            }
        }
        for (FeatureDescription.Reference include : f.includedFeatures()) {
            boolean found = false;
            for (FeatureDescription other : features) {
                found |= other.id().equals(include.id())
                        && (OsgiVersions.ANY.equals(include.version()) || other.version().equals(include.version()));
            }
            if (!found && !include.optional()) {
                throw new IllegalArgumentException("Feature " + f.id() + " includes feature " + include.id() + " "
                        + include.version() + ", which is not published");
            }
        }
        return versions;
    }

    private static Map<String, String> categoryMembers(CategoryDefinition.Category c,
            Iterable<BundleDescription> bundles, Iterable<FeatureDescription> features) {
        Map<String, String> members = new LinkedHashMap<>();
        for (CategoryDefinition.Member m : c.features()) {
            int before = members.size();
            for (FeatureDescription f : features) {
                if (f.id().equals(m.id())
                        && (OsgiVersions.ANY.equals(m.version()) || f.version().equals(m.version()))) {
                    members.put(InstallableUnit.featureGroupId(f.id()), f.version());
                }
            }
            requireMember(members.size() > before, c, "feature", m);
        }
        for (CategoryDefinition.Member m : c.bundles()) {
            int before = members.size();
            for (BundleDescription b : bundles) {
                if (b.symbolicName().equals(m.id())
                        && (OsgiVersions.ANY.equals(m.version()) || b.version().equals(m.version()))) {
                    members.put(b.symbolicName(), b.version());
                }
            }
            requireMember(members.size() > before, c, "bundle", m);
        }
        return members;
    }

    private static void requireMember(boolean found, CategoryDefinition.Category c, String kind,
            CategoryDefinition.Member m) {
        if (!found) {
            throw new IllegalArgumentException("Category " + c.name() + " lists " + kind + " " + m.id() + " "
                    + m.version() + ", which is not published");
        }
    }

    private void prepareOutput() throws IOException {
        Files.createDirectories(outputDirectory);
        for (String folder : List.of("plugins", "features")) {
            Path dir = outputDirectory.resolve(folder);
            if (Files.isDirectory(dir)) {
                for (Path jar : jars(dir)) {
                    Files.delete(jar);
                }
            }
            Files.createDirectories(dir);
        }
        for (String file : List.of("content.jar", "artifacts.jar", "content.xml", "artifacts.xml", "p2.index")) {
            Files.deleteIfExists(outputDirectory.resolve(file));
        }
    }

    private RepositoryXml.Artifact copyArtifact(Path source, String repositoryPath,
            InstallableUnit.ArtifactKey key, boolean feature) throws IOException {
        Path target = outputDirectory.resolve(repositoryPath);
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        String size = String.valueOf(Files.size(target));
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("artifact.size", size);
        properties.put("download.size", size);
        properties.put("download.checksum.sha-256", sha256(target));
        if (feature) {
            properties.put("download.contentType", "application/zip");
        }
        return new RepositoryXml.Artifact(key, properties);
    }

    private void writeIndexJar(String jarName, String entryName, String xml) throws IOException {
        try (OutputStream file = Files.newOutputStream(outputDirectory.resolve(jarName));
                ZipOutputStream jar = new ZipOutputStream(file)) {
            ZipEntry entry = new ZipEntry(entryName);
            entry.setTime(timestamp);
            jar.putNextEntry(entry);
            jar.write(xml.getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
    }

    private void writeZip() throws IOException {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(outputDirectory)) {
            walk.filter(p -> !p.equals(outputDirectory)).forEach(p -> files.put(
                    outputDirectory.relativize(p).toString().replace('\\', '/') + (Files.isDirectory(p) ? "/" : ""),
                    p));
        }
        Path absoluteZip = zip.toAbsolutePath();
        if (zip.getParent() != null) {
            Files.createDirectories(zip.getParent());
        }
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, Path> e : files.entrySet()) {
                if (e.getValue().toAbsolutePath().equals(absoluteZip)) {
                    continue;
                }
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTime(timestamp);
                out.putNextEntry(entry);
                if (!e.getKey().endsWith("/")) {
                    Files.copy(e.getValue(), out);
                }
                out.closeEntry();
            }
        }
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK lacks SHA-256", e);
        }
    }

    private static List<Path> jars(Path jarOrFolder) throws IOException {
        if (!Files.isDirectory(jarOrFolder)) {
            if (!Files.isRegularFile(jarOrFolder)) {
                throw new IOException("No such jar or folder: " + jarOrFolder);
            }
            return List.of(jarOrFolder);
        }
        try (Stream<Path> list = Files.list(jarOrFolder)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p)).sorted()
                    .toList();
        }
    }

    /**
     * Command line:
     *
     * <pre>
     * java -cp p2-publisher.jar org.qmrinodes.build.p2.P2RepositoryPublisher
     *     --output DIR             repository folder to write (required)
     *     [--name NAME]            repository name
     *     [--bundles JAR|DIR]...   bundle jars (a folder means its *.jar)
     *     [--features JAR|DIR]...  feature jars
     *     [--category FILE]        category.xml
     *     [--zip FILE]             also write the repository as a zip archive
     *     [--expect-iu ID[,ID]]... fail unless these IUs (with their artifacts) are in the repository
     * </pre>
     *
     * Failures are thrown (no {@code System.exit}), so the method can also run inside the Maven JVM.
     *
     * @throws IOException if publishing fails
     */
    public static void main(String[] args) throws IOException {
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Expected '--option value' but got: " + args[i]
                        + "\nUsage: --output DIR [--name NAME] [--bundles JAR|DIR]... [--features JAR|DIR]..."
                        + " [--category FILE] [--zip FILE] [--expect-iu ID[,ID]]...");
            }
            options.computeIfAbsent(args[i].substring(2), k -> new ArrayList<>()).add(args[++i]);
        }
        List<String> output = options.remove("output");
        if (output == null) {
            throw new IllegalArgumentException("--output DIR is required");
        }
        P2RepositoryPublisher publisher = new P2RepositoryPublisher(Path.of(output.get(0)));
        for (Map.Entry<String, List<String>> option : options.entrySet()) {
            for (String value : option.getValue()) {
                switch (option.getKey()) {
                    case "name" -> publisher.name(value);
                    case "bundles" -> publisher.bundle(Path.of(value));
                    case "features" -> publisher.feature(Path.of(value));
                    case "category" -> publisher.categories(Path.of(value));
                    case "zip" -> publisher.zip(Path.of(value));
                    case "expect-iu" -> publisher.expectUnits(
                            Stream.of(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
                    default -> throw new IllegalArgumentException("Unknown option --" + option.getKey());
                }
            }
        }
        Publication publication = publisher.publish();
        System.out.println("Published " + publication.units().size() + " installable units to "
                + publication.repository() + (publication.zip() == null ? "" : " and " + publication.zip()));
        publication.units().forEach(u -> System.out.println("  " + u.id() + " " + u.version()));
    }
}
