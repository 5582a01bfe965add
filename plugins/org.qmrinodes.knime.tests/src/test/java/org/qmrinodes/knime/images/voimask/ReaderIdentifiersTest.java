package org.qmrinodes.knime.images.voimask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.knime.common.NodeTestSupport.column;
import static org.qmrinodes.knime.common.NodeTestSupport.configureSettings;
import static org.qmrinodes.knime.common.NodeTestSupport.texts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.workflow.Credentials;
import org.knime.core.node.workflow.CredentialsTestDriver;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.dicom.PixelMedToolkit;
import org.qmrinodes.core.privacy.PrivacyFinding;
import org.qmrinodes.core.privacy.PrivacyScanner;
import org.qmrinodes.core.synthetic.SyntheticMrCohort;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Protocol;
import org.qmrinodes.knime.cells.ImageCellTestSupport;
import org.qmrinodes.knime.cells.MaskCell;
import org.qmrinodes.knime.common.NodeTestSupport;
import org.qmrinodes.knime.cells.VolumeCell;
import org.qmrinodes.knime.images.dicomreader.DicomSeriesReaderNodeFactory;

/**
 * The identifier settings of the DICOM Series Reader and the VOI Mask Reader on a generated cohort
 * (patients in folders named by their Patient ID, two series each, each with a reader's mask).
 */
class ReaderIdentifiersTest {

    private static final String CREDENTIALS = "project secret";

    @TempDir
    Path tmp;

    private Path cohort;
    private ResultTable manifest;
    private BufferedDataTable maskFiles;

    @BeforeEach
    void writeCohort() throws Exception {
        cohort = tmp.resolve("export");
        manifest = SyntheticMrCohort.write(cohort, 3, List.of(Protocol.DWI, Protocol.T2_MULTI_ECHO), 17,
            new PixelMedToolkit());
        final ResultTable.Builder b = ResultTable.builder(ResultTable.text("mask"), ResultTable.text("patient"),
            ResultTable.text("series"));
        final List<String> names = manifest.columnNames();
        for (final List<Object> r : manifest.rows()) {
            b.row(cohort.resolve((String)r.get(names.indexOf("reader1_mask"))).toString(),
                r.get(names.indexOf("patient_id")), r.get(names.indexOf("series_uid")));
        }
        maskFiles = NodeTestSupport.table(b.build());
    }

    private Set<String> identifiers() {
        final Set<String> ids = new TreeSet<>();
        final List<String> names = manifest.columnNames();
        for (final List<Object> r : manifest.rows()) {
            ids.add((String)r.get(names.indexOf("patient_id")));
            ids.add((String)r.get(names.indexOf("series_uid")));
        }
        return ids;
    }

    private static void withKey(final NodeModel m, final String key) {
        NodeModelTestDriver.setCredentialsProvider(m,
            CredentialsTestDriver.provider(new Credentials(CREDENTIALS, "lab", key)));
    }

    private NodeModel seriesReader(final String policy, final String key) throws InvalidSettingsException {
        final NodeModel m = new DicomSeriesReaderNodeFactory().createNodeModel();
        configureSettings(m, "folder", cohort.toString(), "identifiers", policy, "key_credentials", CREDENTIALS);
        withKey(m, key);
        return m;
    }

    private BufferedDataTable[] readSeries(final String policy, final String key) throws Exception {
        final NodeModel m = seriesReader(policy, key);
        return java.util.Arrays.stream(NodeModelTestDriver.execute(m)).map(BufferedDataTable.class::cast)
            .toArray(BufferedDataTable[]::new);
    }

    private static NodeModel maskReader(final String policy, final String key, final boolean matched)
        throws InvalidSettingsException {
        final NodeModel m = new VoiMaskReaderNodeFactory().createNodeModel();
        configureSettings(m, "path_column", "mask", "patient_id_column", "patient", "series_uid_column", "series",
            "identifiers", policy, "key_credentials", CREDENTIALS, "mask_key_column", matched ? "series" : "",
            "image_key_column", matched ? "series_uid" : "", "volume_column", matched ? "volume" : "");
        withKey(m, key);
        return m;
    }

    private BufferedDataTable readMasks(final String policy, final String key, final BufferedDataTable images)
        throws Exception {
        return (BufferedDataTable)NodeModelTestDriver.execute(maskReader(policy, key, images != null), maskFiles,
            images)[0];
    }

    /** @return the (series row, mask row) pairs of an inner join on {@code key} */
    private static Set<List<String>> join(final BufferedDataTable series, final BufferedDataTable masks,
        final String key) {
        final List<String> s = texts(series, key);
        final List<String> m = texts(masks, key);
        final List<DataRow> sRows = NodeModelTestDriver.rows(series);
        final List<DataRow> mRows = NodeModelTestDriver.rows(masks);
        final Set<List<String>> pairs = new LinkedHashSet<>();
        for (int i = 0; i < s.size(); i++) {
            for (int j = 0; j < m.size(); j++) {
                if (s.get(i) != null && !s.get(i).isEmpty() && s.get(i).equals(m.get(j))) {
                    pairs.add(List.of(sRows.get(i).getKey().getString(), mRows.get(j).getKey().getString()));
                }
            }
        }
        return pairs;
    }

    @Test
    void pseudonymisedSeriesAndMaskTablesJoinAsTheOriginalsDo() throws Exception {
        final BufferedDataTable keptSeries = readSeries("keep", "")[0];
        final BufferedDataTable keptMasks = readMasks("keep", "", null);
        final BufferedDataTable series = readSeries("pseudonymise", "lab secret")[0];
        final BufferedDataTable masks = readMasks("pseudonymise", "lab secret", null);
        assertEquals(6, join(keptSeries, keptMasks, "series_uid").size(), "one mask per series");
        assertEquals(12, join(keptSeries, keptMasks, "patient_id").size(), "two series times two masks per patient");
        assertEquals(join(keptSeries, keptMasks, "series_uid"), join(series, masks, "series_uid"));
        assertEquals(join(keptSeries, keptMasks, "patient_id"), join(series, masks, "patient_id"));
        for (final String p : texts(series, "patient_id")) {
            assertTrue(p.matches("P-[0-9a-f]{16}"), p);
        }
        for (final String s : texts(masks, "series_uid")) {
            assertTrue(s.matches("SE-[0-9a-f]{16}"), s);
        }
        final BufferedDataTable otherKey = readSeries("pseudonymise", "another lab")[0];
        assertNotEquals(texts(series, "series_uid"), texts(otherKey, "series_uid"), "the pseudonyms depend on the key");
        assertEquals(texts(series, "series_uid"), texts(readSeries("pseudonymise", "lab secret")[0], "series_uid"),
            "the same key gives the same pseudonyms in another run");
    }

    @Test
    void masksMatchAPseudonymisedSeriesTableByTheirPseudonymisedUid() throws Exception {
        final BufferedDataTable kept = readMasks("keep", "", readSeries("keep", "")[0]);
        final BufferedDataTable pseudonymised = readMasks("pseudonymise", "lab secret",
            readSeries("pseudonymise", "lab secret")[0]);
        assertEquals(6, kept.size());
        assertEquals(texts(kept, "image_row"), texts(pseudonymised, "image_row"));
        assertEquals(texts(kept, "voxels"), texts(pseudonymised, "voxels"));
    }

    /** @return every text of the outputs: cells (with the volume and mask cells' text) and the warning */
    private static List<String> allTexts(final NodeModel m, final BufferedDataTable... tables) {
        final List<String> out = new ArrayList<>();
        for (final BufferedDataTable t : tables) {
            for (final DataRow r : NodeModelTestDriver.rows(t)) {
                for (final DataCell c : r) {
                    out.add(c.isMissing() ? null : c.toString());
                }
            }
        }
        out.add(NodeModelTestDriver.warningMessage(m));
        return out;
    }

    /** @return the stored form of every volume and mask cell, as text (identifiers are written as UTF-8) */
    private static List<String> storedCells(final BufferedDataTable... tables) throws Exception {
        final List<String> out = new ArrayList<>();
        for (final BufferedDataTable t : tables) {
            for (final DataRow r : NodeModelTestDriver.rows(t)) {
                for (final DataCell c : r) {
                    if (c instanceof VolumeCell v) {
                        out.add(new String(ImageCellTestSupport.store(v, new VolumeCell.Serializer()),
                            StandardCharsets.ISO_8859_1));
                    } else if (c instanceof MaskCell k) {
                        out.add(new String(ImageCellTestSupport.store(k, new MaskCell.Serializer()),
                            StandardCharsets.ISO_8859_1));
                    }
                }
            }
        }
        return out;
    }

    private List<String> leaks(final List<String> values) {
        final List<String> out = new ArrayList<>();
        for (final String v : values) {
            if (v == null) {
                continue;
            }
            for (final String id : identifiers()) {
                if (v.contains(id)) {
                    out.add(id + " in " + v.substring(0, Math.min(80, v.length())));
                }
            }
            if (v.contains(tmp.toString())) {
                out.add("the export folder in " + v.substring(0, Math.min(80, v.length())));
            }
        }
        return out;
    }

    private List<PrivacyFinding> findings(final List<String> values) {
        final PrivacyScanner scanner = new PrivacyScanner(identifiers());
        final List<PrivacyFinding> out = new ArrayList<>();
        values.forEach(v -> scanner.check("output", "", 0, v, out));
        return out;
    }

    @Test
    void pseudonymisedAndDroppedOutputsAndCellsCarryNoIdentifierAndKeptOnesDo() throws Exception {
        for (final String policy : List.of("keep", "pseudonymise", "drop")) {
            final NodeModel series = seriesReader(policy, "lab secret");
            final BufferedDataTable[] s = java.util.Arrays.stream(NodeModelTestDriver.execute(series))
                .map(BufferedDataTable.class::cast).toArray(BufferedDataTable[]::new);
            final boolean matched = !policy.equals("drop");
            final NodeModel masks = maskReader(policy, "lab secret", matched);
            final BufferedDataTable m =
                (BufferedDataTable)NodeModelTestDriver.execute(masks, maskFiles, matched ? s[0] : null)[0];
            assertEquals(6, column(s[0], "volume").stream().filter(c -> !c.isMissing()).count(), policy);
            assertEquals(6, m.size(), policy);
            final List<String> written = new ArrayList<>(allTexts(series, s));
            written.addAll(allTexts(masks, m));
            final List<String> stored = storedCells(s[0], m);
            if (policy.equals("keep")) {
                assertFalse(leaks(written).isEmpty());
                assertFalse(leaks(stored).isEmpty(), "kept cells store the identifiers");
                assertFalse(findings(written).isEmpty());
            } else {
                assertEquals(List.of(), leaks(written), policy);
                assertEquals(List.of(), leaks(stored), policy);
                assertEquals(List.of(), findings(written), policy);
            }
        }
    }

    @Test
    void dropLeavesTheIdentifiersEmptyAndPathsRelative() throws Exception {
        final BufferedDataTable series = readSeries("drop", "")[0];
        final BufferedDataTable masks = readMasks("drop", "", null);
        for (final String c : List.of("patient_id", "study_uid", "series_uid")) {
            assertTrue(texts(series, c).stream().allMatch(String::isEmpty), c + ": " + texts(series, c));
        }
        assertTrue(texts(masks, "patient_id").stream().allMatch(String::isEmpty), texts(masks, "patient_id").toString());
        for (final String files : texts(series, "file_list")) {
            for (final String f : files.split(";")) {
                assertFalse(Path.of(f).isAbsolute(), f);
                assertTrue(f.startsWith("(patient)/"), f);
            }
        }
        for (final String f : texts(masks, "mask_file")) {
            assertTrue(f.matches("\\(patient\\)/(dwi|t2_multi_echo)/reader1_mask\\.nii\\.gz"), f);
        }
        final Exception e = assertThrows(Exception.class,
            () -> NodeModelTestDriver.execute(maskReader("drop", "", true), maskFiles, series));
        assertTrue(e.getMessage().contains("Row0: the match value is empty"), e.getMessage());
    }

    @Test
    void keepWritesWhatTheNodesWroteBeforeTheSetting() throws Exception {
        final NodeModel before = new DicomSeriesReaderNodeFactory().createNodeModel();
        configureSettings(before, "folder", cohort.toString());
        final BufferedDataTable[] old = java.util.Arrays.stream(NodeModelTestDriver.execute(before))
            .map(BufferedDataTable.class::cast).toArray(BufferedDataTable[]::new);
        final BufferedDataTable[] kept = readSeries("keep", "");
        for (int port = 0; port < 2; port++) {
            // The same columns (the settings-used properties differ: the new setting is among them).
            assertTrue(old[port].getDataTableSpec().equalStructure(kept[port].getDataTableSpec()));
            assertEquals(NodeModelTestDriver.rows(old[port]), NodeModelTestDriver.rows(kept[port]));
        }
        final List<String> uids = texts(kept[0], "series_uid");
        assertTrue(identifiers().containsAll(uids), uids.toString());
        assertTrue(texts(kept[0], "file_list").get(0).startsWith(cohort.toString()));
        final BufferedDataTable masks = readMasks("keep", "", null);
        assertEquals(texts(maskFiles, "mask"), texts(masks, "mask_file"));
        assertEquals(texts(maskFiles, "patient"), texts(masks, "patient_id"));
    }

    @Test
    void settingsSavedWithoutTheIdentifierKeysLoadAsKeepAndOthersStayStrict() throws Exception {
        final NodeModel series = seriesReader("pseudonymise", "lab secret");
        final NodeSettings old = new NodeSettings("model");
        old.addString("folder", cohort.toString());
        old.addBoolean("file_list", true);
        old.addBoolean("load_volumes", false);
        NodeModelTestDriver.loadSettings(series, old);
        final NodeSettings loaded = NodeModelTestDriver.saveSettings(series);
        assertEquals("keep", loaded.getString("identifiers"));
        assertEquals("", loaded.getString("key_credentials"));
        assertEquals(identifiers().stream().filter(i -> i.startsWith("SYN")).toList(),
            new ArrayList<>(new TreeSet<>(texts((BufferedDataTable)NodeModelTestDriver.execute(series)[0], "patient_id"))));
        final NodeSettings noFolder = new NodeSettings("model");
        noFolder.addBoolean("file_list", true);
        noFolder.addBoolean("load_volumes", false);
        assertThrows(InvalidSettingsException.class, () -> NodeModelTestDriver.loadSettings(series, noFolder));

        final NodeModel masks = maskReader("pseudonymise", "lab secret", false);
        final NodeSettings oldMasks = new NodeSettings("model");
        oldMasks.addString("path_column", "mask");
        oldMasks.addInt("label", 0);
        oldMasks.addString("mask_key_column", "");
        oldMasks.addString("image_key_column", "");
        oldMasks.addString("volume_column", "");
        NodeModelTestDriver.loadSettings(masks, oldMasks);
        final NodeSettings loadedMasks = NodeModelTestDriver.saveSettings(masks);
        assertEquals("keep", loadedMasks.getString("identifiers"));
        assertEquals("", loadedMasks.getString("patient_id_column"));
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(masks, maskFiles, null)[0];
        assertEquals(-1, out.getDataTableSpec().findColumnIndex("patient_id"), "as before: no identifier columns");
        assertEquals(texts(maskFiles, "mask"), texts(out, "mask_file"));
        final NodeSettings invalid = NodeModelTestDriver.saveSettings(masks);
        invalid.addString("identifiers", "hide");
        final InvalidSettingsException e =
            assertThrows(InvalidSettingsException.class, () -> NodeModelTestDriver.loadSettings(masks, invalid));
        assertTrue(e.getMessage().contains("identifiers"), e.getMessage());
    }

    @Test
    void pseudonymiseWithoutAKeyFailsNamingTheSettingAndNeverKeeps() throws Exception {
        for (final boolean seriesNode : List.of(true, false)) {
            final NodeModel unnamed = seriesNode ? seriesReader("pseudonymise", "k") : maskReader("pseudonymise", "k", false);
            configureSettings(unnamed, "key_credentials", "  ");
            final InvalidSettingsException configure = assertThrows(InvalidSettingsException.class,
                () -> NodeModelTestDriver.configure(unnamed, seriesNode ? new org.knime.core.node.port.PortObjectSpec[0]
                    : new org.knime.core.node.port.PortObjectSpec[] {maskFiles.getDataTableSpec(), null}));
            assertTrue(configure.getMessage().contains("'Credentials holding the key'"), configure.getMessage());

            final NodeModel absent = seriesNode ? seriesReader("pseudonymise", "k") : maskReader("pseudonymise", "k", false);
            NodeModelTestDriver.setCredentialsProvider(absent, CredentialsTestDriver.provider());
            final NodeModel empty = seriesNode ? seriesReader("pseudonymise", "") : maskReader("pseudonymise", "", false);
            for (final NodeModel m : List.of(absent, empty)) {
                final InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> {
                    if (seriesNode) {
                        NodeModelTestDriver.execute(m);
                    } else {
                        NodeModelTestDriver.execute(m, maskFiles, null);
                    }
                });
                assertTrue(e.getMessage().contains("'Credentials holding the key'") && e.getMessage().contains(CREDENTIALS)
                    && e.getMessage().contains("never kept"), e.getMessage());
            }
        }
    }
}
