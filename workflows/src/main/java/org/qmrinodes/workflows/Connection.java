package org.qmrinodes.workflows;

/**
 * A connection between two nodes. Port numbers are KNIME's: 0 is the flow variable port, the data
 * ports count from 1.
 *
 * @param source source node id
 * @param sourcePort output port of the source
 * @param dest destination node id
 * @param destPort input port of the destination
 */
public record Connection(int source, int sourcePort, int dest, int destPort) {
}
