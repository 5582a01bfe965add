package org.qmrinodes.knime.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataCellDataInput;
import org.knime.core.data.DataCellDataOutput;
import org.knime.core.data.DataCellSerializer;
import org.qmrinodes.core.image.AcquisitionParameters;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.synthetic.SyntheticMrSeries.Truth;

/** Storing cells as KNIME does, and checking volume cells against the generator's ground truth. */
public final class ImageCellTestSupport {

    private ImageCellTestSupport() {
    }

    private static final class Out extends DataOutputStream implements DataCellDataOutput {
        Out(final ByteArrayOutputStream bytes) {
            super(bytes);
        }

        @Override
        public void writeDataCell(final DataCell cell) {
            throw new UnsupportedOperationException("image cells hold no nested cells");
        }
    }

    private static final class In extends DataInputStream implements DataCellDataInput {
        In(final byte[] bytes) {
            super(new ByteArrayInputStream(bytes));
        }

        @Override
        public DataCell readDataCell() {
            throw new UnsupportedOperationException("image cells hold no nested cells");
        }
    }

    /** @return the bytes {@code serializer} writes for {@code cell} */
    public static <T extends DataCell> byte[] store(final T cell, final DataCellSerializer<T> serializer)
        throws IOException {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Out out = new Out(bytes)) {
            serializer.serialize(cell, out);
        }
        return bytes.toByteArray();
    }

    /** @return the cell {@code serializer} reads from {@code bytes}, checking that every byte is used */
    public static <T extends DataCell> T load(final byte[] bytes, final DataCellSerializer<T> serializer)
        throws IOException {
        try (In in = new In(bytes)) {
            final T cell = serializer.deserialize(in);
            assertEquals(0, in.available(), "bytes left after the cell");
            return cell;
        }
    }

    /**
     * Asserts that a volume holds exactly what the generator wrote: the grid (corner voxels within
     * 1 µm, direction cosines to 1e-6, as written to DICOM decimal strings), every volume's
     * acquisition parameters and every stored voxel value.
     */
    public static void assertMatchesTruth(final Truth truth, final Volume volume) {
        assertTrue(volume.geometry().sameGrid(truth.geometry(), 1e-3), volume.geometry() + " vs " + truth.geometry());
        assertArrayEquals(truth.geometry().direction(), volume.geometry().direction(), 1e-6);
        assertArrayEquals(truth.geometry().spacing(), volume.geometry().spacing(), 1e-6);
        assertEquals(truth.volumes().size(), volume.volumeCount());
        for (int v = 0; v < volume.volumeCount(); v++) {
            final AcquisitionParameters e = truth.volumes().get(v);
            final AcquisitionParameters a = volume.parameters().get(v);
            assertEquals(e.bValue(), a.bValue(), 1e-9, "b-value of volume " + v);
            assertEquals(e.echoTime(), a.echoTime(), 1e-9, "TE of volume " + v);
            assertEquals(e.inversionTime(), a.inversionTime(), 1e-9, "TI of volume " + v);
            assertEquals(e.flipAngle(), a.flipAngle(), 1e-9, "flip angle of volume " + v);
            assertEquals(e.repetitionTime(), a.repetitionTime(), 1e-9, "TR of volume " + v);
            assertArrayEquals(truth.stored().get(v), volume.copyOfVolume(v), 0f, "voxels of volume " + v);
        }
    }
}
