package org.qmrinodes.build.p2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The project's feature must require org.knime.core in the same version range as the KNIME bundle's
 * Require-Bundle, or p2 could install the feature into a KNIME whose core the bundle then refuses.
 */
class ProjectFeatureRangeTest {

    private static Path root() {
        return Paths.get(System.getProperty("qmri.validation.dir", "../../validation")).getParent();
    }

    @Test
    void featureImportOfKnimeCoreEqualsTheBundlesRequireBundleRange() throws IOException {
        final String feature = Files.readString(root().resolve("features/org.qmrinodes.feature/feature.xml"));
        final Matcher f = Pattern.compile("<import plugin=\"org\\.knime\\.core\" version=\"([^\"]+)\"(?: match=\"([^\"]+)\")?")
            .matcher(feature);
        assertTrue(f.find(), "feature.xml imports org.knime.core");
        final String pom = Files.readString(root().resolve("plugins/org.qmrinodes.knime/pom.xml"));
        final Matcher b = Pattern.compile("org\\.knime\\.core;bundle-version=\"([^\"]+)\"").matcher(pom);
        assertTrue(b.find(), "the KNIME bundle's Require-Bundle names org.knime.core");
        assertEquals(b.group(1), OsgiVersions.featureMatchRange(f.group(1), f.group(2)));
    }
}
