package org.qmrinodes.workflows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeFactoryClassMapper;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortType;
import org.qmrinodes.core.testing.CsvTable;
import org.qmrinodes.workflows.KnimeBaseNode.ColumnType;

/**
 * Runs a workflow read back from disk without KNIME: our nodes through their node models (test
 * kit) with the workflow's settings, the CSV Reader by reading the file it points at with the column
 * types it records, the writers by keeping what arrives at them under the file they would write.
 */
final class WorkflowRun {

    private static final Pattern FACTORY = Pattern.compile("factory-class=\"([^\"]+)\"");

    private WorkflowRun() {
    }

    /** @return the factory classes registered in our plugin.xml */
    static List<String> registeredFactories(final Path repository) throws java.io.IOException {
        final Matcher m = FACTORY.matcher(Files.readString(repository.resolve("plugins/org.qmrinodes.knime/plugin.xml")));
        final List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /**
     * @param node one of our nodes
     * @return a fresh model of it with the workflow's settings validated and loaded
     */
    static NodeModel model(final SavedWorkflow.Node node) throws ReflectiveOperationException, InvalidSettingsException {
        final NodeModel model = factory(node.factory()).createNodeModel();
        NodeModelTestDriver.loadSettings(model, node.model());
        return model;
    }

    private static final Pattern MAPPER = Pattern.compile("classMapper=\"([^\"]+)\"");

    /**
     * The factory of a saved node as KNIME finds it: the saved class, or else the factory that a class
     * mapper registered in our plugin.xml (extension point org.knime.core.NodeFactoryClassMapper) gives
     * for the saved name.
     *
     * @param saved the factory class name saved in the workflow
     * @return a new instance of the factory
     */
    static NodeFactory<?> factory(final String saved) throws ReflectiveOperationException {
        try {
            return (NodeFactory<?>)Class.forName(saved).getConstructor().newInstance();
        } catch (final ClassNotFoundException e) {
            final Matcher m;
            try {
                m = MAPPER.matcher(Files.readString(WorkflowTestSupport.repository()
                    .resolve("plugins/org.qmrinodes.knime/plugin.xml")));
            } catch (final java.io.IOException io) {
                throw new IllegalStateException(io);
            }
            while (m.find()) {
                final NodeFactoryClassMapper mapper =
                    (NodeFactoryClassMapper)Class.forName(m.group(1)).getConstructor().newInstance();
                final NodeFactory<?> mapped = mapper.mapFactoryClassName(saved);
                if (mapped != null) {
                    return mapped;
                }
            }
            throw e;
        }
    }

    /** @return the input port types of a node, ours or a base node */
    static List<PortType> inPorts(final SavedWorkflow.Node node) throws Exception {
        final KnimeBaseNode base = KnimeBaseNode.byFactory(node.factory());
        return base != null ? base.inPorts() : NodeModelTestDriver.inPortTypes(model(node));
    }

    /** @return the output port types of a node, ours or a base node */
    static List<PortType> outPorts(final SavedWorkflow.Node node) throws Exception {
        final KnimeBaseNode base = KnimeBaseNode.byFactory(node.factory());
        return base != null ? base.outPorts() : NodeModelTestDriver.outPortTypes(model(node));
    }

    /** @return the node ids, each after every node it takes input from */
    static List<Integer> topologicalOrder(final SavedWorkflow w) {
        final Map<Integer, Integer> pending = new LinkedHashMap<>();
        w.nodes().keySet().forEach(id -> pending.put(id, w.into(id).size()));
        final Deque<Integer> ready = new ArrayDeque<>();
        pending.forEach((id, n) -> {
            if (n == 0) {
                ready.add(id);
            }
        });
        final List<Integer> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            final int id = ready.poll();
            order.add(id);
            for (final Connection c : w.connections()) {
                if (c.source() == id && pending.merge(c.dest(), -1, Integer::sum) == 0) {
                    ready.add(c.dest());
                }
            }
        }
        if (order.size() != w.nodes().size()) {
            throw new IllegalStateException(w.folder() + ": the connections form a cycle");
        }
        return order;
    }

    /**
     * Executes every node in topological order.
     *
     * @return what arrives at each writer, by the file (inside the workflow folder) it writes
     */
    static Map<String, PortObject> execute(final SavedWorkflow w) throws Exception {
        return run(w, null).written();
    }

    /**
     * What a run produced.
     *
     * @param outputs every node's output port objects, by node id
     * @param written what arrives at each writer, by the file (inside the workflow folder) it writes
     */
    record Outputs(Map<Integer, PortObject[]> outputs, Map<String, PortObject> written) {
    }

    /**
     * Executes every node in topological order, our nodes with the workflow credentials given (as
     * KNIME hands a node the workflow's credentials; they are never part of the saved workflow).
     *
     * @param credentials the workflow credentials, or null for none
     */
    static Outputs run(final SavedWorkflow w, final org.knime.core.node.workflow.CredentialsProvider credentials)
        throws Exception {
        final Map<Integer, PortObject[]> outputs = new LinkedHashMap<>();
        final Map<String, PortObject> written = new LinkedHashMap<>();
        // as in KNIME, our nodes resolve knime://knime.workflow/ against the workflow folder
        org.knime.core.util.WorkflowLocationTestDriver.set(w.folder().getParent(), w.folder());
        try {
            runInOrder(w, credentials, outputs, written);
        } finally {
            org.knime.core.util.WorkflowLocationTestDriver.clear();
        }
        return new Outputs(outputs, written);
    }

    private static void runInOrder(final SavedWorkflow w,
        final org.knime.core.node.workflow.CredentialsProvider credentials, final Map<Integer, PortObject[]> outputs,
        final Map<String, PortObject> written) throws Exception {
        for (final int id : topologicalOrder(w)) {
            final SavedWorkflow.Node node = w.nodes().get(id);
            final KnimeBaseNode base = KnimeBaseNode.byFactory(node.factory());
            final PortObject[] inputs = new PortObject[inPorts(node).size()];
            for (final Connection c : w.into(id)) {
                inputs[c.destPort() - 1] = outputs.get(c.source())[c.sourcePort() - 1];
            }
            if (base == null) {
                final NodeModel model = model(node);
                if (credentials != null) {
                    NodeModelTestDriver.setCredentialsProvider(model, credentials);
                }
                outputs.put(id, NodeModelTestDriver.execute(model, inputs));
            } else if (base == KnimeBaseNode.CSV_READER) {
                outputs.put(id, new PortObject[] {readCsv(w.folder(), node.model())});
            } else if (base == KnimeBaseNode.COLUMN_FILTER) {
                outputs.put(id, new PortObject[] {filterColumns((BufferedDataTable)inputs[0], node.model())});
            } else {
                outputs.put(id, new PortObject[0]);
                written.put(file(node), inputs[0]);
            }
        }
    }

    /** The Column Filter: the columns its filter configuration includes, in table order. */
    private static BufferedDataTable filterColumns(final BufferedDataTable in, final NodeSettingsRO model)
        throws InvalidSettingsException {
        final org.knime.core.node.util.filter.column.DataColumnSpecFilterConfiguration filter =
            new org.knime.core.node.util.filter.column.DataColumnSpecFilterConfiguration(KnimeBaseNode.COLUMN_FILTER_KEY);
        filter.loadConfigurationInModel(model);
        final java.util.Set<String> kept = java.util.Set.of(filter.applyTo(in.getDataTableSpec()).getIncludes());
        final DataTableSpec spec = in.getDataTableSpec();
        final List<Integer> columns = new ArrayList<>();
        for (int c = 0; c < spec.getNumColumns(); c++) {
            if (kept.contains(spec.getColumnSpec(c).getName())) {
                columns.add(c);
            }
        }
        final DataTableSpec out = new DataTableSpec(columns.stream().map(spec::getColumnSpec).toArray(DataColumnSpec[]::new));
        final List<DataRow> rows = new ArrayList<>();
        for (final DataRow r : NodeModelTestDriver.rows(in)) {
            rows.add(new DefaultRow(r.getKey(), columns.stream().map(r::getCell).toArray(DataCell[]::new)));
        }
        return NodeModelTestDriver.table(out, rows);
    }

    /** @return the file a reader or writer node addresses, inside the workflow folder */
    static String file(final SavedWorkflow.Node node) throws InvalidSettingsException {
        final KnimeBaseNode base = KnimeBaseNode.byFactory(node.factory());
        final NodeSettingsRO m = node.model();
        final NodeSettingsRO path = switch (base) {
            case CSV_READER -> m.getNodeSettings("settings").getNodeSettings("file_selection").getNodeSettings("path");
            case CSV_WRITER -> m.getNodeSettings("settings").getNodeSettings("file_chooser_settings")
                .getNodeSettings("path");
            case IMAGE_WRITER -> m.getNodeSettings("filechooser").getNodeSettings("path");
            case COLUMN_FILTER -> throw new IllegalArgumentException(node.name() + " addresses no file");
        };
        final String url = path.getString("path");
        if (!url.startsWith(KnimeBaseNode.WORKFLOW_URL) || url.contains("..")) {
            throw new InvalidSettingsException(node.name() + " (#" + node.id() + "): '" + url
                + "' is not a path inside the workflow");
        }
        return url.substring(KnimeBaseNode.WORKFLOW_URL.length());
    }

    /** Reads the CSV a CSV Reader points at, with the column names and types its settings record. */
    private static BufferedDataTable readCsv(final Path folder, final NodeSettingsRO model) throws Exception {
        final NodeSettingsRO columns = model.getNodeSettings("table_spec_config_Internals")
            .getNodeSettings("table_transformation").getNodeSettings("columns");
        final int n = columns.getInt("num_columns");
        final List<DataColumnSpec> specs = new ArrayList<>();
        final List<ColumnType> types = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            final NodeSettingsRO c = columns.getNodeSettings(Integer.toString(i));
            final ColumnType type = ColumnType.ofJavaClass(
                c.getNodeSettings("external_spec").getNodeSettings("type").getString("class"));
            types.add(type);
            specs.add(new DataColumnSpecCreator(c.getString("name"),
                type == ColumnType.DOUBLE ? DoubleCell.TYPE : StringCell.TYPE).createSpec());
        }
        final DataTableSpec spec = new DataTableSpec(specs.toArray(DataColumnSpec[]::new));
        final SavedWorkflow.Node reader = new SavedWorkflow.Node(0, KnimeBaseNode.CSV_READER.factory(), "CSV Reader",
            "", model, "");
        final CsvTable csv = CsvTable.read(folder.resolve(file(reader)));
        final List<String> header = csv.header();
        final List<DataRow> rows = new ArrayList<>();
        for (int r = 0; r < csv.size(); r++) {
            final DataCell[] cells = new DataCell[n];
            for (int c = 0; c < n; c++) {
                final String name = spec.getColumnSpec(c).getName();
                if (!header.contains(name)) {
                    throw new IllegalStateException("the CSV has no column " + name);
                }
                final String text = csv.text(r, name);
                cells[c] = text.isEmpty() ? DataType.getMissingCell()
                    : types.get(c) == ColumnType.DOUBLE ? new DoubleCell(Double.parseDouble(text)) : new StringCell(text);
            }
            rows.add(new DefaultRow(RowKey.createRowKey((long)r), cells));
        }
        return NodeModelTestDriver.table(spec, rows);
    }
}
