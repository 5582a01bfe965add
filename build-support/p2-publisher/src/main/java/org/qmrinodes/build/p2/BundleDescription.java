package org.qmrinodes.build.p2;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The OSGi facts of one bundle jar that go into its p2 installable unit, read from {@code META-INF/MANIFEST.MF}.
 *
 * @param jar the bundle jar
 * @param symbolicName {@code Bundle-SymbolicName} without directives
 * @param symbolicNameHeader the full {@code Bundle-SymbolicName} header, as copied into the manifest instruction
 * @param singleton whether the bundle is declared {@code singleton:=true}
 * @param version normalised {@code Bundle-Version}
 * @param name {@code Bundle-Name}, or {@code null}
 * @param vendor {@code Bundle-Vendor}, or {@code null}
 * @param description {@code Bundle-Description}, or {@code null}
 * @param fragmentHost the {@code Fragment-Host} clause, or {@code null} for a normal bundle
 * @param exports the {@code Export-Package} clauses
 * @param imports the {@code Import-Package} clauses
 * @param requiredBundles the {@code Require-Bundle} clauses
 * @param directoryShape whether {@code Eclipse-BundleShape: dir} asks p2 to unpack the bundle
 */
public record BundleDescription(Path jar, String symbolicName, String symbolicNameHeader, boolean singleton,
        String version, String name, String vendor, String description, HeaderClause fragmentHost,
        List<HeaderClause> exports, List<HeaderClause> imports, List<HeaderClause> requiredBundles,
        boolean directoryShape) {

    /**
     * Reads the manifest of a bundle jar.
     *
     * @throws IOException if the jar cannot be read
     * @throws IllegalArgumentException if it has no manifest, no {@code Bundle-SymbolicName} or bad headers
     */
    public static BundleDescription read(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            if (manifest == null) {
                throw new IllegalArgumentException(jar + " has no META-INF/MANIFEST.MF");
            }
            try {
                return of(jar, manifest.getMainAttributes());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(jar + ": " + e.getMessage(), e);
            }
        }
    }

    private static BundleDescription of(Path jar, Attributes main) {
        String bsnHeader = main.getValue("Bundle-SymbolicName");
        if (bsnHeader == null || bsnHeader.isBlank()) {
            throw new IllegalArgumentException("not an OSGi bundle (no Bundle-SymbolicName)");
        }
        HeaderClause bsn = HeaderClause.parse(bsnHeader).get(0);
        List<HeaderClause> hosts = HeaderClause.parse(main.getValue("Fragment-Host"));
        return new BundleDescription(jar, bsn.names().get(0), bsnHeader.strip(),
                "true".equals(bsn.directive("singleton")),
                OsgiVersions.version(main.getValue("Bundle-Version")),
                main.getValue("Bundle-Name"), main.getValue("Bundle-Vendor"), main.getValue("Bundle-Description"),
                hosts.isEmpty() ? null : hosts.get(0),
                HeaderClause.parse(main.getValue("Export-Package")),
                HeaderClause.parse(main.getValue("Import-Package")),
                HeaderClause.parse(main.getValue("Require-Bundle")),
                "dir".equals(main.getValue("Eclipse-BundleShape")));
    }

    /** The file name of the bundle inside a p2 repository: {@code plugins/<bsn>_<version>.jar}. */
    public String repositoryPath() {
        return "plugins/" + symbolicName + "_" + version + ".jar";
    }
}
