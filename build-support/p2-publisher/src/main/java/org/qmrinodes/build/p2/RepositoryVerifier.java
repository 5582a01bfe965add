package org.qmrinodes.build.p2;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.w3c.dom.Element;

/**
 * Checks a p2 simple repository written by {@link P2RepositoryPublisher}: {@code content.jar},
 * {@code artifacts.jar} and {@code p2.index} exist and parse; every artifact of artifacts.xml exists under its
 * mapped path with the recorded size and SHA-256; every artifact key of an IU has an artifact entry; every
 * exact-version requirement on an IU id published here names a published version; and the expected IU ids are
 * present. Problems are collected and thrown together.
 */
public final class RepositoryVerifier {

    private RepositoryVerifier() {
    }

    /**
     * Verifies the repository folder.
     *
     * @param repository the repository folder
     * @param expectedUnits IU ids that must be present
     * @throws IllegalStateException listing every problem found
     * @throws IOException if the files cannot be read
     */
    public static void verify(Path repository, Collection<String> expectedUnits) throws IOException {
        List<String> problems = new ArrayList<>();
        for (String file : List.of("content.jar", "artifacts.jar", "p2.index")) {
            if (!Files.isRegularFile(repository.resolve(file))) {
                problems.add("missing " + file);
            }
        }
        if (!problems.isEmpty()) {
            fail(repository, problems);
        }
        Element content = readIndex(repository.resolve("content.jar"), "content.xml");
        Element artifactsXml = readIndex(repository.resolve("artifacts.jar"), "artifacts.xml");

        Set<String> artifactKeys = new HashSet<>();
        for (Element artifact : Xml.children(Xml.child(artifactsXml, "artifacts"), "artifact")) {
            String classifier = artifact.getAttribute("classifier");
            String key = key(classifier, artifact.getAttribute("id"), artifact.getAttribute("version"));
            artifactKeys.add(key);
            Path file = repository.resolve(artifactPath(classifier, artifact.getAttribute("id"),
                    artifact.getAttribute("version")));
            if (!Files.isRegularFile(file)) {
                problems.add("artifact " + key + " has no file " + repository.relativize(file));
                continue;
            }
            Map<String, String> properties = properties(artifact);
            String size = String.valueOf(Files.size(file));
            for (String sizeProperty : List.of("artifact.size", "download.size")) {
                if (!size.equals(properties.get(sizeProperty))) {
                    problems.add("artifact " + key + ": " + sizeProperty + "=" + properties.get(sizeProperty)
                            + " but the file has " + size + " bytes");
                }
            }
            String sha = properties.get("download.checksum.sha-256");
            if (sha != null && !sha.equals(P2RepositoryPublisher.sha256(file))) {
                problems.add("artifact " + key + ": SHA-256 does not match the file");
            }
        }

        Map<String, Set<String>> unitVersions = new HashMap<>();
        List<Element> units = Xml.children(Xml.child(content, "units"), "unit");
        for (Element unit : units) {
            unitVersions.computeIfAbsent(unit.getAttribute("id"), k -> new HashSet<>())
                    .add(unit.getAttribute("version"));
        }
        for (Element unit : units) {
            String unitKey = unit.getAttribute("id") + " " + unit.getAttribute("version");
            for (Element artifact : Xml.children(Xml.child(unit, "artifacts"), "artifact")) {
                String key = key(artifact.getAttribute("classifier"), artifact.getAttribute("id"),
                        artifact.getAttribute("version"));
                if (!artifactKeys.contains(key)) {
                    problems.add("IU " + unitKey + " refers to artifact " + key + ", which artifacts.xml lacks");
                }
            }
            for (Element required : Xml.children(Xml.child(unit, "requires"), "required")) {
                String range = required.getAttribute("range");
                Set<String> published = unitVersions.get(required.getAttribute("name"));
                if (InstallableUnit.NS_IU.equals(required.getAttribute("namespace")) && published != null
                        && range.startsWith("[") && range.endsWith("]")) {
                    String[] ends = range.substring(1, range.length() - 1).split(",");
                    if (ends.length == 2 && ends[0].equals(ends[1]) && !published.contains(ends[0])) {
                        problems.add("IU " + unitKey + " requires " + required.getAttribute("name") + " " + range
                                + " but the repository has " + published);
                    }
                }
            }
        }
        for (String expected : expectedUnits) {
            if (!unitVersions.containsKey(expected)) {
                problems.add("expected IU " + expected + " is missing");
            }
        }
        if (!problems.isEmpty()) {
            fail(repository, problems);
        }
    }

    /**
     * Verifies that a zip holds the p2 repository at its root: content.jar, artifacts.jar, p2.index and every
     * artifact file of the (already verified) repository folder, with the same sizes.
     *
     * @throws IllegalStateException listing every missing or different entry
     */
    public static void verifyZip(Path zip, Path repository) throws IOException {
        List<String> required = new ArrayList<>(List.of("content.jar", "artifacts.jar", "p2.index"));
        Element artifactsXml = readIndex(repository.resolve("artifacts.jar"), "artifacts.xml");
        for (Element artifact : Xml.children(Xml.child(artifactsXml, "artifacts"), "artifact")) {
            required.add(artifactPath(artifact.getAttribute("classifier"), artifact.getAttribute("id"),
                    artifact.getAttribute("version")));
        }
        List<String> problems = new ArrayList<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (String path : required) {
                ZipEntry entry = file.getEntry(path);
                if (entry == null) {
                    problems.add("missing " + path);
                } else if (entry.getSize() != Files.size(repository.resolve(path))) {
                    problems.add(path + " differs in size from the repository folder");
                }
            }
        }
        if (!problems.isEmpty()) {
            fail(zip, problems);
        }
    }

    /** The path of an artifact under the standard mapping rules of a simple repository. */
    static String artifactPath(String classifier, String id, String version) {
        return switch (classifier) {
            case InstallableUnit.NS_BUNDLE -> "plugins/" + id + "_" + version + ".jar";
            case InstallableUnit.NS_FEATURE -> "features/" + id + "_" + version + ".jar";
            default -> "binary/" + id + "_" + version;
        };
    }

    /** Reads the single XML index file from content.jar or artifacts.jar. */
    static Element readIndex(Path jar, String entryName) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(entryName);
            if (entry == null) {
                throw new IllegalStateException(jar + " lacks " + entryName);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return Xml.parse(in, jar + "!/" + entryName);
            }
        }
    }

    private static Map<String, String> properties(Element owner) {
        Map<String, String> properties = new HashMap<>();
        for (Element p : Xml.children(Xml.child(owner, "properties"), "property")) {
            properties.put(p.getAttribute("name"), p.getAttribute("value"));
        }
        return properties;
    }

    private static String key(String classifier, String id, String version) {
        return classifier + "/" + id + "/" + version;
    }

    private static void fail(Path what, List<String> problems) {
        throw new IllegalStateException("Invalid p2 repository " + what + ":\n  - " + String.join("\n  - ", problems));
    }
}
