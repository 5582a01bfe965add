package org.qmrinodes.knime.cells;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataCellSerializer;
import org.knime.core.data.container.BlobDataCell;
import org.qmrinodes.core.dicom.DicomScan;
import org.qmrinodes.core.dicom.DicomSeriesReader;
import org.qmrinodes.core.dicom.PixelMedToolkit;
import org.qmrinodes.core.dicom.SeriesInfo;
import org.qmrinodes.core.image.Mask;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.synthetic.SyntheticMrSeries;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Protocol;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Spec;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Truth;
import org.qmrinodes.core.testing.SyntheticTruth;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Volume and mask cells: stored form round trip, equality, type, summary and plugin.xml registration. */
class ImageCellsTest {

    @TempDir
    static Path tmp;

    private static Truth truth;
    private static VolumeCell cell;

    @BeforeAll
    static void generate() throws IOException {
        truth = SyntheticMrSeries.write(Spec.small(Protocol.DWI, 21), tmp, new PixelMedToolkit());
        final DicomSeriesReader reader = DicomSeriesReader.withPixelMed();
        final DicomScan scan = reader.scan(tmp);
        cell = new VolumeCell(reader.load(scan.series().get(0)), scan.series().get(0).info());
    }

    @Test
    void volumeCellRoundTripKeepsVoxelsGeometryParametersAndSeries() throws IOException {
        final byte[] bytes = ImageCellTestSupport.store(cell, new VolumeCell.Serializer());
        final VolumeCell back = ImageCellTestSupport.load(bytes, new VolumeCell.Serializer());
        SyntheticTruth.assertVolumeMatches(truth, back.getVolume());
        assertEquals(cell.getVolume().geometry(), back.getVolume().geometry(), "geometry bit for bit");
        assertEquals(cell.getVolume().parameters(), back.getVolume().parameters());
        assertEquals(truth.seriesUid(), back.getSeriesInfo().seriesUid());
        assertEquals(cell.getSeriesInfo(), back.getSeriesInfo());
        assertEquals(cell, back);
        assertEquals(cell.hashCode(), back.hashCode());
        // stored again: the same bytes
        assertArrayEquals(bytes, ImageCellTestSupport.store(back, new VolumeCell.Serializer()));
    }

    @Test
    void oneChangedVoxelMakesCellsDifferent() {
        final Volume v = cell.getVolume();
        final Volume.Builder b = Volume.builder(v.geometry(), v.parameters());
        for (int t = 0; t < v.volumeCount(); t++) {
            for (int k = 0; k < v.geometry().slices(); k++) {
                for (int j = 0; j < v.geometry().rows(); j++) {
                    for (int i = 0; i < v.geometry().columns(); i++) {
                        b.set(i, j, k, t, v.get(i, j, k, t));
                    }
                }
            }
        }
        b.set(3, 4, 5, 3, v.get(3, 4, 5, 3) + 1);
        assertNotEquals(cell, new VolumeCell(b.build(), cell.getSeriesInfo()));
    }

    @Test
    void summaryNamesSizeSpacingParametersAndSeries() {
        final String s = cell.toString();
        assertTrue(s.startsWith("48×40×6×4, spacing 2.5×2.5×4 mm, b-value 0, 800, 1400, 2000 s/mm²"), s);
        assertTrue(s.contains("patient SYN21"), s);
    }

    @Test
    void typesLetNodesFilterImageColumns() {
        assertTrue(VolumeCell.TYPE.isCompatible(VolumeValue.class));
        assertFalse(VolumeCell.TYPE.isCompatible(MaskValue.class));
        assertTrue(MaskCell.TYPE.isCompatible(MaskValue.class));
        assertFalse(MaskCell.TYPE.isCompatible(VolumeValue.class));
        assertTrue(BlobDataCell.class.isAssignableFrom(VolumeCell.TYPE.getCellClass()), "large data: a blob cell");
    }

    @Test
    void maskCellRoundTripKeepsLabelsAndGeometry() throws IOException {
        final int[] labels = truth.reader1().copyOfLabels();
        labels[0] = 7; // a second label
        final MaskCell mask = new MaskCell(new Mask(truth.geometry(), labels), "reader1_mask.nii.gz");
        final MaskCell back = ImageCellTestSupport.load(ImageCellTestSupport.store(mask, new MaskCell.Serializer()),
            new MaskCell.Serializer());
        assertArrayEquals(labels, back.getMask().copyOfLabels());
        assertEquals(truth.geometry(), back.getMask().geometry());
        assertEquals("reader1_mask.nii.gz", back.getSource());
        assertEquals(mask, back);
        assertTrue(back.toString().contains("label 1: " + truth.reader1().labelCounts().get(1) + " voxels, label 7: 1 voxels"),
            back.toString());
    }

    /** Version 2 stores each volume's acquisition and injection times; version 1 cells still read. */
    @Test
    void dcePhaseTimesSurviveStorageAndVersionOneCellsStillRead() throws IOException {
        final Path folder = tmp.resolve("dce");
        SyntheticMrSeries.write(Spec.small(Protocol.DCE, 22), folder, new PixelMedToolkit());
        final DicomSeriesReader reader = DicomSeriesReader.withPixelMed();
        final DicomScan scan = reader.scan(folder);
        final VolumeCell dce = new VolumeCell(reader.load(scan.series().get(0)), scan.series().get(0).info());
        final byte[] bytes = ImageCellTestSupport.store(dce, new VolumeCell.Serializer());
        final VolumeCell back = ImageCellTestSupport.load(bytes, new VolumeCell.Serializer());
        assertEquals(dce.getVolume().parameters(), back.getVolume().parameters());
        assertEquals(SyntheticMrSeries.DCE_INJECTION_TIME + 30, back.getVolume().parameters().get(1).acquisitionTime(), 1e-6);
        assertEquals(SyntheticMrSeries.DCE_INJECTION_TIME, back.getVolume().parameters().get(1).contrastStartTime(), 1e-6);

        // the same cell in version 1: per volume six doubles and the isotropic flag, no times
        final java.nio.ByteBuffer first = java.nio.ByteBuffer.allocate(64);
        final org.qmrinodes.core.image.AcquisitionParameters a = dce.getVolume().parameters().get(0);
        for (final double d : new double[] {a.bValue(), a.echoTime(), a.inversionTime(), a.flipAngle(),
            a.repetitionTime(), a.temporalPosition(), a.acquisitionTime(), a.contrastStartTime()}) {
            first.putDouble(d);
        }
        final int at = indexOf(bytes, first.array());
        assertTrue(at > 0, "the stored parameters are found");
        final java.io.ByteArrayOutputStream v1 = new java.io.ByteArrayOutputStream();
        v1.write(new byte[] {0, 0, 0, 1});
        v1.write(bytes, 4, at - 4);
        final int volumes = dce.getVolume().volumeCount();
        for (int v = 0; v < volumes; v++) {
            v1.write(bytes, at + v * 65, 48);
            v1.write(bytes, at + v * 65 + 64, 1);
        }
        // then per volume its encoding byte (float: 0) and its slices; version 1 has only the slices
        final org.qmrinodes.core.image.Geometry g = dce.getVolume().geometry();
        final int volumeBytes = 4 * (int)g.voxelCount();
        for (int v = 0; v < volumes; v++) {
            final int encoding = at + volumes * 65 + v * (1 + volumeBytes);
            assertEquals(0, bytes[encoding], "stored as floats");
            v1.write(bytes, encoding + 1, volumeBytes);
        }
        assertEquals(bytes.length, at + volumes * (65 + 1 + volumeBytes));
        final VolumeCell old = ImageCellTestSupport.load(v1.toByteArray(), new VolumeCell.Serializer());
        for (int v = 0; v < volumes; v++) {
            final org.qmrinodes.core.image.AcquisitionParameters p = old.getVolume().parameters().get(v);
            assertEquals(dce.getVolume().parameters().get(v).withTimes(Double.NaN, Double.NaN), p);
        }
        assertArrayEquals(dce.getVolume().copyOfVolume(volumes - 1), old.getVolume().copyOfVolume(volumes - 1));
    }

    /** A volume of whole numbers from 0 to 65,535 is stored in 16 bits a voxel, others as floats; both read back equal. */
    @Test
    void wholeNumberVolumesAreStoredInSixteenBits() throws IOException {
        final org.qmrinodes.core.image.Geometry g = new org.qmrinodes.core.image.Geometry(4, 3, 2, new double[3],
            new double[] {1, 1, 1}, new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        final float[] whole = new float[24];
        for (int i = 0; i < whole.length; i++) {
            whole[i] = i == 0 ? 65_535 : i * 97;
        }
        final byte[] small = storedOf(g, whole);
        for (final float odd : new float[] {0.5f, -1, 65_536, -0.0f, Float.NaN}) {
            final float[] values = whole.clone();
            values[5] = odd;
            final byte[] floats = storedOf(g, values);
            assertEquals(small.length + 2 * 24, floats.length, "value " + odd + " needs floats");
        }
    }

    private static byte[] storedOf(final org.qmrinodes.core.image.Geometry g, final float[] values) throws IOException {
        final VolumeCell c = new VolumeCell(org.qmrinodes.core.image.Volume.map(g, values),
            new org.qmrinodes.core.dicom.SeriesInfo("P", "1", "2", 1, "T", "MR", "X"));
        final byte[] bytes = ImageCellTestSupport.store(c, new VolumeCell.Serializer());
        final VolumeCell back = ImageCellTestSupport.load(bytes, new VolumeCell.Serializer());
        assertEquals(c, back);
        return bytes;
    }

    private static int indexOf(final byte[] haystack, final byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void truncatedOrForeignStoredFormIsAnIOException() throws IOException {
        final byte[] bytes = ImageCellTestSupport.store(cell, new VolumeCell.Serializer());
        assertThrows(IOException.class,
            () -> ImageCellTestSupport.load(Arrays.copyOf(bytes, bytes.length - 1), new VolumeCell.Serializer()));
        final byte[] other = bytes.clone();
        other[3] = 9; // format version 9
        final IOException e = assertThrows(IOException.class,
            () -> ImageCellTestSupport.load(other, new VolumeCell.Serializer()));
        assertTrue(e.getMessage().contains("version 9"), e.getMessage());
    }

    /** KNIME finds a cell's serializer through the org.knime.core.DataType extension in plugin.xml. */
    @Test
    void pluginXmlRegistersBothCellTypesWithTheirSerializers() throws Exception {
        final Path plugin = Paths.get(System.getProperty("qmri.validation.dir", "../../validation"))
            .resolveSibling("plugins/org.qmrinodes.knime/plugin.xml");
        final NodeList types = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(plugin.toFile())
            .getElementsByTagName("DataType");
        final List<String> registered = new java.util.ArrayList<>();
        for (int i = 0; i < types.getLength(); i++) {
            final Element t = (Element)types.item(i);
            assertEquals("org.knime.core.DataType", ((Element)t.getParentNode()).getAttribute("point"));
            final Element s = (Element)t.getElementsByTagName("serializer").item(0);
            final Class<?> cellClass = Class.forName(s.getAttribute("cellClass"));
            assertEquals(t.getAttribute("cellClass"), cellClass.getName());
            assertTrue(DataCell.class.isAssignableFrom(cellClass));
            final DataCellSerializer<?> serializer =
                (DataCellSerializer<?>)Class.forName(s.getAttribute("serializerClass")).getConstructor().newInstance();
            assertEquals(cellClass, serializer.getCellClass());
            registered.add(cellClass.getName());
        }
        assertEquals(List.of(VolumeCell.class.getName(), MaskCell.class.getName()), registered);
    }
}
