package org.qmrinodes.build.p2;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.w3c.dom.Element;

/**
 * The content of an Eclipse {@code feature.xml} that goes into the feature's p2 installable units.
 *
 * @param jar the feature jar ({@code feature.xml} at its root)
 * @param id feature id
 * @param version normalised feature version
 * @param label feature label, or {@code null}
 * @param provider {@code provider-name}, or {@code null}
 * @param description description text, or {@code null}
 * @param descriptionUrl description url, or {@code null}
 * @param copyright copyright text, or {@code null}
 * @param copyrightUrl copyright url, or {@code null}
 * @param license license text, or {@code null}
 * @param licenseUrl license url, or {@code null}
 * @param plugins the {@code <plugin>} entries (bundles shipped with the feature)
 * @param includedFeatures the {@code <includes>} entries (features shipped with the feature)
 * @param imports the {@code <requires><import>} entries (prerequisites installed from elsewhere)
 */
public record FeatureDescription(Path jar, String id, String version, String label, String provider,
        String description, String descriptionUrl, String copyright, String copyrightUrl, String license,
        String licenseUrl, List<Reference> plugins, List<Reference> includedFeatures, List<Import> imports) {

    /**
     * A bundle or feature the feature ships.
     *
     * @param id bundle symbolic name or feature id
     * @param version the version as written ({@code 0.0.0} means "the one being published")
     * @param optional whether an {@code <includes>} is {@code optional="true"}
     */
    public record Reference(String id, String version, boolean optional) {
    }

    /**
     * A prerequisite: {@code <import plugin=".."/>} or {@code <import feature=".."/>}.
     *
     * @param id bundle symbolic name or feature id
     * @param feature whether it imports a feature (else a plugin)
     * @param range the p2 version range derived from {@code version} and {@code match}
     */
    public record Import(String id, boolean feature, String range) {
    }

    /**
     * Reads {@code feature.xml} from the root of a feature jar.
     *
     * @throws IOException if the jar cannot be read or has no feature.xml
     * @throws IllegalArgumentException if feature.xml lacks an id or has bad versions
     */
    public static FeatureDescription read(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry("feature.xml");
            if (entry == null) {
                throw new IOException(jar + " has no feature.xml at its root");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return of(jar, Xml.parse(in, jar + "!/feature.xml"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(jar + "!/feature.xml: " + e.getMessage(), e);
            }
        }
    }

    private static FeatureDescription of(Path jar, Element root) {
        String id = Xml.requiredAttribute(root, "id");
        List<Reference> plugins = new ArrayList<>();
        for (Element plugin : Xml.children(root, "plugin")) {
            plugins.add(new Reference(Xml.requiredAttribute(plugin, "id"),
                    OsgiVersions.version(plugin.getAttribute("version")), false));
        }
        List<Reference> includes = new ArrayList<>();
        for (Element include : Xml.children(root, "includes")) {
            includes.add(new Reference(Xml.requiredAttribute(include, "id"),
                    OsgiVersions.version(include.getAttribute("version")),
                    "true".equals(include.getAttribute("optional"))));
        }
        List<Import> imports = new ArrayList<>();
        for (Element requires : Xml.children(root, "requires")) {
            for (Element imp : Xml.children(requires, "import")) {
                boolean isFeature = !imp.getAttribute("feature").isEmpty();
                String importId = isFeature ? imp.getAttribute("feature") : Xml.requiredAttribute(imp, "plugin");
                imports.add(new Import(importId, isFeature,
                        OsgiVersions.featureMatchRange(imp.getAttribute("version"), imp.getAttribute("match"))));
            }
        }
        Element description = Xml.child(root, "description");
        Element copyright = Xml.child(root, "copyright");
        Element license = Xml.child(root, "license");
        return new FeatureDescription(jar, id, OsgiVersions.version(root.getAttribute("version")),
                Xml.attributeOrNull(root, "label"), Xml.attributeOrNull(root, "provider-name"),
                Xml.text(description), Xml.attributeOrNull(description, "url"),
                Xml.text(copyright), Xml.attributeOrNull(copyright, "url"),
                Xml.text(license), Xml.attributeOrNull(license, "url"),
                plugins, includes, imports);
    }

    /** The file name of the feature inside a p2 repository: {@code features/<id>_<version>.jar}. */
    public String repositoryPath() {
        return "features/" + id + "_" + version + ".jar";
    }
}
