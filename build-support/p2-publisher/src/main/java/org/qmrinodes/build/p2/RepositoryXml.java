package org.qmrinodes.build.p2;

import java.util.List;
import java.util.Map;

/**
 * Serialises p2 "simple" repository index files: {@code content.xml} (metadata repository
 * {@code LocalMetadataRepository}, format {@code 1.2.0}) and {@code artifacts.xml} (artifact repository
 * {@code simpleRepository}, format {@code 1.1.0}).
 */
final class RepositoryXml {

    static final String METADATA_REPOSITORY_TYPE =
            "org.eclipse.equinox.internal.p2.metadata.repository.LocalMetadataRepository";
    static final String ARTIFACT_REPOSITORY_TYPE = "org.eclipse.equinox.p2.artifact.repository.simpleRepository";

    /** The standard artifact-to-file mapping rules of a simple artifact repository. */
    static final List<String[]> MAPPING_RULES = List.of(
            new String[] {"(& (classifier=osgi.bundle))", "${repoUrl}/plugins/${id}_${version}.jar"},
            new String[] {"(& (classifier=binary))", "${repoUrl}/binary/${id}_${version}"},
            new String[] {"(& (classifier=org.eclipse.update.feature))", "${repoUrl}/features/${id}_${version}.jar"});

    /**
     * A published artifact with its properties ({@code artifact.size}, {@code download.size},
     * {@code download.checksum.sha-256}, ...).
     */
    record Artifact(InstallableUnit.ArtifactKey key, Map<String, String> properties) {
    }

    private RepositoryXml() {
    }

    static String contentXml(String name, long timestamp, List<InstallableUnit> units) {
        XmlWriter w = new XmlWriter().processingInstruction("metadataRepository", "version='1.2.0'");
        w.start("repository", "name", name, "type", METADATA_REPOSITORY_TYPE, "version", "1");
        repositoryProperties(w, timestamp);
        w.start("units", "size", String.valueOf(units.size()));
        for (InstallableUnit unit : units) {
            unit(w, unit);
        }
        w.end().end();
        return w.toString();
    }

    static String artifactsXml(String name, long timestamp, List<Artifact> artifacts) {
        XmlWriter w = new XmlWriter().processingInstruction("artifactRepository", "version='1.1.0'");
        w.start("repository", "name", name, "type", ARTIFACT_REPOSITORY_TYPE, "version", "1");
        repositoryProperties(w, timestamp);
        w.start("mappings", "size", String.valueOf(MAPPING_RULES.size()));
        for (String[] rule : MAPPING_RULES) {
            w.empty("rule", "filter", rule[0], "output", rule[1]);
        }
        w.end();
        w.start("artifacts", "size", String.valueOf(artifacts.size()));
        for (Artifact artifact : artifacts) {
            InstallableUnit.ArtifactKey key = artifact.key();
            w.start("artifact", "classifier", key.classifier(), "id", key.id(), "version", key.version());
            properties(w, artifact.properties());
            w.end();
        }
        w.end().end();
        return w.toString();
    }

    private static void repositoryProperties(XmlWriter w, long timestamp) {
        properties(w, Map.of("p2.timestamp", String.valueOf(timestamp), "p2.compressed", "true"));
    }

    private static void properties(XmlWriter w, Map<String, String> properties) {
        if (properties.isEmpty()) {
            return;
        }
        w.start("properties", "size", String.valueOf(properties.size()));
        properties.entrySet().stream().sorted(propertyOrder(properties))
                .forEach(e -> w.empty("property", "name", e.getKey(), "value", e.getValue()));
        w.end();
    }

    /** Keeps insertion order for ordered maps; sorts {@code Map.of} maps by key for stable output. */
    private static java.util.Comparator<Map.Entry<String, String>> propertyOrder(Map<String, String> map) {
        return map instanceof java.util.LinkedHashMap ? (a, b) -> 0 : Map.Entry.comparingByKey();
    }

    private static void unit(XmlWriter w, InstallableUnit u) {
        w.start("unit", "id", u.id(), "version", u.version(), "singleton", u.singleton() ? null : "false");
        if (u.updateRange() != null) {
            w.empty("update", "id", u.id(), "range", u.updateRange(), "severity", "0");
        }
        properties(w, u.properties());
        w.start("provides", "size", String.valueOf(u.provides().size()));
        for (InstallableUnit.Capability c : u.provides()) {
            w.empty("provided", "namespace", c.namespace(), "name", c.name(), "version", c.version());
        }
        w.end();
        if (!u.requires().isEmpty()) {
            w.start("requires", "size", String.valueOf(u.requires().size()));
            for (InstallableUnit.Requirement r : u.requires()) {
                w.start("required", "namespace", r.namespace(), "name", r.name(), "range", r.range(),
                        "optional", r.optional() ? "true" : null, "greedy", r.optional() ? "false" : null);
                if (r.filter() != null) {
                    w.start("filter").text(r.filter()).end();
                }
                w.end();
            }
            w.end();
        }
        if (u.filter() != null) {
            w.start("filter").text(u.filter()).end();
        }
        if (!u.artifacts().isEmpty()) {
            w.start("artifacts", "size", String.valueOf(u.artifacts().size()));
            for (InstallableUnit.ArtifactKey a : u.artifacts()) {
                w.empty("artifact", "classifier", a.classifier(), "id", a.id(), "version", a.version());
            }
            w.end();
        }
        if (u.touchpoint() != null) {
            w.empty("touchpoint", "id", u.touchpoint(), "version", "1.0.0");
        } else {
            w.empty("touchpoint", "id", "null", "version", "0.0.0");
        }
        if (!u.instructions().isEmpty()) {
            w.start("touchpointData", "size", "1");
            w.start("instructions", "size", String.valueOf(u.instructions().size()));
            u.instructions().entrySet().stream().sorted(propertyOrder(u.instructions()))
                    .forEach(e -> w.start("instruction", "key", e.getKey()).text(e.getValue()).end());
            w.end().end();
        }
        if (u.license() != null) {
            w.start("licenses", "size", "1");
            w.start("license", "uri", u.licenseUrl(), "url", u.licenseUrl()).text(u.license()).end();
            w.end();
        }
        if (u.copyright() != null) {
            w.start("copyright", "uri", u.copyrightUrl(), "url", u.copyrightUrl()).text(u.copyright()).end();
        }
        w.end();
    }
}
