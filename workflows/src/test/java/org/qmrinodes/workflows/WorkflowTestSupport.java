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
}
