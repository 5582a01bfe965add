package org.knime.core.node.streamable;

/** Test-kit stand-in for the KNIME class of the same name: which part of a distributed execution this is. */
public class PartitionInfo {

    private final int m_partitionIndex;
    private final int m_partitionCount;

    /**
     * @param partitionIndex 0-based index of this partition
     * @param partitionCount number of partitions
     */
    public PartitionInfo(final int partitionIndex, final int partitionCount) {
        m_partitionIndex = partitionIndex;
        m_partitionCount = partitionCount;
    }

    /** @return the 0-based index of this partition */
    public int getPartitionIndex() {
        return m_partitionIndex;
    }

    /** @return the number of partitions */
    public int getPartitionCount() {
        return m_partitionCount;
    }
}
