package org.knime.core.util;

import java.nio.file.Path;

/**
 * Test kit only, not part of KNIME: the location of the workflow the node runs in, which KNIME takes from the node's
 * context. It is one value for the whole test JVM; tests that set it reset it with {@link #clear()}.
 */
public final class WorkflowLocationTestDriver {

    private static volatile Path workflowFolder;
    private static volatile Path mountpointRoot;

    private WorkflowLocationTestDriver() {
    }

    /**
     * @param localMountpointRoot the folder {@code knime://LOCAL/} and {@code knime://knime.mountpoint/} denote
     * @param folder the workflow's folder, which {@code knime://knime.workflow/} denotes
     */
    public static void set(final Path localMountpointRoot, final Path folder) {
        mountpointRoot = localMountpointRoot.toAbsolutePath().normalize();
        workflowFolder = folder.toAbsolutePath().normalize();
    }

    /** Forgets the workflow location: {@code knime://} URLs no longer resolve. */
    public static void clear() {
        workflowFolder = null;
        mountpointRoot = null;
    }

    static Path workflowFolder() {
        return workflowFolder;
    }

    static Path localMountpointRoot() {
        return mountpointRoot;
    }
}
