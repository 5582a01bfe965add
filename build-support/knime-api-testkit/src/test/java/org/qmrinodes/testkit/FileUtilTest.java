package org.qmrinodes.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URL;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.util.FileUtil;
import org.knime.core.util.WorkflowLocationTestDriver;

/** Resolution of setting texts to local paths as KNIME does it for a workflow in the local workspace. */
class FileUtilTest {

    @TempDir
    Path workspace;

    @AfterEach
    void closeWorkflow() {
        WorkflowLocationTestDriver.clear();
    }

    private static Path resolve(final String text) throws Exception {
        return FileUtil.resolveToPath(FileUtil.toURL(text));
    }

    @Test
    void plainPathsAndFileUrlsAreLocalFiles() throws Exception {
        final Path data = workspace.resolve("my data").resolve("a.nii");
        assertEquals(data, resolve(data.toString()));
        assertEquals(data, resolve(data.toUri().toString()));
        assertEquals(Path.of("rel").toAbsolutePath(), resolve("rel"));
        assertThrows(InvalidPathException.class, () -> FileUtil.toURL(""));
    }

    @Test
    void knimeUrlsResolveAgainstTheWorkflowAndTheLocalMountpoint() throws Exception {
        final Path workflow = workspace.resolve("group").resolve("wf");
        WorkflowLocationTestDriver.set(workspace, workflow);
        assertEquals(workspace.resolve("group").resolve("data"), resolve("knime://knime.workflow/../data"));
        assertEquals(workspace.resolve("x y"), resolve("knime://LOCAL/x y"));
        assertEquals(workspace.resolve("x y"), resolve("knime://knime.mountpoint/x%20y"));
    }

    @Test
    void nonLocalUrlsGiveNullAndUnresolvableOnesFail() throws Exception {
        assertNull(FileUtil.resolveToPath(new URL("http://example.org/data")));
        assertThrows(IOException.class, () -> resolve("knime://knime.workflow/data"), "no workflow set");
        WorkflowLocationTestDriver.set(workspace, workspace.resolve("wf"));
        assertThrows(IOException.class, () -> resolve("knime://SomeServer/data"));
    }
}
