package org.qmrinodes.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.node.port.PortObject;
import org.qmrinodes.cli.report.Fr24Study;

/**
 * The Fr24 workflow, read back from its committed folder with the DICOM series and masks the build writes into
 * it, executed node by node from the images: its feature tables are the command line's (the bundled tables,
 * {@code qmri}'s extraction of the same generated lesions) to the last digit, and every table and figure after
 * them is what {@code qmri demo --study fr24} writes from those tables, to the last digit and byte.
 */
class Fr24WorkflowTest {

    private static Map<String, PortObject> written;
    private static Path repository;
    private static Path cli;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void execute() throws Exception {
        final Path folder = WorkflowTestSupport.built(Fr24DceRadiomics.NAME, tmp.resolve("workflow"));
        written = WorkflowRun.execute(SavedWorkflow.read(folder));
        repository = WorkflowTestSupport.repository().resolve(StudyWorkflows.FOLDER);
        cli = WorkflowTables.cliStudy(Fr24Study.NAME, repository.resolve(Fr24DceRadiomics.TRAINING), tmp.resolve("fr24"),
            "--test-set", repository.resolve(Fr24DceRadiomics.TEST).toString(), "--readers",
            repository.resolve(Fr24DceRadiomics.READERS).toString());
    }

    @Test
    void featuresFromTheDicomSeriesAreTheCommandLinesToTheLastDigit() {
        WorkflowTables.assertSameTable(written, Fr24DceRadiomics.FEATURES_TRAINING,
            repository.resolve(Fr24DceRadiomics.TRAINING));
        WorkflowTables.assertSameTable(written, Fr24DceRadiomics.FEATURES_TEST, repository.resolve(Fr24DceRadiomics.TEST));
        WorkflowTables.assertSameTable(written, Fr24DceRadiomics.FEATURES_READERS,
            repository.resolve(Fr24DceRadiomics.READERS));
    }

    @Test
    void everyFileOfTheWorkflowEqualsTheCommandLines() throws Exception {
        // The workflow does not write the command line's own files: the rad-score and prediction tables (its
        // predictor nodes append to the whole table), the full coefficient table and the settings.
        final TreeSet<String> study = Fr24Study.FILES.stream().filter(f -> !f.startsWith("radscore_")
            && !f.startsWith("predictions_") && !f.equals("settings_used.csv") && !f.equals("lasso_coefficients.csv"))
            .map(f -> "output/" + f)
            .collect(Collectors.toCollection(TreeSet::new));
        final TreeSet<String> all = new TreeSet<>(study);
        all.addAll(List.of(Fr24DceRadiomics.FEATURES_TRAINING, Fr24DceRadiomics.FEATURES_TEST,
            Fr24DceRadiomics.FEATURES_READERS));
        assertEquals(all, new TreeSet<>(written.keySet()));
        assertEquals(study, new TreeSet<>(WorkflowTables.assertSameAsCommandLine(written, cli)));
    }

    @Test
    void theChainKeepsFewerFeaturesAtEveryStep() {
        final int dropped = WorkflowTables.column(written, "output/dropped_features.csv", "feature").size();
        final int screened = WorkflowTables.column(written, "output/univariate_training.csv", "feature").size();
        final int selected = WorkflowTables.column(written, "output/lasso_selected.csv", "term").size() - 1;
        assertEquals(83, WorkflowTables.column(written, Fr24DceRadiomics.FEATURES_TRAINING, "patient_id").size());
        assertEquals(35, WorkflowTables.column(written, Fr24DceRadiomics.FEATURES_TEST, "patient_id").size());
        assertEquals(32, WorkflowTables.column(written, Fr24DceRadiomics.FEATURES_READERS, "patient_id").size());
        assertTrue(dropped > 0 && screened == 960 - dropped && selected >= 1 && selected < screened,
            dropped + " / " + screened + " / " + selected);
    }
}
