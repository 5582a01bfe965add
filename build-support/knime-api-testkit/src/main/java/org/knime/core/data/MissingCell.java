package org.knime.core.data;

/**
 * Test-kit stand-in for the KNIME class of the same name: a missing value with an optional error message.
 */
public final class MissingCell extends DataCell implements MissingValue {

    private static final long serialVersionUID = 1L;

    static final MissingCell INSTANCE = new MissingCell(null);

    private final String m_error;

    /** @param error error message or null */
    public MissingCell(final String error) {
        m_error = error;
    }

    @Override
    public String getError() {
        return m_error;
    }

    @Override
    public boolean isMissing() {
        return true;
    }

    @Override
    boolean isMissingInternal() {
        return true;
    }

    @Override
    public String toString() {
        return "?";
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return true;
    }

    @Override
    public int hashCode() {
        return 7;
    }
}
