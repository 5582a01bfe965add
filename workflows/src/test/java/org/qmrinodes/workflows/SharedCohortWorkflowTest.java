package org.qmrinodes.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.workflow.Credentials;
import org.knime.core.node.workflow.CredentialsTestDriver;
import org.knime.core.util.WorkflowLocationTestDriver;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.dicom.PixelMedToolkit;
import org.qmrinodes.core.privacy.PrivacyFinding;
import org.qmrinodes.core.privacy.PrivacyScanner;
import org.qmrinodes.core.privacy.WorkflowPrivacyScan;
import org.qmrinodes.core.synthetic.SyntheticMrCohort;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Protocol;
import org.qmrinodes.knime.cells.MaskCell;
import org.qmrinodes.knime.cells.VolumeCell;
import org.qmrinodes.knime.images.dicomreader.DicomSeriesReaderNodeFactory;
import org.qmrinodes.knime.images.fit.SignalModelFitNodeFactory;
import org.qmrinodes.knime.utilities.privacy.PrivacyCheckNodeFactory;

/**
 * A lab's workflow on the generated DICOM cohort, executed and saved with its data, then checked as
 * it would be shared: the cohort sits outside the workflow folder
 * ({@code knime://knime.workflow/../export}), the DICOM Series Reader's identifiers are
 * pseudonymised with a workflow credential, and every node's saved tables (KNIME's layout, Snappy
 * and gzip as KNIME writes them) and the files its writers wrote are scanned. With {@code keep}
 * the same workflow fails, and the places found are exactly the saved ports and files that hold
 * one of the cohort's identifiers, worked out here from the tables themselves.
 */
class SharedCohortWorkflowTest {

    private static final String CREDENTIALS = "project secret";
    private static final String KEY = "a secret the lab never shares 7f3e";
    private static final Pattern PLACE = Pattern.compile("^(.*?\\(#\\d+\\)/port_\\d+)/|^(output/[^!]+)$");

    @TempDir
    Path workspace;

    private Path cohort;
    private ResultTable manifest;

    @BeforeEach
    void writeCohort() throws Exception {
        cohort = workspace.resolve("export");
        manifest = SyntheticMrCohort.write(cohort, 3, List.of(Protocol.DWI), 41, new PixelMedToolkit());
    }

    @AfterEach
    void closeWorkflow() {
        WorkflowLocationTestDriver.clear();
    }

    private static KnimeWorkflow declare(final String identifiers) {
        final KnimeWorkflow.Builder w = KnimeWorkflow.builder("shared-cohort-" + identifiers,
            "ADC of a DICOM cohort kept outside the workflow, identifiers " + identifiers + ".");
        final int reader = w.add(QmriNode.of(DicomSeriesReaderNodeFactory.class)
            .set("folder", KnimeBaseNode.WORKFLOW_URL + "../export").set("identifiers", identifiers)
            .set("key_credentials", CREDENTIALS), 60, 100, "DICOM cohort");
        final int fit = w.add(QmriNode.of(SignalModelFitNodeFactory.class).set("volume_column", "volume")
            .set("model", "adc"), 240, 100, "ADC");
        w.connect(reader, 1, fit, 1);
        final int check = w.add(QmriNode.of(PrivacyCheckNodeFactory.class), 420, 40, "Before sharing");
        w.connect(fit, 1, check, 1);
        final int out = w.add(KnimeBaseNode.csvWriter("output/adc.csv"), 420, 160, "ADC table");
        w.connect(fit, 1, out, 1);
        return w.build();
    }

    /**
     * A workflow saved with its data.
     *
     * @param folder the workflow folder
     * @param places the saved ports and written files whose tables hold an identifier, from the tables
     */
    private record Saved(Path folder, Set<String> places) {
    }

    /** Builds, executes and saves the workflow with its data and what its writer wrote. */
    private Saved runAndSave(final String identifiers) throws Exception {
        final KnimeWorkflow declared = declare(identifiers);
        final Path folder = WorkflowWriter.writeFolder(declared, WorkflowTestSupport.repository(), workspace);
        WorkflowLocationTestDriver.set(workspace, folder);
        final SavedWorkflow saved = SavedWorkflow.read(folder);
        final WorkflowRun.Outputs run =
            WorkflowRun.run(saved, CredentialsTestDriver.provider(new Credentials(CREDENTIALS, "lab", KEY)));
        SavedData.write(saved, run.outputs());
        for (final Map.Entry<String, PortObject> f : run.written().entrySet()) {
            final Path file = folder.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, csv((BufferedDataTable)f.getValue()), StandardCharsets.UTF_8);
        }
        return new Saved(folder, expectedPlaces(saved, run));
    }

    private static String csv(final BufferedDataTable t) {
        final StringBuilder b = new StringBuilder(String.join(",", t.getDataTableSpec().getColumnNames())).append('\n');
        for (final DataRow r : NodeModelTestDriver.rows(t)) {
            final List<String> cells = new ArrayList<>();
            r.forEach(c -> cells.add(c.isMissing() ? "" : '"' + c.toString().replace("\"", "\"\"") + '"'));
            b.append(String.join(",", cells)).append('\n');
        }
        return b.toString();
    }

    /** @return the cohort's Patient IDs and Series UIDs, from the generator's manifest */
    private List<String> identifiers() {
        final List<String> ids = new ArrayList<>();
        for (final String column : List.of("patient_id", "series_uid")) {
            final int c = manifest.columnNames().indexOf(column);
            manifest.rows().forEach(r -> ids.add((String)r.get(c)));
        }
        return ids;
    }

    /** @return whether a cell's text or stored bytes hold an identifier of the cohort or its folder */
    private boolean holdsIdentifier(final DataCell cell, final List<String> identifiers) throws IOException {
        final List<String> texts = new ArrayList<>(List.of(cell.toString()));
        if (cell instanceof VolumeCell || cell instanceof MaskCell) {
            texts.add(new String(SavedData.stored(cell), StandardCharsets.ISO_8859_1));
        }
        for (final String t : texts) {
            if (t.contains(cohort.toString()) || identifiers.stream().anyMatch(t::contains)) {
                return true;
            }
        }
        return false;
    }

    /** @return the saved ports ({@code node (#id)/port_n}) and written files whose tables hold an identifier */
    private Set<String> expectedPlaces(final SavedWorkflow saved, final WorkflowRun.Outputs run) throws IOException {
        final List<String> identifiers = identifiers();
        final Set<String> out = new TreeSet<>();
        for (final Map.Entry<Integer, PortObject[]> e : run.outputs().entrySet()) {
            for (int p = 0; p < e.getValue().length; p++) {
                if (e.getValue()[p] instanceof BufferedDataTable t && holds(t, identifiers)) {
                    out.add(saved.nodes().get(e.getKey()).folder() + "/port_" + (p + 1));
                }
            }
        }
        for (final Map.Entry<String, PortObject> f : run.written().entrySet()) {
            if (holds((BufferedDataTable)f.getValue(), identifiers)) {
                out.add(f.getKey());
            }
        }
        return out;
    }

    private boolean holds(final BufferedDataTable t, final List<String> identifiers) throws IOException {
        for (final DataRow r : NodeModelTestDriver.rows(t)) {
            for (final DataCell c : r) {
                if (!c.isMissing() && holdsIdentifier(c, identifiers)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> foundPlaces(final List<PrivacyFinding> findings) {
        final Set<String> out = new TreeSet<>();
        for (final PrivacyFinding f : findings) {
            final Matcher m = PLACE.matcher(f.location().replace('\\', '/'));
            out.add(m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : f.location());
        }
        return out;
    }

    @Test
    void pseudonymisedWorkflowSavedWithDataPassesAndTheSameWithKeepFailsNamingEveryPlace() throws Exception {
        final PrivacyScanner scanner = new PrivacyScanner(identifiers());

        final Saved pseudonymised = runAndSave("pseudonymise");
        assertEquals(Set.of(), pseudonymised.places(), "no table of the pseudonymised run holds an identifier");
        final WorkflowPrivacyScan.Report passed = WorkflowPrivacyScan.scan(pseudonymised.folder(), scanner);
        assertEquals(List.of(), passed.findings(), PrivacyScanner.summary(passed.findings()));
        assertEquals(0, passed.filesNotRead());
        assertTrue(passed.filesRead() > 10, "settings, saved tables and blobs were read: " + passed.filesRead());

        final Saved kept = runAndSave("keep");
        final Set<String> places = kept.places();
        final WorkflowPrivacyScan.Report failed = WorkflowPrivacyScan.scan(kept.folder(), scanner);
        assertTrue(places.contains("DICOM Series Reader (#1)/port_1"), places::toString);
        assertTrue(places.contains("output/adc.csv"), places::toString);
        assertEquals(places, foundPlaces(failed.findings()), PrivacyScanner.summary(failed.findings()));
        final Set<String> kinds = new TreeSet<>();
        failed.findings().forEach(f -> kinds.add(f.kind()));
        assertTrue(kinds.containsAll(List.of("known Patient ID", "DICOM UID", "absolute path")), kinds::toString);
        assertTrue(failed.findings().stream().anyMatch(f -> f.location().contains("/blobs/")),
            "the volume cells' stored metadata is found too");

        for (final Path w : List.of(pseudonymised.folder(), kept.folder())) {
            final List<PrivacyFinding> key = WorkflowPrivacyScan.scan(w, new PrivacyScanner(List.of(KEY))).findings()
                .stream().filter(f -> f.kind().equals("known Patient ID")).toList();
            assertEquals(List.of(), key, "the key is never saved: " + PrivacyScanner.summary(key));
        }
    }
}
