package org.qmrinodes.knime.cells;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataCellDataInput;
import org.knime.core.data.DataCellDataOutput;
import org.knime.core.data.DataCellSerializer;

/** Storing cells as KNIME does: the serializer's bytes and the cell read back from them. */
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
}
