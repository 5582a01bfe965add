package org.qmrinodes.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeModelTestDriver;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NodeView;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnFilter2;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.image.ImagePortObject;

class NodeModelTestDriverTest {

    /** A small node: multiplies a double column by a factor; optional second input; warns on missing cells. */
    static final class ScaleNodeModel extends NodeModel {

        static SettingsModelString column() {
            return new SettingsModelString("column", null);
        }

        static SettingsModelDoubleBounded factor() {
            return new SettingsModelDoubleBounded("factor", 2.0, 0.0, 100.0);
        }

        static SettingsModelBoolean keep() {
            return new SettingsModelBoolean("keepOriginal", false);
        }

        static SettingsModelString mode() {
            return new SettingsModelString("mode", "LINEAR");
        }

        static SettingsModelColumnFilter2 passThrough() {
            return new SettingsModelColumnFilter2("passThrough");
        }

        final SettingsModelString m_column = column();

        final SettingsModelDoubleBounded m_factor = factor();

        final SettingsModelBoolean m_keep = keep();

        ScaleNodeModel() {
            super(new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE_OPTIONAL},
                new PortType[]{BufferedDataTable.TYPE});
        }

        @Override
        protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
            DataTableSpec in = (DataTableSpec)inSpecs[0];
            if (m_column.getStringValue() == null) {
                throw new InvalidSettingsException("No column selected");
            }
            int idx = in.findColumnIndex(m_column.getStringValue());
            if (idx < 0 || !in.getColumnSpec(idx).getType().isCompatible(DoubleValue.class)) {
                throw new InvalidSettingsException("Column not found or not numeric: " + m_column.getStringValue());
            }
            return new PortObjectSpec[]{outSpec()};
        }

        private static DataTableSpec outSpec() {
            return new DataTableSpec(new DataColumnSpecCreator("scaled", DoubleCell.TYPE).createSpec());
        }

        @Override
        protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
            BufferedDataTable in = (BufferedDataTable)inObjects[0];
            int idx = in.getDataTableSpec().findColumnIndex(m_column.getStringValue());
            BufferedDataContainer c = exec.createDataContainer(outSpec());
            long i = 0;
            int missing = 0;
            for (DataRow r : in) {
                exec.checkCanceled();
                exec.setProgress(++i / (double)in.size(), "row " + i);
                if (r.getCell(idx).isMissing()) {
                    missing++;
                    c.addRowToTable(new DefaultRow(r.getKey(), r.getCell(idx)));
                } else {
                    double v = ((DoubleValue)r.getCell(idx)).getDoubleValue();
                    c.addRowToTable(new DefaultRow(r.getKey(), new DoubleCell(v * m_factor.getDoubleValue())));
                }
            }
            c.close();
            if (missing > 0) {
                setWarningMessage(missing + " missing value(s)");
            }
            return new PortObject[]{c.getTable()};
        }

        @Override
        protected void saveSettingsTo(final NodeSettingsWO settings) {
            m_column.saveSettingsTo(settings);
            m_factor.saveSettingsTo(settings);
            m_keep.saveSettingsTo(settings);
        }

        @Override
        protected void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
            m_column.validateSettings(settings);
            m_factor.validateSettings(settings);
            m_keep.validateSettings(settings);
        }

        @Override
        protected void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
            m_column.loadSettingsFrom(settings);
            m_factor.loadSettingsFrom(settings);
            m_keep.loadSettingsFrom(settings);
        }

        @Override
        protected void reset() {
            // nothing cached
        }

        @Override
        protected void loadInternals(final File dir, final ExecutionMonitor exec) {
            // none
        }

        @Override
        protected void saveInternals(final File dir, final ExecutionMonitor exec) {
            // none
        }
    }

    static final class ScaleNodeFactory extends NodeFactory<ScaleNodeModel> {
        @Override
        public ScaleNodeModel createNodeModel() {
            return new ScaleNodeModel();
        }

        @Override
        protected int getNrNodeViews() {
            return 0;
        }

        @Override
        public NodeView<ScaleNodeModel> createNodeView(final int viewIndex, final ScaleNodeModel nodeModel) {
            throw new IndexOutOfBoundsException();
        }

        @Override
        protected boolean hasDialog() {
            return true;
        }

        @Override
        protected NodeDialogPane createNodeDialogPane() {
            return new DefaultNodeSettingsPane() {
                {
                    createNewGroup("Input");
                    addDialogComponent(new DialogComponentColumnNameSelection(ScaleNodeModel.column(), "Column",
                        0, DoubleValue.class));
                    closeCurrentGroup();
                    addDialogComponent(new DialogComponentNumber(ScaleNodeModel.factor(), "Factor", 0.5));
                    setHorizontalPlacement(true);
                    addDialogComponent(new DialogComponentBoolean(ScaleNodeModel.keep(), "Keep original"));
                    createNewTab("Advanced");
                    addDialogComponent(new DialogComponentStringSelection(ScaleNodeModel.mode(), "Mode", "LINEAR",
                        "LOG"));
                    addDialogComponent(new DialogComponentString(new SettingsModelString("note", "hi"), "Note"));
                    addDialogComponent(new DialogComponentColumnFilter2(ScaleNodeModel.passThrough(), 0));
                }
            };
        }
    }

    private static DataTableSpec inSpec() {
        return new DataTableSpec(new DataColumnSpecCreator("value", DoubleCell.TYPE).createSpec(),
            new DataColumnSpecCreator("label", StringCell.TYPE).createSpec());
    }

    private static BufferedDataTable input(final int n, final boolean withMissing) {
        List<DataRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new DefaultRow("r" + i, withMissing && i == 1 ? org.knime.core.data.DataType.getMissingCell()
                : new DoubleCell(i), new StringCell("l" + i)));
        }
        return NodeModelTestDriver.table(inSpec(), rows);
    }

    private static ScaleNodeModel configured() throws InvalidSettingsException {
        ScaleNodeModel m = new ScaleNodeModel();
        NodeSettings s = NodeModelTestDriver.saveSettings(m);
        s.addString("column", "value");
        NodeModelTestDriver.loadSettings(m, s);
        return m;
    }

    @Test
    void configureExecuteAndWarnings() throws Exception {
        ScaleNodeModel m = configured();
        PortObjectSpec[] out = NodeModelTestDriver.configure(m, inSpec(), null);
        assertEquals(1, ((DataTableSpec)out[0]).getNumColumns());

        ExecutionContext exec = NodeModelTestDriver.newExecutionContext();
        PortObject[] res = NodeModelTestDriver.execute(m, exec, input(4, true), null);
        BufferedDataTable t = (BufferedDataTable)res[0];
        assertEquals(4, t.size());
        assertEquals(6.0, ((DoubleValue)NodeModelTestDriver.rows(t).get(3).getCell(0)).getDoubleValue());
        assertEquals("1 missing value(s)", NodeModelTestDriver.warningMessage(m));
        assertEquals(1.0, NodeModelTestDriver.lastProgress(exec), 1e-12);
        assertEquals("row 4", NodeModelTestDriver.lastProgressMessage(exec));

        NodeModelTestDriver.execute(m, input(2, false), null);
        assertNull(NodeModelTestDriver.warningMessage(m), "warning cleared before execution");

        ScaleNodeModel unconfigured = new ScaleNodeModel();
        assertThrows(InvalidSettingsException.class, () -> NodeModelTestDriver.configure(unconfigured, inSpec(), null));
        assertThrows(IllegalArgumentException.class, () -> NodeModelTestDriver.configure(m, null, inSpec()),
            "first port is mandatory");
    }

    @Test
    void portTypes() {
        ScaleNodeModel m = new ScaleNodeModel();
        List<PortType> in = NodeModelTestDriver.inPortTypes(m);
        assertEquals(2, in.size());
        assertFalse(in.get(0).isOptional());
        assertTrue(in.get(1).isOptional());
        assertEquals(BufferedDataTable.class, in.get(1).getPortObjectClass());
        assertEquals("Data", in.get(0).getName());
        assertEquals(List.of(BufferedDataTable.TYPE), NodeModelTestDriver.outPortTypes(m));
        assertFalse(ImagePortObject.TYPE.equals(BufferedDataTable.TYPE));
    }

    @Test
    void cancellationAndSubProgress() throws Exception {
        ScaleNodeModel m = configured();
        ExecutionContext exec = NodeModelTestDriver.cancelledAfter(2);
        assertThrows(CanceledExecutionException.class, () -> NodeModelTestDriver.execute(m, exec, input(5, false),
            null));
        assertEquals(3, NodeModelTestDriver.cancelCheckCount(exec));

        ExecutionContext shared = NodeModelTestDriver.cancelledAfter(1);
        ExecutionContext sub = shared.createSubExecutionContext(0.5);
        ExecutionMonitor subSub = sub.createSubProgress(0.5);
        subSub.checkCanceled();
        assertThrows(CanceledExecutionException.class, sub::checkCanceled);
        assertThrows(CanceledExecutionException.class, shared::checkCanceled);
        sub.createNonCancelableSubProgress().checkCanceled(); // never throws

        ExecutionContext root = NodeModelTestDriver.newExecutionContext();
        ExecutionContext half = root.createSubExecutionContext(0.5);
        half.setProgress(1.0);
        assertEquals(0.5, NodeModelTestDriver.lastProgress(root), 1e-12);
        ExecutionMonitor quarter = root.createSubProgress(0.25);
        quarter.setProgress(0.5);
        assertEquals(0.625, NodeModelTestDriver.lastProgress(root), 1e-12);
        NodeModelTestDriver.cancel(root);
        assertThrows(CanceledExecutionException.class, quarter::checkCanceled);
    }

    @Test
    void settingsRoundTripThroughXml() throws Exception {
        ScaleNodeModel m = configured();
        m.m_factor.setDoubleValue(3.5);
        NodeSettings saved = NodeModelTestDriver.saveSettings(m);
        byte[] xml = XmlConfigFormatTest.toXml(saved);
        ScaleNodeModel other = new ScaleNodeModel();
        NodeModelTestDriver.loadSettings(other, XmlConfigFormatTest.fromXml(xml));
        assertEquals(3.5, other.m_factor.getDoubleValue());
        assertEquals("value", other.m_column.getStringValue());
        assertArrayEquals(xml, XmlConfigFormatTest.toXml(NodeModelTestDriver.saveSettings(other)));

        NodeSettings bad = NodeModelTestDriver.saveSettings(m);
        bad.addDouble("factor", 1000.0);
        assertThrows(InvalidSettingsException.class, () -> NodeModelTestDriver.loadSettings(other, bad));
        assertEquals(3.5, other.m_factor.getDoubleValue(), "invalid settings are not applied");
    }

    @Test
    void factoryAndDialog() throws Exception {
        ScaleNodeFactory f = new ScaleNodeFactory();
        assertTrue(NodeModelTestDriver.hasDialog(f));
        assertEquals(0, NodeModelTestDriver.nrNodeViews(f));
        NodeDialogPane d = NodeModelTestDriver.createDialog(f);
        assertTrue(d.getPanel().getComponentCount() > 0);

        NodeSettings modelSettings = NodeModelTestDriver.saveSettings(configured());
        NodeModelTestDriver.loadDialogSettings(d, modelSettings, inSpec(), null);
        NodeSettings fromDialog = NodeModelTestDriver.saveDialogSettings(d);
        assertEquals("value", fromDialog.getString("column"));
        assertEquals(2.0, fromDialog.getDouble("factor"));
        assertFalse(fromDialog.getBoolean("keepOriginal"));
        assertEquals("LINEAR", fromDialog.getString("mode"));
        assertEquals("hi", fromDialog.getString("note"));
        assertArrayEquals(new String[]{"value", "label"},
            fromDialog.getNodeSettings("passThrough").getStringArray("included_names"));
        NodeModelTestDriver.loadSettings(f.createNodeModel(), fromDialog);

        DataTableSpec noNumbers = new DataTableSpec(new DataColumnSpecCreator("s", StringCell.TYPE).createSpec());
        assertThrows(NotConfigurableException.class,
            () -> NodeModelTestDriver.loadDialogSettings(NodeModelTestDriver.createDialog(f), modelSettings,
                noNumbers, null));
    }

    /** Passes its input through but promises a one-column spec in configure, as a coding mistake would. */
    static final class WrongSpecNodeModel extends NodeModel {

        private final boolean honest;

        WrongSpecNodeModel(final boolean honest) {
            super(1, 1);
            this.honest = honest;
        }

        @Override
        protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) {
            return new DataTableSpec[] {honest ? null : new DataTableSpec(new DataColumnSpecCreator("value", DoubleCell.TYPE)
                .createSpec())};
        }

        @Override
        protected BufferedDataTable[] execute(final BufferedDataTable[] in, final ExecutionContext exec) {
            return new BufferedDataTable[] {in[0]};
        }

        @Override
        protected void loadInternals(final File d, final ExecutionMonitor e) {
        }

        @Override
        protected void saveInternals(final File d, final ExecutionMonitor e) {
        }

        @Override
        protected void saveSettingsTo(final NodeSettingsWO s) {
        }

        @Override
        protected void validateSettings(final NodeSettingsRO s) {
        }

        @Override
        protected void loadValidatedSettingsFrom(final NodeSettingsRO s) {
        }

        @Override
        protected void reset() {
        }
    }

    @Test
    void aConfigureSpecThatTheExecutedTableDoesNotMatchFailsAsKnimeReportsIt() throws Exception {
        final IllegalStateException e = assertThrows(IllegalStateException.class,
            () -> NodeModelTestDriver.execute(new WrongSpecNodeModel(false), input(3, false)));
        assertTrue(e.getMessage().contains("does not match the executed table's spec"), e.getMessage());
        assertEquals(3, ((BufferedDataTable)NodeModelTestDriver.execute(new WrongSpecNodeModel(true), input(3, false))[0]).size());
    }
}
