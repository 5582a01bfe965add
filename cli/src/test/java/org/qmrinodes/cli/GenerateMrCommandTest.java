package org.qmrinodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.cli.QmriRun.qmri;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.testing.CsvTable;

/** The synthetic cohort is readable by the series reader with the parameters the generator wrote. */
class GenerateMrCommandTest {

    @Test
    void generatedCohortIsFoundByTheScanWithEveryVendorsBValues(@TempDir final Path tmp) throws Exception {
        final Path dir = tmp.resolve("cohort");
        final QmriRun gen = qmri("generate-mr", "--out-dir", dir.toString(), "--patients", "4", "--protocols",
            "dwi,t2", "--seed", "7");
        assertEquals(0, gen.status(), gen.err());
        final CsvTable manifest = CsvTable.read(dir.resolve("manifest.csv"));
        assertEquals(8, manifest.size());
        assertEquals(List.of("standard", "siemens_private", "ge_private", "philips_private"),
            List.of(manifest.text(0, "b_value_storage"), manifest.text(2, "b_value_storage"),
                manifest.text(4, "b_value_storage"), manifest.text(6, "b_value_storage")));
        assertTrue(Files.isRegularFile(dir.resolve(manifest.text(0, "reader1_mask"))));

        final Path scanFile = tmp.resolve("series.csv");
        final QmriRun scan = qmri("dicom-scan", "--dir", dir.toString(), "--out", scanFile.toString());
        assertEquals(0, scan.status(), scan.err());
        final CsvTable series = CsvTable.read(scanFile);
        assertEquals(8, series.size());
        int dwi = 0;
        for (int r = 0; r < series.size(); r++) {
            final int m = manifest.texts("series_uid").indexOf(series.text(r, "series_uid"));
            assertTrue(m >= 0, "scanned series is in the manifest");
            assertEquals(manifest.text(m, "patient_id"), series.text(r, "patient_id"));
            if (manifest.text(m, "protocol").equals("dwi")) {
                assertEquals("0;800;1400;2000", series.text(r, "b_values").replace(".0", ""),
                    manifest.text(m, "b_value_storage"));
                dwi++;
            }
        }
        assertEquals(4, dwi);
    }

    @Test
    void sameSeedWritesTheSameSeries(@TempDir final Path tmp) {
        qmri("generate-mr", "--out-dir", tmp.resolve("a").toString(), "--patients", "1", "--protocols", "t2");
        qmri("generate-mr", "--out-dir", tmp.resolve("b").toString(), "--patients", "1", "--protocols", "t2");
        assertEquals(CsvTable.read(tmp.resolve("a/manifest.csv")).texts("series_uid"),
            CsvTable.read(tmp.resolve("b/manifest.csv")).texts("series_uid"));
    }

    @Test
    void badOptionsAreUsageErrors(@TempDir final Path tmp) {
        assertEquals(2, qmri("generate-mr", "--out-dir", tmp.toString(), "--protocols", "pet").status());
        assertEquals(2, qmri("generate-mr", "--out-dir", tmp.toString(), "--patients", "0").status());
        final QmriRun fraction = qmri("generate-mr", "--out-dir", tmp.toString(), "--patients", "1.5");
        assertEquals(2, fraction.status(), "not silently one patient: " + fraction.err());
        assertTrue(fraction.err().contains("--patients") && fraction.err().contains("1.5"), fraction.err());
    }
}
