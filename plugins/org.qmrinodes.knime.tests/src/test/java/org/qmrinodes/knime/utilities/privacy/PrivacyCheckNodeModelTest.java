package org.qmrinodes.knime.utilities.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.knime.common.NodeTestSupport.configureSettings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.workflow.Credentials;
import org.knime.core.node.workflow.CredentialsTestDriver;
import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;
import org.qmrinodes.core.dicom.PixelMedToolkit;
import org.qmrinodes.core.dicom.SeriesInfo;
import org.qmrinodes.core.image.AcquisitionParameters;
import org.qmrinodes.core.image.Geometry;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.synthetic.SyntheticMrCohort;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Protocol;
import org.qmrinodes.knime.cells.MaskCell;
import org.qmrinodes.knime.common.NodeTestSupport;
import org.qmrinodes.knime.cells.VolumeCell;
import org.qmrinodes.knime.images.dicomreader.DicomSeriesReaderNodeFactory;

class PrivacyCheckNodeModelTest {

    private static BufferedDataTable table(final DataTableSpec spec, final DataCell[]... rows) {
        final List<DataRow> r = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            r.add(new DefaultRow(RowKey.createRowKey((long)i), rows[i]));
        }
        return NodeModelTestDriver.table(spec, r);
    }

    private static DataTableSpec spec(final String... names) {
        return new DataTableSpec(java.util.Arrays.stream(names)
            .map(n -> new DataColumnSpecCreator(n, n.equals("size") ? DoubleCell.TYPE : StringCell.TYPE).createSpec())
            .toArray(org.knime.core.data.DataColumnSpec[]::new));
    }

    private static StringCell s(final String v) {
        return new StringCell(v);
    }

    /** @return the findings as "column | row_key | kind | excerpt" */
    private static List<String> findings(final BufferedDataTable t) {
        final List<String> out = new ArrayList<>();
        for (final DataRow r : NodeModelTestDriver.rows(t)) {
            final List<String> cells = new ArrayList<>();
            r.forEach(c -> cells.add(c.isMissing() ? "?" : c.toString()));
            out.add(String.join(" | ", cells));
        }
        return out;
    }

    private static BufferedDataTable knownIds(final String... ids) {
        final ResultTable.Builder b = ResultTable.builder(ResultTable.text("id"));
        for (final String id : ids) {
            b.row(id);
        }
        return NodeTestSupport.table(b.build());
    }

    private static PrivacyCheckNodeModel check(final boolean fail) throws InvalidSettingsException {
        final PrivacyCheckNodeModel m = new PrivacyCheckNodeFactory().createNodeModel();
        configureSettings(m, "known_id_column", "id");
        if (fail) {
            final org.knime.core.node.NodeSettings s = NodeModelTestDriver.saveSettings(m);
            s.addBoolean("fail_on_findings", true);
            NodeModelTestDriver.loadSettings(m, s);
        }
        return m;
    }

    @Test
    void everyKindIsFoundWithItsColumnRowAndAnExcerptOnly() throws Exception {
        final BufferedDataTable in = table(spec("patient", "1.2.840.10008.5.1.4", "comment", "size"),
            new DataCell[] {s("AB12"), s("1.2.826.0.1.3680043.2.1125.1"), s("scanned 20240131 by Doe^John"),
                new DoubleCell(3.5)},
            new DataCell[] {s("P-0123456789abcdef"), s("SE-fedcba9876543210"), s("/data/export/AB12/t2.dcm"),
                org.knime.core.data.DataType.getMissingCell()},
            new DataCell[] {s("ab12"), s("none"), s("2024-01-31"), new DoubleCell(20240131)});
        final PrivacyCheckNodeModel m = check(false);
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, in, knownIds("AB12", " "))[0];
        assertEquals(List.of(
            "(name of column 2) | ? | DICOM UID | 1.2.84…",
            "patient | Row0 | known Patient ID | A…",
            "1.2.840.10008.5.1.4 | Row0 | DICOM UID | 1.2.82…",
            "comment | Row0 | date | scanne…",
            "comment | Row0 | person name | scanne…",
            "comment | Row1 | absolute path | /data…",
            "comment | Row1 | known Patient ID | /data…",
            "patient | Row2 | known Patient ID | a…",
            "comment | Row2 | date | 2024-0…"), findings(out));
        assertEquals(Map.of("privacy_findings", 9), NodeModelTestDriver.pushedFlowVariables(m));
        final String warning = NodeModelTestDriver.warningMessage(m);
        assertTrue(warning.startsWith(
            "9 values look like identifiers (2 DICOM UID, 1 absolute path, 2 date, 3 known Patient ID, 1 person name)"),
            warning);
        assertTrue(warning.contains("DICOM UID in the name of column 2; known Patient ID in column 'patient', row Row0"),
            warning);
        for (final String f : findings(out)) {
            assertTrue(!f.contains("AB12") && !f.contains("3680043") && !f.contains("John"), f);
        }
    }

    @Test
    void aCleanTablePassesWithZeroFindingsAndNoWarning() throws Exception {
        final BufferedDataTable in = table(spec("patient", "series", "size"),
            new DataCell[] {s("P-0123456789abcdef"), s("SE-fedcba9876543210"), new DoubleCell(2.5)});
        for (final boolean fail : List.of(false, true)) {
            final PrivacyCheckNodeModel m = check(fail);
            final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(m, in, null)[0];
            assertEquals(0, out.size());
            assertEquals(Map.of("privacy_findings", 0), NodeModelTestDriver.pushedFlowVariables(m));
            assertNull(NodeModelTestDriver.warningMessage(m));
        }
    }

    @Test
    void failOnFindingsFailsNamingTheirNumberAndTheSetting() throws Exception {
        final BufferedDataTable in = table(spec("uid"), new DataCell[] {s("2.25.123456789012345678901234567890")});
        final InvalidDataException e = assertThrows(InvalidDataException.class,
            () -> NodeModelTestDriver.execute(check(true), in, null));
        assertTrue(e.getMessage().startsWith("1 value looks like identifiers (1 DICOM UID)")
            && e.getMessage().contains("'Fail on findings'") && !e.getMessage().contains("1234567890"), e.getMessage());
    }

    @Test
    void volumeAndMaskCellsAreCheckedForWhatTheyStoreBeyondTheirText() throws Exception {
        final Geometry g = new Geometry(2, 2, 1, new double[3], new double[] {1, 1, 1},
            new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        final Volume v = Volume.builder(g, List.of(new AcquisitionParameters(0, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, Double.NaN, false))).build();
        final DataTableSpec spec = new DataTableSpec(new DataColumnSpecCreator("volume", VolumeCell.TYPE).createSpec(),
            new DataColumnSpecCreator("mask", MaskCell.TYPE).createSpec());
        final BufferedDataTable in = table(spec, new DataCell[] {
            new VolumeCell(v, new SeriesInfo("P-0123456789abcdef", "1.2.3.4.5.6", "SE-fedcba9876543210", 3, "DWI", "MR", "X")),
            new MaskCell(new Mask(g, new int[4]), "/home/lab/reader1_mask.nii.gz")});
        final BufferedDataTable out = (BufferedDataTable)NodeModelTestDriver.execute(check(false), in, null)[0];
        assertEquals(List.of("volume | Row0 | DICOM UID | 1.2.3.…", "mask | Row0 | absolute path | /home…"),
            findings(out));
    }

    @TempDir
    Path tmp;

    @Test
    void theSeriesTableOfAGeneratedCohortFailsWhenKeptAndPassesWhenPseudonymised() throws Exception {
        final ResultTable manifest = SyntheticMrCohort.write(tmp, 2, List.of(Protocol.DWI), 5, new PixelMedToolkit());
        final List<String> patients = manifest.rows().stream().map(r -> (String)r.get(0)).distinct().toList();
        for (final String policy : List.of("keep", "pseudonymise")) {
            final NodeModel reader = new DicomSeriesReaderNodeFactory().createNodeModel();
            configureSettings(reader, "folder", tmp.toString(), "identifiers", policy, "key_credentials", "secret");
            NodeModelTestDriver.setCredentialsProvider(reader,
                CredentialsTestDriver.provider(new Credentials("secret", "lab", "study key")));
            final PrivacyCheckNodeModel m = check(false);
            final org.knime.core.node.port.PortObject[] tables = NodeModelTestDriver.execute(reader);
            final List<String> series = findings((BufferedDataTable)NodeModelTestDriver.execute(m, tables[0],
                knownIds(patients.toArray(String[]::new)))[0]);
            final List<String> skipped = findings((BufferedDataTable)NodeModelTestDriver.execute(m, tables[1],
                knownIds(patients.toArray(String[]::new)))[0]);
            if (policy.equals("pseudonymise")) {
                assertEquals(List.of(), series);
                assertEquals(List.of(), skipped);
            } else {
                for (final String expected : List.of("patient_id | Row0 | known Patient ID | S…",
                    "study_uid | Row0 | DICOM UID", "series_uid | Row0 | DICOM UID", "file_list | Row0 | absolute path",
                    "volume | Row0 | known Patient ID | S…", "volume | Row0 | DICOM UID")) {
                    assertTrue(series.stream().anyMatch(f -> f.startsWith(expected)), expected + " in " + series);
                }
                assertTrue(skipped.contains("file | Row0 | known Patient ID | /tmp…"), skipped.toString());
            }
        }
    }
}
