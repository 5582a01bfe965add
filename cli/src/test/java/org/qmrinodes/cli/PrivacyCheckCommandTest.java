package org.qmrinodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.cli.QmriRun.qmri;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivacyCheckCommandTest {

    @TempDir
    Path tmp;

    private Path workflow(final String name, final String folderSetting) throws IOException {
        final Path node = Files.createDirectories(tmp.resolve(name).resolve("DICOM Series Reader (#1)"));
        Files.writeString(node.resolve("settings.xml"), "<config key=\"settings.xml\"><config key=\"model\">"
            + "<entry key=\"folder\" type=\"xstring\" value=\"" + folderSetting + "\"/></config></config>");
        return node.getParent();
    }

    @Test
    void aCleanWorkflowPassesAndOneWithIdentifiersFailsNamingThem() throws IOException {
        final Path ids = tmp.resolve("ids.txt");
        Files.writeString(ids, "PAT0042\n\n");
        QmriRun r = qmri("privacy-check", "--dir", workflow("clean", "knime://knime.workflow/../data").toString(),
            "--known-ids", ids.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("passed: no identifiers found"), r.err());
        assertEquals("location,column,row,kind,excerpt", r.out().strip());
        r = qmri("privacy-check", "--dir", workflow("dirty", "/home/lab/PAT0042").toString(), "--known-ids", ids.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.out().contains("settings.xml,folder,0,absolute path,"), r.out());
        assertTrue(r.out().contains("settings.xml,folder,0,known Patient ID,"), r.out());
        assertTrue(r.err().contains("do not share"), r.err());
        assertEquals(1, qmri("privacy-check", "--dir", tmp.resolve("none").toString()).status());
    }
}
