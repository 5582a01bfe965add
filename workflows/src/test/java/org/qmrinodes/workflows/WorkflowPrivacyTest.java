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

    /** @return the findings */
    private static List<PrivacyFinding> real(final WorkflowPrivacyScan.Report report) {
        return report.findings();
    }

    static Collection<KnimeWorkflow> workflows() throws IOException {
        return StudyWorkflows.all(WorkflowTestSupport.repository());
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void committedFolderAndKnwfPassThePrivacyCheck(final KnimeWorkflow w, @TempDir final Path tmp) throws IOException {
        final PrivacyScanner scanner = new PrivacyScanner(List.of());
        final WorkflowPrivacyScan.Report folder =
            WorkflowPrivacyScan.scan(WorkflowTestSupport.committed(w.name()), scanner);
        assertEquals(List.of(), real(folder), PrivacyScanner.summary(real(folder)));
        assertEquals(w.nodes().size() + 1 + w.files().size(), folder.filesRead(), "every file was read");
        final Path knwf = WorkflowWriter.writeKnwf(w, WorkflowTestSupport.repository(), tmp);
        final WorkflowPrivacyScan.Report packed = WorkflowPrivacyScan.scan(knwf, scanner);
        assertEquals(List.of(), real(packed), PrivacyScanner.summary(real(packed)));
        assertEquals(folder.filesRead(), packed.filesRead());
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void theCheckWouldCatchAReaderPointingAtAnAbsolutePath(final KnimeWorkflow w, @TempDir final Path tmp)
        throws IOException {
        final Path copy = WorkflowWriter.writeFolder(w, WorkflowTestSupport.repository(), tmp);
        for (final Map.Entry<String, byte[]> f : WorkflowWriter.files(w, WorkflowTestSupport.repository()).entrySet()) {
            if (f.getKey().endsWith("settings.xml")) {
                final String xml = new String(f.getValue(), StandardCharsets.UTF_8);
                Files.writeString(copy.resolve(f.getKey()),
                    xml.replace(KnimeBaseNode.WORKFLOW_URL, "/home/reader/patients/"), StandardCharsets.UTF_8);
            }
        }
        final WorkflowPrivacyScan.Report report = WorkflowPrivacyScan.scan(copy, new PrivacyScanner(List.of()));
        final List<PrivacyFinding> found = real(report);
        assertEquals(w.nodes().stream().filter(n -> KnimeBaseNode.byFactory(n.factory()) != null).count(),
            found.stream().map(PrivacyFinding::location).distinct().count(), PrivacyScanner.summary(found));
        assertTrue(found.stream().allMatch(f -> f.location().endsWith("settings.xml")
            && f.kind().equals("absolute path")), PrivacyScanner.summary(found));
    }
}
