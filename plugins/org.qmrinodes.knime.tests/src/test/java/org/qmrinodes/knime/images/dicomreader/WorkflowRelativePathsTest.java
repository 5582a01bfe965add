package org.qmrinodes.knime.images.dicomreader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.knime.common.NodeTestSupport.configureSettings;
import static org.qmrinodes.knime.common.NodeTestSupport.texts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.util.WorkflowLocationTestDriver;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.dicom.PixelMedToolkit;
import org.qmrinodes.core.synthetic.SyntheticMrCohort;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Protocol;
import org.qmrinodes.knime.common.NodeTestSupport;
import org.qmrinodes.knime.images.voimask.VoiMaskReaderNodeFactory;

/**
 * Path settings given as KNIME URLs, so that a shared workflow holds no absolute path: a generated cohort in
 * {@code export/} next to the workflow folder {@code workflow/}, both in the local workspace.
 */
class WorkflowRelativePathsTest {

    @TempDir
    Path workspace;

    private Path cohort;
    private ResultTable manifest;

    @BeforeEach
    void writeCohortNextToTheWorkflow() throws Exception {
        cohort = workspace.resolve("export");
        manifest = SyntheticMrCohort.write(cohort, 2, List.of(Protocol.DWI, Protocol.T2_MULTI_ECHO), 23,
            new PixelMedToolkit());
        final Path workflow = Files.createDirectories(workspace.resolve("workflow"));
        WorkflowLocationTestDriver.set(workspace, workflow);
    }

    @AfterEach
    void closeWorkflow() {
        WorkflowLocationTestDriver.clear();
    }

    private Set<String> manifest(final String column) {
        final int c = manifest.columnNames().indexOf(column);
        final Set<String> values = new TreeSet<>();
        manifest.rows().forEach(r -> values.add((String)r.get(c)));
        return values;
    }

    private static BufferedDataTable readSeries(final String folder) throws Exception {
        final NodeModel m = new DicomSeriesReaderNodeFactory().createNodeModel();
        configureSettings(m, "folder", folder);
        NodeModelTestDriver.configure(m);
        return (BufferedDataTable)NodeModelTestDriver.execute(m)[0];
    }

    private static InvalidSettingsException refused(final String folder) throws Exception {
        final NodeModel m = new DicomSeriesReaderNodeFactory().createNodeModel();
        configureSettings(m, "folder", folder);
        return assertThrows(InvalidSettingsException.class, () -> NodeModelTestDriver.configure(m));
    }

    @Test
    void workflowRelativeUrlReadsTheCohort() throws Exception {
        final BufferedDataTable series = readSeries("knime://knime.workflow/../export");
        assertEquals(manifest("series_uid"), new TreeSet<>(texts(series, "series_uid")));
        assertEquals(manifest.rows().size(), series.size());
        for (final String files : texts(series, "file_list")) {
            assertTrue(files.startsWith(cohort.toString()), files);
        }
    }

    @Test
    void localPathFileUrlAndMountpointUrlReadTheSameSeries() throws Exception {
        final Set<String> expected = manifest("series_uid");
        for (final String folder : List.of(cohort.toString(), cohort.toUri().toString(), "knime://LOCAL/export",
            "  knime://knime.mountpoint/workflow/../export/  ")) {
            assertEquals(expected, new TreeSet<>(texts(readSeries(folder), "series_uid")), folder);
        }
    }

    @Test
    void badUrlsNameTheSetting() throws Exception {
        for (final String folder : List.of("http://example.org/export", "knime://OtherServer/export")) {
            final String message = refused(folder).getMessage();
            assertTrue(message.startsWith("DICOM folder '" + folder + "'"), message);
        }
        assertTrue(refused("http://example.org/export").getMessage().contains("not a local file"));
        WorkflowLocationTestDriver.clear();
        final String message = refused("knime://knime.workflow/../export").getMessage();
        assertTrue(message.startsWith("DICOM folder 'knime://knime.workflow/../export' cannot be resolved"), message);
    }

    @Test
    void maskPathsMayBeWorkflowRelativeUrls() throws Exception {
        final int maskColumn = manifest.columnNames().indexOf("reader1_mask");
        final ResultTable.Builder b = ResultTable.builder(ResultTable.text("mask"));
        manifest.rows().forEach(r -> b.row("knime://knime.workflow/../export/" + r.get(maskColumn)));
        final NodeModel m = new VoiMaskReaderNodeFactory().createNodeModel();
        configureSettings(m, "path_column", "mask");
        final BufferedDataTable masks =
            (BufferedDataTable)NodeModelTestDriver.execute(m, NodeTestSupport.table(b.build()), null)[0];
        assertEquals(manifest.rows().size(), masks.size());

        final ResultTable.Builder bad = ResultTable.builder(ResultTable.text("mask"));
        bad.row("knime://Elsewhere/mask.nii.gz");
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestDriver.execute(m, NodeTestSupport.table(bad.build()), null));
        assertTrue(e.getMessage().startsWith("Row Row0, column 'mask': mask file 'knime://Elsewhere/mask.nii.gz'"),
            e.getMessage());
    }
}
