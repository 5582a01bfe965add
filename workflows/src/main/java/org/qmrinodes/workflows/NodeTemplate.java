package org.qmrinodes.workflows;

/** A node with its settings, not yet placed in a workflow. */
@FunctionalInterface
public interface NodeTemplate {

    /**
     * @param id the node id
     * @param x left on the canvas
     * @param y top on the canvas
     * @param label the text under the node
     * @return the placed node
     */
    WorkflowNode place(int id, int x, int y, String label);
}
