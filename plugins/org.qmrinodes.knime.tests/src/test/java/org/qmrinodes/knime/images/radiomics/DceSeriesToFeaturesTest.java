package org.qmrinodes.knime.images.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qmrinodes.knime.common.NodeTestSupport.column;
import static org.qmrinodes.knime.common.NodeTestSupport.configureSettings;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeModelTestDriver;
import org.qmrinodes.core.dicom.PixelMedToolkit;
import org.qmrinodes.core.dicom.SeriesInfo;
import org.qmrinodes.core.features.radiomics.RadiomicsExtractor;
import org.qmrinodes.core.features.radiomics.RadiomicsFeature;
import org.qmrinodes.core.features.radiomics.RadiomicsSettings;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.mask.MaskReader;
import org.qmrinodes.core.synthetic.SyntheticMrSeries;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Protocol;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Spec;
import org.qmrinodes.knime.cells.MaskCell;
import org.qmrinodes.knime.cells.VolumeCell;
import org.qmrinodes.knime.cells.VolumeValue;
import org.qmrinodes.knime.images.dcephase.DcePhaseSelectionNodeFactory;
import org.qmrinodes.knime.images.dicomreader.DicomSeriesReaderNodeFactory;

/**
 * From a DCE series on disk to radiomics features through the nodes, as Fr24 did it (§6.2 step 3): the
 * DICOM Series Reader reads the seven-phase series, DCE Phase Selection picks phase 2 (counting the
 * pre-contrast phase), and the Radiomics Features node extracts the features of that phase within reader 1's
 * lesion mask; the values are the core extractor's on the same phase and mask.
 */
class DceSeriesToFeaturesTest {

    @TempDir
    Path tmp;

    @Test
    void theSecondPhaseOfADicomDceSeriesGivesTheExtractorsFeatures() throws Exception {
        SyntheticMrSeries.write(Spec.small(Protocol.DCE, 3), tmp.resolve("dce"), new PixelMedToolkit());
        final NodeModel reader = new DicomSeriesReaderNodeFactory().createNodeModel();
        configureSettings(reader, "folder", tmp.toString());
        final BufferedDataTable series = (BufferedDataTable)NodeModelTestDriver.execute(reader)[0];
        assertEquals(1, series.size());
        final NodeModel phase = new DcePhaseSelectionNodeFactory().createNodeModel();
        configureSettings(phase, "volume_column", "volume");
        final BufferedDataTable phased = (BufferedDataTable)NodeModelTestDriver.execute(phase, series)[0];
        final Volume second = ((VolumeValue)column(phased, "phase").get(0)).getVolume();
        assertEquals(1, second.volumeCount());
        assertEquals(2.0, second.parameters().get(0).temporalPosition(), "phase 2 of the series");

        final Mask lesion = MaskReader.read(tmp.resolve("dce").resolve("reader1_mask.nii.gz"));
        final DataTableSpec spec = new DataTableSpec(new DataColumnSpecCreator("phase", VolumeCell.TYPE).createSpec(),
            new DataColumnSpecCreator("mask", MaskCell.TYPE).createSpec());
        final BufferedDataTable in = NodeModelTestDriver.table(spec, new DefaultRow(RowKey.createRowKey(0L),
            new DataCell[] {new VolumeCell(second, new SeriesInfo("SYN", "1", "2", 1, "DCE", "MR", "TEST")),
                new MaskCell(lesion, "reader1_mask.nii.gz")}));
        final NodeModel radiomics = new RadiomicsFeaturesNodeFactory().createNodeModel();
        configureSettings(radiomics, "image_column", "phase", "mask_column", "mask");
        final BufferedDataTable features = (BufferedDataTable)NodeModelTestDriver.execute(radiomics, in)[0];
        final List<RadiomicsFeature> expected = RadiomicsExtractor.extract(second, lesion, "reader1_mask.nii.gz",
            RadiomicsSettings.defaults());
        assertTrue(expected.size() > 100, "PyRadiomics' default features: " + expected.size());
        final DataRow row = NodeModelTestDriver.rows(features).get(0);
        for (final RadiomicsFeature f : expected) {
            final int c = features.getDataTableSpec().findColumnIndex(f.name());
            assertTrue(c >= 0, f.name());
            assertEquals(f.value(), ((DoubleValue)row.getCell(c)).getDoubleValue(), 0, f.name());
        }
    }
}
