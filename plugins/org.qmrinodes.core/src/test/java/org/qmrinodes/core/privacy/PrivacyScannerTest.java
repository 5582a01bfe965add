package org.qmrinodes.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What the privacy check finds, and that pseudonymised text passes it. */
class PrivacyScannerTest {

    private static final PrivacyScanner SCANNER = new PrivacyScanner(List.of("SYN003", "Research"));

    @Test
    void findsEachKindOfIdentifier() {
        assertEquals(List.of("DICOM UID"), SCANNER.kinds("1.2.840.113619.2.44.7088985"));
        assertEquals(List.of("DICOM UID"), SCANNER.kinds("series 2.25.105153365914308044503179668305384585071: missing slice"));
        assertEquals(List.of("date"), SCANNER.kinds("20250101"));
        assertEquals(List.of("date"), SCANNER.kinds("scanned 2025-01-31"));
        assertEquals(List.of("date"), SCANNER.kinds("31.01.2025"));
        assertEquals(List.of("person name"), SCANNER.kinds("Synthetic^SYN7"));
        assertEquals(List.of("absolute path"), SCANNER.kinds("/data/pacs-export/IM0001.dcm"));
        assertEquals(List.of("absolute path"), SCANNER.kinds("C:\\exports\\a.dcm"));
        assertEquals(List.of("known Patient ID"), SCANNER.kinds("syn003"));
        assertEquals(List.of("known Patient ID"), SCANNER.kinds("dicom/SYN003/IM1"));
    }

    @Test
    void ordinaryValuesAreNotFindings() {
        for (final String v : new String[] {"0.00123", "1.2.3", "HER2-low", "20251301", "1000.0;1000.0", "SYN0031", "ADC_mean",
            "b=1000", "relative/path/IM1.dcm", "5.0.0", "0.7;0.7;2.0"}) {
            assertEquals(List.of(), SCANNER.kinds(v), v);
        }
    }

    @Test
    void pseudonymisedTextPassesAndKeptTextDoesNot() {
        final Path root = Path.of("/data/pacs-export").toAbsolutePath();
        final Identifiers pseudo = Identifiers.of(IdentifierPolicy.PSEUDONYMISE, Pseudonymiser.withKey("k", "key"), root);
        final String patient = pseudo.patientId("SYN003");
        pseudo.seriesUid("1.2.840.113619.2.44.7088985.1");
        final String message = root + "/SYN003/IM0001.dcm: series 1.2.840.113619.2.44.7088985.1 has SOP Instance UID"
            + " 2.25.1051533659143080445 twice";
        final String written = pseudo.text(message);
        assertEquals("known Patient ID", SCANNER.kinds(message).get(SCANNER.kinds(message).size() - 1));
        assertEquals(List.of(), SCANNER.kinds(written), written);
        assertEquals(patient + "/IM0001.dcm", written.substring(0, written.indexOf(':')));
        assertEquals(List.of(), SCANNER.kinds(pseudo.path(root.resolve("SYN003/IM0001.dcm"))));
        final Identifiers dropped = Identifiers.of(IdentifierPolicy.DROP, null, root);
        dropped.patientId("SYN003");
        assertEquals("", dropped.patientId("SYN003"));
        assertEquals(List.of(), SCANNER.kinds(dropped.text(message)), dropped.text(message));
        assertEquals(message, Identifiers.keep().text(message));
    }

    @Test
    void scanReportsLocationColumnAndRowWithoutTheWholeValue() {
        final List<PrivacyFinding> f = SCANNER.scan("node 'DICOM Series Reader', port 1", List.of("patient_id", "adc"),
            List.of(new String[] {"P-0123456789abcdef", "0.001"}, new String[] {"SYN003", "0.002"}));
        assertEquals(List.of(new PrivacyFinding("node 'DICOM Series Reader', port 1", "patient_id", 2, "known Patient ID", "S…")),
            f);
        assertEquals("1 known Patient ID", PrivacyScanner.summary(f));
    }

    @Test
    void summaryCountsEachKindUnderItsOwnName() {
        final List<PrivacyFinding> f = SCANNER.scan("t", List.of("uid", "path"),
            List.of(new String[] {"1.2.840.113619.2.55.3.604688119", "/home/radiology/export/case1.dcm"},
                new String[] {"2.25.1234567890123456789", "rel/path"}));
        assertEquals("2 DICOM UID, 1 absolute path", PrivacyScanner.summary(f));
    }

    @Test
    void anExcerptNeverLooksLikeAnIdentifierItselfSoASavedReportPassesTheCheck() {
        final PrivacyScanner scanner = new PrivacyScanner(List.of("SYN0012"));
        final List<PrivacyFinding> f = new java.util.ArrayList<>();
        scanner.check("t", "c", 1, "/tmp/junit123/export/SYN0012/dwi", f);
        scanner.check("t", "c", 2, "SYN0012 reader 1", f);
        assertEquals(List.of("/tmp…", "/tmp…", "SYN001…"), f.stream().map(PrivacyFinding::excerpt).toList(), f::toString);
        for (final PrivacyFinding x : f) {
            assertEquals(List.of(), scanner.kinds(x.excerpt()), x.excerpt());
        }
    }
}
