package org.qmrinodes.workflows;

import java.nio.file.Path;

import org.qmrinodes.core.testing.CsvTable;

/** Where the repository and the committed workflow folders are. */
final class WorkflowTestSupport {

    private WorkflowTestSupport() {
    }

    /** @return the repository root */
    static Path repository() {
        return CsvTable.validationDir().toAbsolutePath().normalize().getParent();
    }

    /** @return the committed folder of workflow {@code name} */
    static Path committed(final String name) {
        return repository().resolve(StudyWorkflows.FOLDER).resolve(name);
    }

    /**
     * @param name a study workflow's name
     * @param directory where the copy goes
     * @return {@link #withGeneratedData} of that workflow's declaration
     */
    static Path built(final String name, final Path directory) throws java.io.IOException {
        final KnimeWorkflow declared = StudyWorkflows.all(repository()).stream().filter(w -> w.name().equals(name))
            .findFirst().orElseThrow(() -> new IllegalArgumentException("no study workflow " + name));
        return withGeneratedData(declared, directory);
    }

    /**
     * A copy of the committed folder of {@code w} with the data the build generates into it (the folder as the
     * built {@code .knwf} holds it), the committed files read from disk, not from the declaration.
     *
     * @param w the workflow
     * @param directory where the copy goes
     * @return the copy
     */
    static Path withGeneratedData(final KnimeWorkflow w, final Path directory) throws java.io.IOException {
        final Path from = committed(w.name());
        final Path to = directory.resolve(w.name());
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(from)) {
            for (final Path f : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                final String name = from.relativize(f).toString().replace('\\', '/');
                if (w.generated() == null || !w.generated().holds(name)) {
                    java.nio.file.Files.createDirectories(to.resolve(name).getParent());
                    java.nio.file.Files.copy(f, to.resolve(name));
                }
            }
        }
        for (final java.util.Map.Entry<String, byte[]> f : WorkflowWriter.generatedFiles(w).entrySet()) {
            java.nio.file.Files.createDirectories(to.resolve(f.getKey()).getParent());
            java.nio.file.Files.write(to.resolve(f.getKey()), f.getValue());
        }
        return to;
    }
}
