package org.qmrinodes.build.p2;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A p2 installable unit (IU) as it appears in a {@code content.xml} {@code <unit>} element, plus factories that
 * shape bundle, feature and category IUs the way the Eclipse p2 publisher ({@code BundlesAction},
 * {@code FeaturesAction}, {@code CategoryXMLAction}) shapes them.
 *
 * @param id IU id
 * @param version IU version
 * @param singleton the {@code singleton} flag (p2's default when the attribute is absent is {@code true})
 * @param updateRange range of the {@code <update>} descriptor, or {@code null} for none
 * @param properties IU properties ({@code org.eclipse.equinox.p2.name}, ...)
 * @param provides provided capabilities
 * @param requires requirements
 * @param filter LDAP filter that must hold for the IU to be installable, or {@code null}
 * @param artifacts artifact keys of the IU
 * @param touchpoint touchpoint type id ({@code org.eclipse.equinox.p2.osgi} or {@code null})
 * @param instructions touchpoint instructions ({@code manifest}, {@code zipped})
 * @param license license text or {@code null}
 * @param licenseUrl license url or {@code null}
 * @param copyright copyright text or {@code null}
 * @param copyrightUrl copyright url or {@code null}
 */
public record InstallableUnit(String id, String version, boolean singleton, String updateRange,
        Map<String, String> properties, List<Capability> provides, List<Requirement> requires, String filter,
        List<ArtifactKey> artifacts, String touchpoint, Map<String, String> instructions, String license,
        String licenseUrl, String copyright, String copyrightUrl) {

    /** IU id namespace. */
    public static final String NS_IU = "org.eclipse.equinox.p2.iu";
    /** Bundle namespace ({@code Require-Bundle}). */
    public static final String NS_BUNDLE = "osgi.bundle";
    /** Fragment host namespace. */
    public static final String NS_FRAGMENT = "osgi.fragment";
    /** Package namespace ({@code Import-Package}/{@code Export-Package}). */
    public static final String NS_PACKAGE = "java.package";
    /** Eclipse artifact type namespace ({@code bundle}, {@code feature}) matched by the default install CUs. */
    public static final String NS_ECLIPSE_TYPE = "org.eclipse.equinox.p2.eclipse.type";
    /** Feature namespace and feature artifact classifier. */
    public static final String NS_FEATURE = "org.eclipse.update.feature";
    /** Touchpoint of bundles and feature jars. */
    public static final String OSGI_TOUCHPOINT = "org.eclipse.equinox.p2.osgi";
    /** Filter under which feature jars are installed (set by the Eclipse IDE and KNIME profiles). */
    public static final String INSTALL_FEATURES_FILTER = "(org.eclipse.update.install.features=true)";

    /** IU property: name shown to the user. */
    public static final String PROP_NAME = "org.eclipse.equinox.p2.name";
    /** IU property: description. */
    public static final String PROP_DESCRIPTION = "org.eclipse.equinox.p2.description";
    /** IU property: description url. */
    public static final String PROP_DESCRIPTION_URL = "org.eclipse.equinox.p2.description.url";
    /** IU property: provider/vendor. */
    public static final String PROP_PROVIDER = "org.eclipse.equinox.p2.provider";
    /** IU property marking a feature group. */
    public static final String PROP_TYPE_GROUP = "org.eclipse.equinox.p2.type.group";
    /** IU property marking a category. */
    public static final String PROP_TYPE_CATEGORY = "org.eclipse.equinox.p2.type.category";

    /** A provided capability. */
    public record Capability(String namespace, String name, String version) {
    }

    /** A required capability; {@code optional} requirements are written non-greedy, as p2 does. */
    public record Requirement(String namespace, String name, String range, boolean optional, String filter) {

        /** A mandatory, unfiltered requirement. */
        public Requirement(String namespace, String name, String range) {
            this(namespace, name, range, false, null);
        }
    }

    /** The key of an artifact: classifier ({@code osgi.bundle}, {@code org.eclipse.update.feature}), id, version. */
    public record ArtifactKey(String classifier, String id, String version) {
    }

    /** The suffix of a feature's group IU id. */
    public static String featureGroupId(String featureId) {
        return featureId + ".feature.group";
    }

    /** The suffix of a feature's jar IU id. */
    public static String featureJarId(String featureId) {
        return featureId + ".feature.jar";
    }

    /**
     * The IU of a bundle: provides its IU id, {@code osgi.bundle}, every exported {@code java.package} and the
     * eclipse type {@code bundle}; requires every {@code Require-Bundle} ({@code osgi.bundle}) and
     * {@code Import-Package} ({@code java.package}) entry; carries the trimmed manifest as touchpoint instruction.
     */
    public static InstallableUnit bundle(BundleDescription b) {
        Map<String, String> properties = new LinkedHashMap<>();
        putIfPresent(properties, PROP_NAME, b.name());
        putIfPresent(properties, PROP_DESCRIPTION, b.description());
        putIfPresent(properties, PROP_PROVIDER, b.vendor());

        List<Capability> provides = new ArrayList<>();
        provides.add(new Capability(NS_IU, b.symbolicName(), b.version()));
        provides.add(new Capability(NS_BUNDLE, b.symbolicName(), b.version()));
        for (HeaderClause export : b.exports()) {
            String version = export.attribute("version");
            if (version == null) {
                version = export.attribute("specification-version");
            }
            for (String pkg : export.names()) {
                provides.add(new Capability(NS_PACKAGE, pkg, OsgiVersions.version(version)));
            }
        }
        provides.add(new Capability(NS_ECLIPSE_TYPE, "bundle", "1.0.0"));

        List<Requirement> requires = new ArrayList<>();
        StringBuilder manifest = new StringBuilder("Bundle-SymbolicName: ").append(b.symbolicNameHeader())
                .append("\nBundle-Version: ").append(b.version()).append('\n');
        if (b.fragmentHost() != null) {
            HeaderClause host = b.fragmentHost();
            String hostRange = OsgiVersions.range(host.attribute("bundle-version"));
            provides.add(new Capability(NS_FRAGMENT, host.names().get(0), b.version()));
            requires.add(new Requirement(NS_BUNDLE, host.names().get(0), hostRange));
            manifest.append("Fragment-Host: ").append(host.names().get(0)).append(";bundle-version=\"")
                    .append(hostRange).append("\"\n");
        }
        for (HeaderClause required : b.requiredBundles()) {
            for (String bsn : required.names()) {
                requires.add(new Requirement(NS_BUNDLE, bsn, OsgiVersions.range(required.attribute("bundle-version")),
                        required.isOptional(), null));
            }
        }
        for (HeaderClause imported : b.imports()) {
            for (String pkg : imported.names()) {
                requires.add(new Requirement(NS_PACKAGE, pkg, OsgiVersions.range(imported.attribute("version")),
                        imported.isOptional(), null));
            }
        }
        Map<String, String> instructions = new LinkedHashMap<>();
        if (b.directoryShape()) {
            instructions.put("zipped", "true");
        }
        instructions.put("manifest", manifest.toString());
        return new InstallableUnit(b.symbolicName(), b.version(), b.singleton(), OsgiVersions.olderThan(b.version()),
                properties, provides, requires, null,
                List.of(new ArtifactKey(NS_BUNDLE, b.symbolicName(), b.version())), OSGI_TOUCHPOINT, instructions,
                null, null, null, null);
    }

    /**
     * The {@code <id>.feature.jar} IU: the feature jar itself (artifact classifier
     * {@code org.eclipse.update.feature}), installed zipped and only where features are installed.
     */
    public static InstallableUnit featureJar(FeatureDescription f) {
        String id = featureJarId(f.id());
        List<Capability> provides = List.of(new Capability(NS_IU, id, f.version()),
                new Capability(NS_ECLIPSE_TYPE, "feature", "1.0.0"),
                new Capability(NS_FEATURE, f.id(), f.version()));
        return new InstallableUnit(id, f.version(), true, null, featureProperties(f, false), provides, List.of(),
                INSTALL_FEATURES_FILTER, List.of(new ArtifactKey(NS_FEATURE, f.id(), f.version())), OSGI_TOUCHPOINT,
                Map.of("zipped", "true"), f.license(), f.licenseUrl(), f.copyright(), f.copyrightUrl());
    }

    /**
     * The {@code <id>.feature.group} IU that users install: requires each shipped plugin and included feature at
     * its exact version, each {@code <import>} with the range of its match rule, and the feature jar IU.
     *
     * @param pluginVersions the version to require for each plugin id of the feature (already resolved)
     */
    public static InstallableUnit featureGroup(FeatureDescription f, Map<String, String> pluginVersions) {
        String id = featureGroupId(f.id());
        List<Requirement> requires = new ArrayList<>();
        for (FeatureDescription.Import imp : f.imports()) {
            requires.add(new Requirement(NS_IU, imp.feature() ? featureGroupId(imp.id()) : imp.id(), imp.range()));
        }
        for (FeatureDescription.Reference plugin : f.plugins()) {
            requires.add(new Requirement(NS_IU, plugin.id(), OsgiVersions.exact(pluginVersions.get(plugin.id()))));
        }
        for (FeatureDescription.Reference include : f.includedFeatures()) {
            String range = OsgiVersions.ANY.equals(include.version()) ? OsgiVersions.ANY
                    : OsgiVersions.exact(include.version());
            requires.add(new Requirement(NS_IU, featureGroupId(include.id()), range, include.optional(), null));
        }
        requires.add(new Requirement(NS_IU, featureJarId(f.id()), OsgiVersions.exact(f.version()), false,
                INSTALL_FEATURES_FILTER));
        return new InstallableUnit(id, f.version(), false, OsgiVersions.olderThan(f.version()),
                featureProperties(f, true), List.of(new Capability(NS_IU, id, f.version())), requires, null,
                List.of(), null, Map.of(), f.license(), f.licenseUrl(), f.copyright(), f.copyrightUrl());
    }

    /**
     * A category IU ({@code org.eclipse.equinox.p2.type.category=true}) that requires its members exactly, so
     * "Install New Software" lists them under the category label.
     *
     * @param members the IU id and exact version of each member (feature groups, bundles)
     */
    public static InstallableUnit category(CategoryDefinition.Category c, String version,
            Map<String, String> members) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(PROP_NAME, c.label());
        putIfPresent(properties, PROP_DESCRIPTION, c.description());
        properties.put(PROP_TYPE_CATEGORY, "true");
        List<Requirement> requires = new ArrayList<>();
        members.forEach((iu, v) -> requires.add(new Requirement(NS_IU, iu, OsgiVersions.exact(v))));
        return new InstallableUnit(c.name(), version, true, null, properties,
                List.of(new Capability(NS_IU, c.name(), version)), requires, null, List.of(), null, Map.of(), null,
                null, null, null);
    }

    private static Map<String, String> featureProperties(FeatureDescription f, boolean group) {
        Map<String, String> properties = new LinkedHashMap<>();
        putIfPresent(properties, PROP_NAME, f.label());
        putIfPresent(properties, PROP_DESCRIPTION, f.description());
        putIfPresent(properties, PROP_DESCRIPTION_URL, f.descriptionUrl());
        putIfPresent(properties, PROP_PROVIDER, f.provider());
        if (group) {
            properties.put(PROP_TYPE_GROUP, "true");
        }
        return properties;
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value.strip());
        }
    }
}
