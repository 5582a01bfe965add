package org.qmrinodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.cli.QmriRun.qmri;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.testing.CsvTable;

/**
 * {@code qmri generate-images} writes the files a study workflow reads: the mask table the workflow carries, and
 * one readable DICOM series per lesion with its mask.
 */
class GenerateImagesCommandTest {

    @Test
    void shen25ImagesAreTheWorkflowsAndEverySeriesIsFound(@TempDir final Path tmp) throws Exception {
        final Path dir = tmp.resolve("shen25");
        final QmriRun gen = qmri("generate-images", "--study", "shen25", "--out-dir", dir.toString());
        assertEquals(0, gen.status(), gen.err());
        assertEquals(Files.readString(CsvTable.validationDir().resolveSibling("test-workflows/data/shen25_masks.csv")),
            Files.readString(dir.resolve("shen25_masks.csv")), "the mask table the workflow carries");
        final Path scanFile = tmp.resolve("series.csv");
        final QmriRun scan = qmri("dicom-scan", "--dir", dir.resolve("dicom").toString(), "--out", scanFile.toString());
        assertEquals(0, scan.status(), scan.err());
        final CsvTable series = CsvTable.read(scanFile);
        assertEquals(232, series.size());
        for (int r = 0; r < series.size(); r++) {
            assertEquals("0;800;1400;2000", series.text(r, "b_values").replace(".0", ""), series.text(r, "patient_id"));
            assertTrue(Files.isRegularFile(dir.resolve("masks").resolve(series.text(r, "patient_id") + ".nii.gz")));
        }
    }

    @Test
    void anUnknownStudyAndABadSeedAreUsageErrors(@TempDir final Path tmp) {
        final QmriRun study = qmri("generate-images", "--study", "qims26", "--out-dir", tmp.resolve("a").toString());
        assertEquals(2, study.status());
        assertTrue(study.err().contains("fr24, shen25"), study.err());
        final QmriRun seed = qmri("generate-images", "--study", "fr24", "--out-dir", tmp.resolve("b").toString(),
            "--seed", "x");
        assertEquals(2, seed.status());
        assertTrue(seed.err().contains("--seed"), seed.err());
    }
}
