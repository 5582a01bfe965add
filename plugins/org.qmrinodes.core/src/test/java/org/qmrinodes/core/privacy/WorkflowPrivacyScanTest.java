package org.qmrinodes.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.testing.CsvTable;

/** The privacy check of a saved workflow: folder and .knwf, settings entries and saved tables. */
class WorkflowPrivacyScanTest {

    @TempDir
    Path tmp;

    private static final PrivacyScanner SCANNER = new PrivacyScanner(List.of("PAT0042"));

    private Path workflow(final String patient, final String folder) throws IOException {
        final Path w = tmp.resolve("wf");
        final Path node = Files.createDirectories(w.resolve("DICOM Series Reader (#1)"));
        Files.writeString(node.resolve("settings.xml"), "<?xml version=\"1.0\"?>\n<config key=\"settings.xml\">\n"
            + "  <config key=\"model\">\n    <entry key=\"folder\" type=\"xstring\" value=\"" + folder + "\"/>\n"
            + "    <entry key=\"identifiers\" type=\"xstring\" value=\"pseudonymise\"/>\n  </config>\n</config>\n");
        Files.writeString(w.resolve("workflow.knime"), "<config key=\"workflow.knime\"><entry key=\"name\" type=\"xstring\""
            + " value=\"study\"/></config>");
        try (OutputStream out = Files.newOutputStream(node.resolve("port_1.zip")); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("data.csv"));
            zip.write(("patient_id,series_uid,adc\n" + patient + ",SE-0123456789abcdef,0.001\n").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("table.bin"));
            zip.write(new byte[] {0, 1, 2});
            zip.closeEntry();
        }
        return w;
    }

    @Test
    void aWorkflowSavedWithPseudonymsPassesAndOneWithIdentifiersFailsNamingEveryPlace() throws IOException {
        final Path clean = workflow("P-3f9a0123456789ab", "knime://knime.workflow/../data");
        final WorkflowPrivacyScan.Report ok = WorkflowPrivacyScan.scan(clean, SCANNER);
        assertEquals(List.of(), ok.findings());
        assertEquals(3, ok.filesRead());
        assertEquals(1, ok.filesNotRead());
        deleteAll();
        final Path dirty = workflow("PAT0042", "/home/lab/pacs/PAT0042");
        final List<PrivacyFinding> f = WorkflowPrivacyScan.scan(dirty, SCANNER).findings();
        assertTrue(f.stream().anyMatch(x -> x.location().endsWith("settings.xml") && x.column().equals("folder")
            && x.kind().equals("absolute path")), f::toString);
        assertTrue(f.stream().anyMatch(x -> x.location().endsWith("port_1.zip!/data.csv") && x.row() == 2
            && x.kind().equals("known Patient ID")), f::toString);
    }

    @Test
    void anExportedKnwfIsReadAsAnArchive() throws IOException {
        final Path w = workflow("PAT0042", "relative/folder");
        final Path knwf = tmp.resolve("study.knwf");
        try (OutputStream out = Files.newOutputStream(knwf); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (final Path p : Files.walk(w).filter(Files::isRegularFile).toList()) {
                zip.putNextEntry(new ZipEntry("wf/" + w.relativize(p).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(p));
                zip.closeEntry();
            }
        }
        final List<PrivacyFinding> f = WorkflowPrivacyScan.scan(knwf, SCANNER).findings();
        assertEquals(1, f.size(), f::toString);
        assertTrue(f.get(0).location().contains("study.knwf!/wf/") && f.get(0).location().endsWith("data.csv"), f::toString);
    }

    @Test
    void aRealKnimeWorkflowFolderIsReadEntryByEntry() {
        final Path example = CsvTable.sharedFile("knime-format/example-workflow/workflow.knime").getParent();
        final WorkflowPrivacyScan.Report r = WorkflowPrivacyScan.scan(example, new PrivacyScanner(List.of("knime-temp-space")));
        assertEquals(3, r.filesRead());
        // a known value planted as the "Patient ID" is found in the CSV Reader's settings, with its key
        assertTrue(r.findings().stream().anyMatch(x -> x.location().startsWith("CSV Reader (#1)")
            && x.column().equals("mountpoint") && x.kind().equals("known Patient ID")), r.findings()::toString);
    }

    private void deleteAll() throws IOException {
        try (var s = Files.walk(tmp)) {
            s.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(tmp)).forEach(p -> p.toFile().delete());
        }
    }
}
