package org.qmrinodes.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Locates the shared KNIME example workflow (system property {@code qmri.shared.dir}). */
final class SharedFiles {

    private SharedFiles() {
    }

    static Path exampleWorkflow() {
        String dir = System.getProperty("qmri.shared.dir");
        assumeTrue(dir != null && !dir.isBlank(),
            "System property qmri.shared.dir not set; skipping tests on real KNIME files");
        Path p = Paths.get(dir, "knime-format", "example-workflow").toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(p), "Shared KNIME example workflow not found at " + p + "; skipping");
        return p;
    }

    static Path file(final String relative) {
        Path p = exampleWorkflow().resolve(relative);
        assumeTrue(Files.isRegularFile(p), "Shared file not found: " + p + "; skipping");
        return p;
    }
}
