package org.knime.core.node.streamable;

/** Test-kit stand-in for the KNIME class of the same name: how an input port's data is consumed. */
public final class InputPortRole extends PortRole {

    /** Rows processed independently, in parallel and as they arrive. */
    public static final InputPortRole DISTRIBUTED_STREAMABLE = new InputPortRole(true, true);
    /** Processed in parallel, but the whole input at once. */
    public static final InputPortRole DISTRIBUTED_NONSTREAMABLE = new InputPortRole(true, false);
    /** One consumer, rows as they arrive. */
    public static final InputPortRole NONDISTRIBUTED_STREAMABLE = new InputPortRole(false, true);
    /** One consumer, the whole input at once (the default). */
    public static final InputPortRole NONDISTRIBUTED_NONSTREAMABLE = new InputPortRole(false, false);

    private final boolean m_isStreamable;

    private InputPortRole(final boolean isDistributable, final boolean isStreamable) {
        super(isDistributable);
        m_isStreamable = isStreamable;
    }

    /** @return whether rows are consumed as they arrive */
    public boolean isStreamable() {
        return m_isStreamable;
    }

    /**
     * @param isDistributable see {@link #isDistributable()}
     * @param isStreamable see {@link #isStreamable()}
     * @return the role
     */
    public static InputPortRole get(final boolean isDistributable, final boolean isStreamable) {
        if (isDistributable) {
            return isStreamable ? DISTRIBUTED_STREAMABLE : DISTRIBUTED_NONSTREAMABLE;
        }
        return isStreamable ? NONDISTRIBUTED_STREAMABLE : NONDISTRIBUTED_NONSTREAMABLE;
    }
}
