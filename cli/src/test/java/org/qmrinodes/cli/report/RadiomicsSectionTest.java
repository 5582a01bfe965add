package org.qmrinodes.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qmrinodes.core.testing.CsvTable;

/**
 * The demo's radiomics section: 960 Fr24 features per generated lesion, each selection step of the study's
 * files keeping a subset of the one before and printed from them, a rad-score that separates the groups on the
 * training set and carries over to the held-out test set.
 */
class RadiomicsSectionTest {

    @TempDir
    Path dir;

    @Test
    void featuresToRadScoreAsFr24() throws Exception {
        final HtmlReport report = new HtmlReport("test");
        RadiomicsSection.write(dir, report, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        final CsvTable features = CsvTable.read(dir.resolve("radiomics/features.csv"));
        assertEquals(118, features.size());
        assertEquals(4 + 960, features.header().size());
        assertTrue(features.header().contains("original_shape_MeshVolume")
            && features.header().contains("log-sigma-3-0-mm-3D_glcm_Idmn")
            && features.header().contains("wavelet-HHH_gldm_DependenceEntropy"), "PyRadiomics' names");
        final CsvTable readers = CsvTable.read(dir.resolve("radiomics/fr24/readers.csv"));
        assertEquals(2 * 16, readers.size());
        final CsvTable funnel = CsvTable.read(dir.resolve("radiomics/funnel.csv"));
        final int reproducible = Integer.parseInt(funnel.text(1, "synthetic"));
        final int screened = Integer.parseInt(funnel.text(2, "synthetic"));
        final int selected = Integer.parseInt(funnel.text(3, "synthetic").split(" ")[0]);
        assertTrue(960 >= reproducible && reproducible >= screened && screened >= selected && selected >= 1,
            reproducible + " / " + screened + " / " + selected);
        assertEquals(960 - CsvTable.read(dir.resolve("radiomics/fr24/dropped_features.csv")).size(), reproducible);
        final CsvTable coefficients = CsvTable.read(dir.resolve("radiomics/fr24/lasso_selected.csv"));
        assertEquals(selected + 1, coefficients.size(), "the intercept and the selected features");
        for (final String set : List.of("training", "test")) {
            final CsvTable roc = CsvTable.read(dir.resolve("radiomics/fr24/roc_" + set + ".csv"));
            assertEquals("rad_score", roc.text(0, "score"));
            assertTrue(roc.number(0, "auc") > (set.equals("training") ? 0.8 : 0.6), set + " AUC " + roc.number(0, "auc"));
            assertTrue(funnel.text(set.equals("training") ? 4 : 5, "synthetic")
                .startsWith(HtmlReport.format(roc.number(0, "auc"))), "the funnel prints the study's " + set + " AUC");
        }
        assertEquals(54, (int) CsvTable.read(dir.resolve("radiomics/fr24/roc_training.csv")).number(0, "n_positive"));
        assertEquals(11, (int) CsvTable.read(dir.resolve("radiomics/fr24/roc_test.csv")).number(0, "n_negative"));
        assertTrue(report.page().contains("0.875 (0.800-0.951)"), "the published training AUC beside ours");
        final CsvTable models = CsvTable.read(dir.resolve("radiomics/fr24/roc_models_test.csv"));
        assertEquals(List.of("rad_score", "nomogram", "clinical"), List.of(models.text(0, "score"), models.text(1, "score"),
            models.text(2, "score")));
        assertTrue(report.page().contains("<td class=\"num\">0.892</td>") && report.page().contains("test-workflows/fr24"),
            "Fr24's Table 3 nomogram AUC and the workflow beside ours");
    }
}
