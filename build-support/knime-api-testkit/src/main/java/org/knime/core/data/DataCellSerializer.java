package org.knime.core.data;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

import org.knime.core.internal.SerializerMethodLoader.Serializer;

/**
 * Test-kit stand-in for the KNIME interface of the same name: writes and reads the content of one cell class. In
 * KNIME the serializer of a custom cell is registered with the extension point {@code org.knime.core.DataType}.
 *
 * @param <T> the cell class
 */
public interface DataCellSerializer<T extends DataCell> extends Serializer<T> {

    /**
     * @param cell the cell to write
     * @param output the stream
     * @throws IOException if writing fails
     */
    void serialize(final T cell, final DataCellDataOutput output) throws IOException;

    /**
     * @param input the stream
     * @return a new cell equal to the one written
     * @throws IOException if reading fails
     */
    T deserialize(final DataCellDataInput input) throws IOException;

    /**
     * @return the cell class, taken from the type argument of this serializer's class (the stand-in looks at the
     *         directly implemented interfaces only)
     */
    @SuppressWarnings("unchecked")
    default Class<T> getCellClass() {
        for (final Type type : getClass().getGenericInterfaces()) {
            if (type instanceof ParameterizedType p && p.getRawType() == DataCellSerializer.class
                && p.getActualTypeArguments()[0] instanceof Class<?> c) {
                return (Class<T>)c;
            }
        }
        throw new IllegalStateException("Cell class of " + getClass().getName() + " cannot be determined");
    }
}
