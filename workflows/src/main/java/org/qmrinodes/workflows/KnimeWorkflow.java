package org.qmrinodes.workflows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The declaration of one workflow: nodes, connections, annotations, and the data files that travel
 * inside the workflow folder (read by its reader nodes through {@code knime://knime.workflow/...}).
 *
 * @param name the workflow (and folder) name
 * @param description the workflow description
 * @param nodes the nodes, in id order
 * @param connections the connections
 * @param annotations the workflow annotations
 * @param files data files: path inside the workflow folder to path inside the repository
 * @param generated data the build writes into the workflow folder rather than the repository keeping it (too
 *        large for version control, e.g. DICOM series), or null for none
 */
public record KnimeWorkflow(String name, String description, List<WorkflowNode> nodes, List<Connection> connections,
    List<Annotation> annotations, Map<String, String> files, GeneratedData generated) {

    /** Copies the lists and the map. */
    public KnimeWorkflow {
        nodes = List.copyOf(nodes);
        connections = List.copyOf(connections);
        annotations = List.copyOf(annotations);
        files = Map.copyOf(files);
    }

    /**
     * Data written by code into the workflow folder, the same bytes on every run (fixed seeds), under folders
     * the repository ignores.
     *
     * @param folders the folders inside the workflow folder it writes, e.g. {@code data/dicom}
     * @param writer writes them into the workflow folder given
     */
    public record GeneratedData(List<String> folders, Writer writer) {

        /** Copies the list. */
        public GeneratedData {
            folders = List.copyOf(folders);
        }

        /** Writes the generated folders into a workflow folder. */
        @FunctionalInterface
        public interface Writer {
            /** @param workflowFolder the workflow folder @throws java.io.IOException if writing fails */
            void write(java.nio.file.Path workflowFolder) throws java.io.IOException;
        }

        /** @return whether {@code path} (inside the workflow folder, {@code /}-separated) lies in a generated folder */
        public boolean holds(final String path) {
            return folders.stream().anyMatch(f -> path.startsWith(f + "/"));
        }
    }

    /**
     * @param id a node id
     * @return the node
     * @throws IllegalArgumentException if there is none
     */
    public WorkflowNode node(final int id) {
        return nodes.stream().filter(n -> n.id() == id).findFirst()
            .orElseThrow(() -> new IllegalArgumentException(name + ": no node #" + id));
    }

    /** @param name the workflow name @param description its description @return a builder */
    public static Builder builder(final String name, final String description) {
        return new Builder(name, description);
    }

    /** Collects nodes (numbered in the order they are added), connections and annotations. */
    public static final class Builder {

        private final String name;
        private final String description;
        private final List<WorkflowNode> nodes = new ArrayList<>();
        private final List<Connection> connections = new ArrayList<>();
        private final List<Annotation> annotations = new ArrayList<>();
        private final Map<String, String> files = new LinkedHashMap<>();
        private GeneratedData generated;

        private Builder(final String name, final String description) {
            this.name = name;
            this.description = description;
        }

        /** @return the id the next node gets */
        private int nextId() {
            return nodes.size() + 1;
        }

        /**
         * @param node a node with its settings
         * @param x left on the canvas
         * @param y top on the canvas
         * @param label the text under the node
         * @return the id it gets: nodes are numbered in the order they are added
         */
        public int add(final NodeTemplate node, final int x, final int y, final String label) {
            final int id = nextId();
            nodes.add(node.place(id, x, y, label));
            return id;
        }

        /**
         * Connects output port {@code sourcePort} of {@code source} (1 = first data port) to input
         * port {@code destPort} of {@code dest}.
         *
         * @return this builder
         */
        public Builder connect(final int source, final int sourcePort, final int dest, final int destPort) {
            connections.add(new Connection(source, sourcePort, dest, destPort));
            return this;
        }

        /**
         * Adds a CSV Writer of output port {@code port} of {@code node} (1 = first data port), labelled with
         * the file's name.
         *
         * @param file the file, relative to the workflow folder, e.g. {@code output/roc.csv}
         * @return this builder
         */
        public Builder writeCsv(final int node, final int port, final String file, final int x, final int y) {
            connect(node, port, add(KnimeBaseNode.csvWriter(file), x, y, fileName(file)), 1);
            return this;
        }

        /** As {@link #writeCsv}, an Image Writer (Port) of an image port. */
        public Builder writeImage(final int node, final int port, final String file, final int x, final int y) {
            connect(node, port, add(KnimeBaseNode.imageWriter(file), x, y, fileName(file)), 1);
            return this;
        }

        private static String fileName(final String file) {
            return file.substring(file.lastIndexOf('/') + 1);
        }

        /** @return this builder, with a step annotation (pale yellow) */
        public Builder annotate(final String text, final int x, final int y, final int width, final int height) {
            annotations.add(new Annotation(text, x, y, width, height, 0xFFF7C8));
            return this;
        }

        /**
         * @param inWorkflow the path inside the workflow folder
         * @param inRepository the file in the repository that is copied there
         * @return this builder
         */
        public Builder include(final String inWorkflow, final String inRepository) {
            files.put(inWorkflow, inRepository);
            return this;
        }

        /**
         * @param data what the build writes into the workflow folder
         * @return this builder
         */
        public Builder generate(final GeneratedData data) {
            generated = data;
            return this;
        }

        /** @return the declaration */
        public KnimeWorkflow build() {
            return new KnimeWorkflow(name, description, nodes, connections, annotations, files, generated);
        }
    }
}
