package org.qmrinodes.core.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.privacy.IdentifierPolicy;
import org.qmrinodes.core.privacy.Identifiers;
import org.qmrinodes.core.privacy.PrivacyFinding;
import org.qmrinodes.core.privacy.PrivacyScanner;
import org.qmrinodes.core.privacy.Pseudonymiser;
import org.qmrinodes.core.synthetic.SyntheticMrCohort;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Protocol;

/** The scan tables of a generated cohort under each identifier policy, checked by the privacy scanner. */
class DicomTablesPrivacyTest {

    @TempDir
    Path tmp;

    private DicomScan cohortWithAProblem() throws IOException {
        SyntheticMrCohort.write(tmp, 2, List.of(Protocol.DWI, Protocol.T2_MULTI_ECHO), 11, new PixelMedToolkit());
        // a duplicate file gives a note naming files and a SOP Instance UID
        try (var files = Files.walk(tmp)) {
            final Path one = files.filter(p -> p.toString().endsWith(".dcm")).sorted().findFirst().orElseThrow();
            Files.copy(one, one.resolveSibling("copy.dcm"));
        }
        return DicomSeriesReader.withPixelMed().scan(tmp);
    }

    private static Set<String> patients(final DicomScan scan) {
        final Set<String> ids = new TreeSet<>();
        scan.series().forEach(s -> ids.add(s.info().patientId()));
        return ids;
    }

    private static List<PrivacyFinding> findings(final DicomScan scan, final Identifiers ids) {
        final PrivacyScanner scanner = new PrivacyScanner(patients(scan));
        final List<PrivacyFinding> out = new ArrayList<>();
        for (final ResultTable t : List.of(DicomTables.series(scan, true, ids), DicomTables.skipped(scan, ids))) {
            out.addAll(scanner.scan("table", t.columnNames(), t.rows().stream()
                .map(r -> r.stream().map(c -> c == null ? null : c.toString()).toArray(String[]::new)).toList()));
        }
        DicomTables.warnings(scan, ids).forEach(w -> scanner.check("warnings", "", 0, w, out));
        return out;
    }

    @Test
    void pseudonymisedTablesPassThePrivacyCheckAndKeptOnesDoNot() throws IOException {
        final DicomScan scan = cohortWithAProblem();
        assertEquals(2, patients(scan).size());
        final List<PrivacyFinding> kept = findings(scan, Identifiers.keep());
        final Set<String> kinds = new TreeSet<>();
        kept.forEach(f -> kinds.add(f.kind()));
        assertEquals(Set.of("DICOM UID", "absolute path", "known Patient ID"), kinds);
        assertTrue(kept.stream().anyMatch(f -> f.column().equals("series_uid")));
        final Pseudonymiser key = Pseudonymiser.withKey("lab secret", "key");
        assertEquals(List.of(), findings(scan, Identifiers.of(IdentifierPolicy.PSEUDONYMISE, key, tmp)));
        assertEquals(List.of(), findings(scan, Identifiers.of(IdentifierPolicy.DROP, null, tmp)));
    }

    @Test
    void pseudonymsAreTheKeyedHashOfTheIdentifiersSoTablesJoin() throws IOException {
        final DicomScan scan = cohortWithAProblem();
        final Pseudonymiser key = Pseudonymiser.withKey("lab secret", "key");
        final ResultTable a = DicomTables.series(scan, false, Identifiers.of(IdentifierPolicy.PSEUDONYMISE, key, tmp));
        final ResultTable b = DicomTables.series(scan, false,
            Identifiers.of(IdentifierPolicy.PSEUDONYMISE, Pseudonymiser.withKey("lab secret", "key"), tmp));
        assertEquals(a, b);
        for (int r = 0; r < scan.series().size(); r++) {
            final SeriesInfo info = scan.series().get(r).info();
            assertEquals(key.pseudonym("patient", "P-", info.patientId()), a.rows().get(r).get(0));
            assertEquals(key.pseudonym("series", "SE-", info.seriesUid()), a.rows().get(r).get(2));
            assertEquals(a.rows().get(r).get(2),
                DicomTables.info(info, Identifiers.of(IdentifierPolicy.PSEUDONYMISE, key, tmp)).seriesUid());
        }
        final ResultTable other = DicomTables.series(scan, false,
            Identifiers.of(IdentifierPolicy.PSEUDONYMISE, Pseudonymiser.withKey("another lab", "key"), tmp));
        assertFalse(other.rows().get(0).get(0).equals(a.rows().get(0).get(0)));
    }
}
