package org.qmrinodes.workflows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The study workflows, and the build step that writes them: {@code StudyWorkflows REPOSITORY OUTPUT}
 * writes every workflow folder and its {@code .knwf} into OUTPUT.
 */
public final class StudyWorkflows {

    /** Where the workflow folders are kept in the repository. */
    public static final String FOLDER = "test-workflows";

    private StudyWorkflows() {
    }

    /**
     * @param repository the repository root (the cohort files are read from it)
     * @return every study workflow
     * @throws IOException if a cohort file cannot be read
     */
    public static List<KnimeWorkflow> all(final Path repository) throws IOException {
        return List.of(Shen25DkiHistogram.declare(repository), Fr25SymriNomogram.declare(repository),
            Qims26Relaxometry.declare(repository), Fr24DceRadiomics.declare(repository));
    }

    /**
     * @param args the repository root and the output folder
     * @throws IOException if a file cannot be read or written
     */
    public static void main(final String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: StudyWorkflows REPOSITORY OUTPUT");
            System.exit(2);
        }
        final Path repository = Path.of(args[0]);
        final Path out = Path.of(args[1]);
        for (final KnimeWorkflow w : all(repository)) {
            WorkflowWriter.writeFolder(w, repository, out);
            WorkflowWriter.writeKnwf(w, repository, out);
        }
    }
}
