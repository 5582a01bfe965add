package org.qmrinodes.workflows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.knime.core.node.NodeSettings;

/**
 * Writes a {@link KnimeWorkflow} in KNIME's on-disk format: {@code workflow.knime} (nodes,
 * connections, annotations), one folder {@code <node name> (#id)} per node with its
 * {@code settings.xml}, and the data files; and packs the folder as a {@code .knwf} (a zip holding
 * the workflow folder) for File → Import KNIME Workflow.
 */
public final class WorkflowWriter {

    /** The workflow format version, and the KNIME version recorded as its creator (a 4.5.1 workflow's). */
    private static final String FORMAT_VERSION = "4.1.0";
    private static final String CREATED_BY = "4.5.1.v202201200941";
    /** Fixed zip entry time, so that the same workflow packs to the same bytes. */
    private static final long ZIP_TIME = 315_532_800_000L;

    private WorkflowWriter() {
    }

    /**
     * @param workflow the declaration
     * @param repository the repository root (the data files are read from it)
     * @return every file of the workflow folder: path inside the folder ({@code /}-separated) to content
     * @throws IOException if a data file cannot be read
     */
    public static Map<String, byte[]> files(final KnimeWorkflow workflow, final Path repository) throws IOException {
        final Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("workflow.knime", xml(workflowKnime(workflow)));
        for (final WorkflowNode n : workflow.nodes()) {
            files.put(n.folder() + "/settings.xml", xml(settingsXml(n)));
        }
        for (final Map.Entry<String, String> f : new TreeMap<>(workflow.files()).entrySet()) {
            files.put(f.getKey(), Files.readAllBytes(repository.resolve(f.getValue())));
        }
        return files;
    }

    /** The generated data of each workflow, written once per run (the same bytes every time). */
    private static final Map<String, Map<String, byte[]>> GENERATED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param workflow the declaration
     * @return the files of its generated data: path inside the workflow folder to content (empty without)
     * @throws IOException if writing them fails
     */
    public static Map<String, byte[]> generatedFiles(final KnimeWorkflow workflow) throws IOException {
        if (workflow.generated() == null) {
            return Map.of();
        }
        final Map<String, byte[]> cached = GENERATED.get(workflow.name());
        if (cached != null) {
            return cached;
        }
        final Path tmp = Files.createTempDirectory("qmri-workflow-data");
        try {
            workflow.generated().writer().write(tmp);
            final Map<String, byte[]> files = new TreeMap<>();
            try (Stream<Path> walk = Files.walk(tmp)) {
                for (final Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                    final String name = tmp.relativize(f).toString().replace('\\', '/');
                    if (!workflow.generated().holds(name)) {
                        throw new IOException(workflow.name() + ": generated file " + name + " lies outside "
                            + workflow.generated().folders());
                    }
                    files.put(name, Files.readAllBytes(f));
                }
            }
            final Map<String, byte[]> kept = java.util.Collections.unmodifiableMap(files);
            GENERATED.put(workflow.name(), kept);
            return kept;
        } finally {
            delete(tmp);
        }
    }

    /** @return the declared files and the generated data, as the built folder and {@code .knwf} hold them */
    private static Map<String, byte[]> allFiles(final KnimeWorkflow workflow, final Path repository) throws IOException {
        final Map<String, byte[]> all = new LinkedHashMap<>(files(workflow, repository));
        all.putAll(generatedFiles(workflow));
        return all;
    }

    private static void delete(final Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> old = Files.walk(folder)) {
                for (final Path p : old.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /**
     * Writes the workflow folder {@code directory/<name>} with its generated data, replacing an older one.
     *
     * @return the folder
     */
    public static Path writeFolder(final KnimeWorkflow workflow, final Path repository, final Path directory)
        throws IOException {
        final Path folder = directory.resolve(workflow.name());
        delete(folder);
        for (final Map.Entry<String, byte[]> f : allFiles(workflow, repository).entrySet()) {
            final Path target = folder.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, f.getValue());
        }
        return folder;
    }

    /**
     * Writes {@code directory/<name>.knwf}: the workflow folder, with its generated data, as a zip.
     *
     * @return the file
     */
    public static Path writeKnwf(final KnimeWorkflow workflow, final Path repository, final Path directory)
        throws IOException {
        Files.createDirectories(directory);
        final Path knwf = directory.resolve(workflow.name() + ".knwf");
        try (OutputStream out = Files.newOutputStream(knwf); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (final Map.Entry<String, byte[]> f : allFiles(workflow, repository).entrySet()) {
                final ZipEntry e = new ZipEntry(workflow.name() + "/" + f.getKey());
                e.setTime(ZIP_TIME);
                zip.putNextEntry(e);
                zip.write(f.getValue());
                zip.closeEntry();
            }
        }
        return knwf;
    }

    private static byte[] xml(final NodeSettings root) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            root.saveToXML(out);
        } catch (final IOException e) {
            throw new IllegalStateException("cannot write " + root.getKey(), e);
        }
        return out.toByteArray();
    }

    static NodeSettings workflowKnime(final KnimeWorkflow workflow) {
        final NodeSettings w = new NodeSettings("workflow.knime");
        w.addString("created_by", CREATED_BY);
        w.addBoolean("created_by_nightly", false);
        w.addString("version", FORMAT_VERSION);
        w.addString("name", workflow.name());
        w.addString("customDescription", workflow.description());
        w.addString("state", "CONFIGURED");
        w.addNodeSettings("workflow_credentials");
        final NodeSettings annotations = (NodeSettings)w.addNodeSettings("annotations");
        final List<Annotation> list = workflow.annotations();
        for (int i = 0; i < list.size(); i++) {
            final Annotation a = list.get(i);
            annotation((NodeSettings)annotations.addNodeSettings("annotation_" + i), a.text(), a.x(), a.y(), a.width(),
                a.height(), a.color(), "LEFT", 0, 11);
        }
        final NodeSettings nodes = (NodeSettings)w.addNodeSettings("nodes");
        for (final WorkflowNode n : workflow.nodes()) {
            final NodeSettings node = (NodeSettings)nodes.addNodeSettings("node_" + n.id());
            node.addInt("id", n.id());
            node.addString("node_settings_file", n.folder() + "/settings.xml");
            node.addBoolean("node_is_meta", false);
            node.addString("node_type", "NativeNode");
            node.addString("ui_classname", "org.knime.core.node.workflow.NodeUIInformation");
            final NodeSettings bounds = (NodeSettings)((NodeSettings)node.addNodeSettings("ui_settings"))
                .addNodeSettings("extrainfo.node.bounds");
            bounds.addInt("array-size", 4);
            bounds.addInt("0", n.x());
            bounds.addInt("1", n.y());
            bounds.addInt("2", 75);
            bounds.addInt("3", 80);
        }
        final NodeSettings connections = (NodeSettings)w.addNodeSettings("connections");
        for (int i = 0; i < workflow.connections().size(); i++) {
            final Connection c = workflow.connections().get(i);
            final NodeSettings conn = (NodeSettings)connections.addNodeSettings("connection_" + i);
            conn.addInt("sourceID", c.source());
            conn.addInt("destID", c.dest());
            conn.addInt("sourcePort", c.sourcePort());
            conn.addInt("destPort", c.destPort());
            conn.addString("ui_classname", "org.knime.core.node.workflow.ConnectionUIInformation");
            ((NodeSettings)conn.addNodeSettings("ui_settings")).addInt("extrainfo.conn.bendpoints_size", 0);
        }
        return w;
    }

    static NodeSettings settingsXml(final WorkflowNode n) {
        final NodeSettings s = new NodeSettings("settings.xml");
        s.addString("node_file", "settings.xml");
        s.addNodeSettings("flow_stack");
        ((NodeSettings)s.addNodeSettings("internal_node_subsettings")).addString("memory_policy", "CacheSmallInMemory");
        n.model().copyTo(s.addNodeSettings("model"));
        // the label under the node, placed below it as KNIME does
        annotation((NodeSettings)s.addNodeSettings("nodeAnnotation"), n.label(), n.x() - 40, n.y() + 70, 155, 30,
            0xFFFFFF, "CENTER", 0xFFFFFF, 9);
        s.addString("customDescription", null);
        s.addString("state", "CONFIGURED");
        s.addString("factory", n.factory());
        s.addString("node-name", n.name());
        final WorkflowNode.Origin o = n.origin();
        s.addString("node-bundle-name", o.bundleName());
        s.addString("node-bundle-symbolic-name", o.bundleSymbolicName());
        s.addString("node-bundle-vendor", o.vendor());
        s.addString("node-bundle-version", o.bundleVersion());
        s.addString("node-feature-name", o.featureName());
        s.addString("node-feature-symbolic-name", o.featureSymbolicName());
        s.addString("node-feature-vendor", o.vendor());
        s.addString("node-feature-version", o.featureVersion());
        s.addNodeSettings("factory_settings");
        if (n.portGroups() != null) {
            final NodeSettings creation = (NodeSettings)s.addNodeSettings("node_creation_config");
            n.portGroups().forEach(creation::addNodeSettings);
        }
        s.addString("name", n.name());
        s.addBoolean("hasContent", false);
        s.addBoolean("isInactive", false);
        final NodeSettings ports = (NodeSettings)s.addNodeSettings("ports");
        for (int p = 1; p <= n.outPorts(); p++) {
            final NodeSettings port = (NodeSettings)ports.addNodeSettings("port_" + p);
            port.addInt("index", p);
            port.addString("port_dir_location", null);
        }
        final NodeSettings filestores = (NodeSettings)s.addNodeSettings("filestores");
        filestores.addString("file_store_location", null);
        filestores.addString("file_store_id", null);
        return s;
    }

    private static void annotation(final NodeSettings a, final String text, final int x, final int y, final int width,
        final int height, final int color, final String alignment, final int borderColor, final int fontSize) {
        a.addString("text", text);
        a.addInt("bgcolor", color);
        a.addInt("x-coordinate", x);
        a.addInt("y-coordinate", y);
        a.addInt("width", width);
        a.addInt("height", height);
        a.addString("alignment", alignment);
        a.addInt("borderSize", 0);
        a.addInt("borderColor", borderColor);
        a.addInt("defFontSize", fontSize);
        a.addInt("annotation-version", 20151123);
        a.addNodeSettings("styles");
    }
}
