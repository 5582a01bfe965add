package org.qmrinodes.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qmrinodes.core.privacy.PrivacyFinding;
import org.qmrinodes.core.privacy.PrivacyScanner;
import org.qmrinodes.core.privacy.WorkflowPrivacyScan;

/** Every generated workflow, as a folder and as a .knwf, passes the privacy check before it is shared. */
class WorkflowPrivacyTest {

    /** What the check reports in every DICOM file, synthetic or not: its UIDs and dates. */
    private static final List<String> DICOM_HEADER_KINDS = List.of("DICOM UID", "date");

    /**
     * @return the findings, less the UIDs and dates of the generated synthetic DICOM series (drawn from seeds, no
     *         person's), which the check rightly reports in any DICOM file
     */
    private static List<PrivacyFinding> real(final KnimeWorkflow w, final WorkflowPrivacyScan.Report report) {
        return report.findings().stream().filter(f -> w.generated() == null
            || !w.generated().holds(inWorkflow(w, f.location())) || !DICOM_HEADER_KINDS.contains(f.kind())).toList();
    }

    /** @return a finding's location inside the workflow folder (a .knwf's entries start with the folder name) */
    private static String inWorkflow(final KnimeWorkflow w, final String location) {
        final String packed = "!/" + w.name() + "/";
        final int at = location.indexOf(packed);
        return at < 0 ? location : location.substring(at + packed.length());
    }

    static Collection<KnimeWorkflow> workflows() throws IOException {
        return StudyWorkflows.all(WorkflowTestSupport.repository());
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void committedFolderAndKnwfPassThePrivacyCheck(final KnimeWorkflow w, @TempDir final Path tmp) throws IOException {
        final PrivacyScanner scanner = new PrivacyScanner(List.of());
        final Path built = WorkflowTestSupport.withGeneratedData(w, tmp.resolve("built"));
        final WorkflowPrivacyScan.Report folder = WorkflowPrivacyScan.scan(built, scanner);
        assertEquals(List.of(), real(w, folder), PrivacyScanner.summary(real(w, folder)));
        final int generated = WorkflowWriter.generatedFiles(w).size();
        assertEquals(w.nodes().size() + 1 + w.files().size() + generated, folder.filesRead(), "every file was read");
        final Path knwf = WorkflowWriter.writeKnwf(w, WorkflowTestSupport.repository(), tmp);
        final WorkflowPrivacyScan.Report packed = WorkflowPrivacyScan.scan(knwf, scanner);
        assertEquals(List.of(), real(w, packed), PrivacyScanner.summary(real(w, packed)));
        assertEquals(folder.filesRead(), packed.filesRead());
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void theCheckWouldCatchAReaderPointingAtAnAbsolutePath(final KnimeWorkflow w, @TempDir final Path tmp)
        throws IOException {
        final Path copy = WorkflowWriter.writeFolder(w, WorkflowTestSupport.repository(), tmp);
        long addressing = 0;
        for (final Map.Entry<String, byte[]> f : WorkflowWriter.files(w, WorkflowTestSupport.repository()).entrySet()) {
            final String xml = new String(f.getValue(), StandardCharsets.UTF_8);
            if (f.getKey().endsWith("settings.xml") && xml.contains(KnimeBaseNode.WORKFLOW_URL)) {
                addressing++;
                Files.writeString(copy.resolve(f.getKey()),
                    xml.replace(KnimeBaseNode.WORKFLOW_URL, "/home/reader/patients/"), StandardCharsets.UTF_8);
            }
        }
        assertTrue(addressing >= w.nodes().stream().filter(n -> KnimeBaseNode.byFactory(n.factory()) != null
            && KnimeBaseNode.byFactory(n.factory()) != KnimeBaseNode.COLUMN_FILTER).count(), "every reader and writer");
        final WorkflowPrivacyScan.Report report = WorkflowPrivacyScan.scan(copy, new PrivacyScanner(List.of()));
        final List<PrivacyFinding> found = real(w, report);
        assertEquals(addressing, found.stream().map(PrivacyFinding::location).distinct().count(),
            PrivacyScanner.summary(found));
        assertTrue(found.stream().allMatch(f -> f.location().endsWith("settings.xml")
            && f.kind().equals("absolute path")), PrivacyScanner.summary(found));
    }
}
